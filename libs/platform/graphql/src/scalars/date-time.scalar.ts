import { GraphQLScalarType, Kind } from 'graphql';
import { parseRfc3339 } from './calendar';

const EXAMPLE = '2026-12-07T14:00:00+09:00';

// A TypeError, not a GraphQLError: graphql-js then adds where the literal is, which names its field.
const refusal = (value: unknown) =>
  new TypeError(
    `DateTime must be an RFC 3339 date-time with an offset, such as ${EXAMPLE} or ` +
      `2026-12-07T05:00:00Z, on a real calendar day in years 0001–9999 (UTC); got ${JSON.stringify(value) ?? String(value)}`,
  );

function toInstant(value: unknown): Date {
  const instant = parseRfc3339(value);
  if (!instant) throw refusal(value);
  return instant;
}

/**
 * An instant (docs/api.md): read only as RFC 3339 with an explicit offset, so a client's local
 * time is never guessed at; written as UTC with milliseconds. Replaces Nest's DateTime, which
 * read anything `new Date()` reads (`Tue Dec 08 2026`, bare numbers, local times).
 */
export const DateTime = new GraphQLScalarType<Date, string>({
  name: 'DateTime',
  description:
    `An instant, RFC 3339 with an offset: ${EXAMPLE} or 2026-12-07T05:00:00.000Z (fractions ` +
    'optional), in years 0001–9999 UTC. A time without an offset, another format, a day that ' +
    'does not exist (2026-02-30) or an instant outside those years is BAD_USER_INPUT naming ' +
    'the field. Returned in UTC (…Z) with milliseconds.',
  serialize(value) {
    const instant = value instanceof Date ? value : toInstant(value);
    if (Number.isNaN(instant.getTime())) throw refusal(value);
    return instant.toISOString();
  },
  parseValue: toInstant,
  parseLiteral(node) {
    if (node.kind !== Kind.STRING) throw refusal(`a ${node.kind} literal`);
    return toInstant(node.value);
  },
});
