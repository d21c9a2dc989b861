import {
  buildSchema,
  getNamedType,
  GraphQLField,
  GraphQLObjectType,
  isCompositeType,
} from 'graphql';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { SET_UP_MS } from './support';
import { AuthorizationWorld, CALLERS } from './support/authorization-world';
import { MUTATIONS, QUERIES, Row, Variables } from './support/authorization-rows';

// Every query and mutation of the schema, called by six callers with ids of things they may
// not touch (all of it the Youth Hub lead stakeholder's): each refused call answers
// UNAUTHENTICATED, FORBIDDEN or NOT_FOUND (a query may answer null or leave the thing out
// instead) and leaves every table as it was. An operation without a row fails the test, so
// nothing new ships unchecked.

const REFUSALS = new Set(['UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND']);
const schema = buildSchema(readFileSync(path.join(__dirname, '../schema.gql'), 'utf8'));

/** `mutation approveMembership($id: ID!, …) { approveMembership(id: $id, …) { __typename } }`. */
function documentFor(
  kind: 'query' | 'mutation',
  field: GraphQLField<unknown, unknown>,
  variables: Variables,
) {
  const given = field.args.filter((arg) => arg.name in variables);
  const declared = given.map((arg) => `$${arg.name}: ${arg.type}`).join(', ');
  const passed = given.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
  const selection = isCompositeType(getNamedType(field.type)) ? ' { __typename }' : '';
  return `${kind} ${field.name}${declared ? `(${declared})` : ''} { ${field.name}${passed ? `(${passed})` : ''}${selection} }`;
}

const isEmpty = (value: unknown): boolean =>
  value === null ||
  (Array.isArray(value) && value.length === 0) ||
  (typeof value === 'object' &&
    value !== null &&
    'edges' in value &&
    (value as { edges: unknown[] }).edges.length === 0);

let world: AuthorizationWorld;

beforeAll(async () => {
  world = await AuthorizationWorld.start();
}, SET_UP_MS);
afterAll(() => world?.close());

describe('the authorization matrix', () => {
  it('has a row for every query and mutation in the schema, and none for what is gone', () => {
    for (const [type, rows] of [
      [schema.getQueryType(), QUERIES],
      [schema.getMutationType(), MUTATIONS],
    ] as [GraphQLObjectType, Record<string, Row>][]) {
      expect(Object.keys(rows).sort()).toEqual(Object.keys(type.getFields()).sort());
    }
  });

  it('refuses every query to those who may not read the thing, or answers without it', async () => {
    const holes: string[] = [];
    for (const [name, row] of Object.entries(QUERIES)) {
      const field = schema.getQueryType()!.getFields()[name];
      const variables = row.args(world.targets);
      const document = documentFor('query', field, variables);
      for (const caller of CALLERS.filter((who) => !row.may.includes(who))) {
        const { data, errors } = await world.api.graphql.execute(document, variables, {
          token: world.tokens[caller],
        });
        const code = errors?.[0]?.extensions?.code as string | undefined;
        if (code && REFUSALS.has(code)) continue;
        const answer = data?.[name];
        const leaked = (row.secret?.(world.targets) ?? []).filter((id) =>
          JSON.stringify(answer).includes(id),
        );
        if (code || (row.secret ? leaked.length > 0 : !isEmpty(answer))) {
          holes.push(`${name} as ${caller}: ${code ?? JSON.stringify(answer).slice(0, 200)}`);
        }
      }
    }
    expect(holes).toEqual([]);
  }, 120_000);

  it('refuses every mutation on things the caller may not touch, and changes nothing', async () => {
    const holes: string[] = [];
    let before = await world.snapshot();
    for (const [name, row] of Object.entries(MUTATIONS)) {
      const field = schema.getMutationType()!.getFields()[name];
      const variables = row.args(world.targets);
      const document = documentFor('mutation', field, variables);
      for (const caller of CALLERS.filter((who) => !row.may.includes(who))) {
        const { data, errors } = await world.api.graphql.execute(document, variables, {
          token: world.tokens[caller],
        });
        const code = errors?.[0]?.extensions?.code as string | undefined;
        const after = await world.snapshot();
        const changed = Object.keys(after).filter((table) => after[table] !== before[table]);
        before = after;
        const refused = code ? REFUSALS.has(code) : isEmpty(data?.[name]);
        if (!refused || changed.length > 0) {
          const answer = code ?? JSON.stringify(data?.[name]).slice(0, 200);
          holes.push(
            `${name} as ${caller}: ${answer}${changed.length ? `; changed ${changed.join(', ')}` : ''}`,
          );
        }
      }
    }
    expect(holes).toEqual([]);
  }, 300_000);
});
