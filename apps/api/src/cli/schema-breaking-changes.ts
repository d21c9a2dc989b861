import {
  BreakingChange,
  BreakingChangeType,
  buildSchema,
  findBreakingChanges,
  findDangerousChanges,
} from 'graphql';

/**
 * The rule behind `npm run schema:breaking`: every breaking change between two versions of
 * schema.gql is named in docs/api-changes.md by its schema coordinate, in backticks, on a bullet
 * line (`` - `Query.membership` now returns null … ``). The coordinates are those of the GraphQL
 * schema-coordinates proposal: `Type`, `Type.field`, `Enum.VALUE`, `Type.field(arg:)`, `@directive`,
 * `@directive(arg:)`. Breaks are found by graphql's own findBreakingChanges.
 */
export interface SchemaBreak {
  coordinate: string;
  kind: BreakingChangeType;
  description: string;
}

const NAME = '([_A-Za-z][_0-9A-Za-z]*)';
const FIELD = `${NAME}\\.${NAME}`;

/** graphql 16's wording of each breaking change, and the coordinate it names. */
const COORDINATES: Record<BreakingChangeType, [RegExp, (...names: string[]) => string]> = {
  TYPE_REMOVED: [new RegExp(`^(?:Standard scalar )?${NAME} was removed`), (type) => type],
  TYPE_CHANGED_KIND: [new RegExp(`^${NAME} changed from`), (type) => type],
  TYPE_REMOVED_FROM_UNION: [
    new RegExp(`^${NAME} was removed from union type ${NAME}\\.`),
    (_member, union) => union,
  ],
  VALUE_REMOVED_FROM_ENUM: [
    new RegExp(`^${NAME} was removed from enum type ${NAME}\\.`),
    (value, type) => `${type}.${value}`,
  ],
  REQUIRED_INPUT_FIELD_ADDED: [
    new RegExp(`^A required field ${NAME} on input type ${NAME} was added\\.`),
    (field, type) => `${type}.${field}`,
  ],
  IMPLEMENTED_INTERFACE_REMOVED: [
    new RegExp(`^${NAME} no longer implements interface`),
    (type) => type,
  ],
  FIELD_REMOVED: [new RegExp(`^${FIELD} was removed\\.`), (type, field) => `${type}.${field}`],
  FIELD_CHANGED_KIND: [new RegExp(`^${FIELD} changed type`), (type, field) => `${type}.${field}`],
  REQUIRED_ARG_ADDED: [
    new RegExp(`^A required arg ${NAME} on ${FIELD} was added\\.`),
    (arg, type, field) => `${type}.${field}(${arg}:)`,
  ],
  ARG_REMOVED: [
    new RegExp(`^${FIELD} arg ${NAME} was removed\\.`),
    (type, field, arg) => `${type}.${field}(${arg}:)`,
  ],
  ARG_CHANGED_KIND: [
    new RegExp(`^${FIELD} arg ${NAME} has changed type`),
    (type, field, arg) => `${type}.${field}(${arg}:)`,
  ],
  DIRECTIVE_REMOVED: [new RegExp(`^${NAME} was removed\\.`), (directive) => `@${directive}`],
  DIRECTIVE_ARG_REMOVED: [
    new RegExp(`^${NAME} was removed from ${NAME}\\.`),
    (arg, directive) => `@${directive}(${arg}:)`,
  ],
  REQUIRED_DIRECTIVE_ARG_ADDED: [
    new RegExp(`^A required arg ${NAME} on directive ${NAME} was added\\.`),
    (arg, directive) => `@${directive}(${arg}:)`,
  ],
  DIRECTIVE_REPEATABLE_REMOVED: [
    new RegExp(`^Repeatable flag was removed from ${NAME}\\.`),
    (directive) => `@${directive}`,
  ],
  DIRECTIVE_LOCATION_REMOVED: [
    new RegExp(`^${NAME} was removed from ${NAME}\\.`),
    (_location, directive) => `@${directive}`,
  ],
};

export function coordinateOf(change: BreakingChange): string {
  const [pattern, name] = COORDINATES[change.type];
  const match = pattern.exec(change.description);
  // A wording this table does not know (a newer graphql): the description itself must be listed.
  return match ? name(...match.slice(1)) : change.description;
}

/** The breaking changes from `before` to `after` (two SDL texts), each with its coordinate. */
export function schemaBreaks(before: string, after: string): SchemaBreak[] {
  return findBreakingChanges(buildSchema(before), buildSchema(after)).map((change) => ({
    coordinate: coordinateOf(change),
    kind: change.type,
    description: change.description,
  }));
}

/** Changes that break no valid query but may surprise a client (a new enum value, …). */
export function schemaRisks(before: string, after: string): string[] {
  return findDangerousChanges(buildSchema(before), buildSchema(after)).map(
    (change) => change.description,
  );
}

/**
 * Every `code span` in a bullet of docs/api-changes.md (its indented continuation lines too),
 * outside fenced code blocks (the file's own examples).
 */
export function listedCoordinates(markdown: string): Set<string> {
  const listed = new Set<string>();
  let inBullet = false;
  let inFence = false;
  for (const line of markdown.split('\n')) {
    if (/^\s*(```|~~~)/.test(line)) {
      inFence = !inFence;
      inBullet = false;
      continue;
    }
    if (inFence) continue;
    if (/^\s*[-*+] /.test(line)) inBullet = true;
    else if (!/^\s+\S/.test(line)) inBullet = false;
    if (!inBullet) continue;
    for (const [, span] of line.matchAll(/`([^`]+)`/g)) listed.add(span.trim());
  }
  return listed;
}

/** The breaks docs/api-changes.md does not name. */
export function unlistedBreaks(breaks: SchemaBreak[], markdown: string): SchemaBreak[] {
  const listed = listedCoordinates(markdown);
  return breaks.filter((change) => !listed.has(change.coordinate));
}
