import fc from 'fast-check';
import {
  buildSchema,
  getNamedType,
  GraphQLEnumType,
  GraphQLField,
  GraphQLInputObjectType,
  GraphQLInputType,
  GraphQLList,
  GraphQLNonNull,
  GraphQLScalarType,
  isCompositeType,
} from 'graphql';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { SET_UP_MS } from './support';
import { AuthorizationWorld } from './support/authorization-world';
import { MUTATIONS, QUERIES, Variables } from './support/authorization-rows';

// Every operation of the schema fed arguments built from its input types by fast-check:
// boundary numbers and dates, strings with NUL, invisible, bidi and 4-byte characters, huge
// lengths, ids of real things and of none. Whatever comes in: no 500, no hang, and a refused
// call changes nothing. Called as a park admin, so arguments get past authorization to the
// checks behind it.

const schema = buildSchema(readFileSync(path.join(__dirname, '../schema.gql'), 'utf8'));
const RUNS_PER_OPERATION = Number(process.env.BAD_INPUT_RUNS ?? 6);
// A hang, not a loaded machine's slow answer.
const SLOW_MS = 10_000;

let world: AuthorizationWorld;
beforeAll(async () => {
  world = await AuthorizationWorld.start();
}, SET_UP_MS);
afterAll(() => world?.close());

const nasty = fc.constantFrom(
  '',
  ' ',
  '\u0000',
  'a\u0000b',
  '\u200b',
  '\u202e\u2066evil',
  '😀'.repeat(50),
  '𠀀𠀁',
  'x'.repeat(20_000),
  '<script>alert(1)</script>',
  "'; DROP TABLE users; --",
  '%00',
);
const text = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  nasty,
);
const dateTimes = fc.oneof(
  fc
    .date({ min: new Date('2000-01-01'), max: new Date('2100-01-01'), noInvalidDate: true })
    .map((d) => d.toISOString()),
  fc.constantFrom(
    '0001-01-01T00:00:00Z',
    '9999-12-31T23:59:59Z',
    '+275760-09-13T00:00:00Z',
    '-000001-01-01T00:00:00Z',
    '10000-01-01T00:00:00Z',
    '2026-02-30T10:00:00+09:00',
    '2026-12-07T14:00',
    'Tue Dec 08 2026',
    '',
  ),
);
const dates = fc.oneof(
  fc
    .date({ min: new Date('2000-01-01'), max: new Date('2100-01-01'), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10)),
  fc.constantFrom(
    '0000-01-01',
    '0001-01-01',
    '9999-12-31',
    '10000-01-01',
    '2025-02-29',
    '07/12/2026',
    '',
  ),
);
const ints = fc.oneof(fc.integer(), fc.constantFrom(0, -1, 1, 2 ** 31 - 1, -(2 ** 31), 1000));
const floats = fc.oneof(
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.constantFrom(0, -0, 1.7e308, -1.7e308, 5e-324, 1e21),
);
const won = fc.oneof(fc.nat(), fc.constantFrom(-1, 0, 2 ** 53 - 1, 2 ** 53, 1e21, 0.5));

function ids(): fc.Arbitrary<string> {
  return fc.oneof(
    fc.constantFrom(...Object.values(world.targets)),
    fc.uuid(),
    fc.constantFrom('not-a-uuid', '', '00000000-0000-0000-0000-000000000000'),
  );
}

function scalar(type: GraphQLScalarType): fc.Arbitrary<unknown> {
  switch (type.name) {
    case 'ID':
      return ids();
    case 'String':
      return text;
    case 'Int':
      return ints;
    case 'Float':
      return floats;
    case 'Boolean':
      return fc.boolean();
    case 'DateTime':
      return dateTimes;
    case 'Date':
      return dates;
    case 'Won':
      return won;
    default:
      throw new Error(`no arbitrary for the scalar ${type.name}: add one here`);
  }
}

function arbitrary(type: GraphQLInputType): fc.Arbitrary<unknown> {
  if (type instanceof GraphQLNonNull) return arbitrary(type.ofType);
  if (type instanceof GraphQLList) return fc.array(arbitrary(type.ofType), { maxLength: 4 });
  if (type instanceof GraphQLEnumType) {
    return fc.oneof(
      fc.constantFrom(...type.getValues().map((value) => value.name)),
      fc.constant('NOT_A_VALUE'),
    );
  }
  if (type instanceof GraphQLInputObjectType) {
    const fields = Object.values(type.getFields());
    return fc.record(
      Object.fromEntries(fields.map((field) => [field.name, arbitrary(field.type)])),
      {
        requiredKeys: fields
          .filter((field) => field.type instanceof GraphQLNonNull)
          .map((field) => field.name),
      },
    );
  }
  return scalar(type as GraphQLScalarType);
}

function argumentsOf(field: GraphQLField<unknown, unknown>) {
  return fc.record(Object.fromEntries(field.args.map((arg) => [arg.name, arbitrary(arg.type)])), {
    requiredKeys: field.args
      .filter((arg) => arg.type instanceof GraphQLNonNull)
      .map((arg) => arg.name),
  });
}

function documentFor(kind: string, field: GraphQLField<unknown, unknown>) {
  const declared = field.args.map((arg) => `$${arg.name}: ${arg.type}`).join(', ');
  const passed = field.args.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
  const selection = isCompositeType(getNamedType(field.type)) ? ' { __typename }' : '';
  return `${kind} ${field.name}${declared ? `(${declared})` : ''} { ${field.name}${passed ? `(${passed})` : ''}${selection} }`;
}

/** The values most likely to break something, per scalar: the sweep tries each in every place. */
const BOUNDARIES: Record<string, unknown[]> = {
  DateTime: [
    '0001-01-01T00:00:00Z',
    '9999-12-31T23:59:59Z',
    '+275760-09-13T00:00:00Z',
    '-000001-01-01T00:00:00Z',
    '10000-01-01T00:00:00Z',
  ],
  Date: ['0000-01-01', '0001-01-01', '9999-12-31', '10000-01-01'],
  Int: [2 ** 31 - 1, -(2 ** 31), -1, 0],
  Float: [1.7e308, -1.7e308, 5e-324],
  Won: [2 ** 53 - 1, 2 ** 53, -1],
  String: ['', '\u0000', 'x'.repeat(20_000), '\u202e\u200b', '😀𠀀'],
  ID: ['not-a-uuid', '00000000-0000-4000-8000-000000000000'],
};

/** Every place a scalar goes in an operation's arguments: top-level and one input level down. */
function places(
  field: GraphQLField<unknown, unknown>,
): { path: string[]; scalar: string; list: boolean }[] {
  const found: { path: string[]; scalar: string; list: boolean }[] = [];
  const visit = (type: GraphQLInputType, path: string[], depth: number) => {
    const inner = type instanceof GraphQLNonNull ? type.ofType : type;
    const list = inner instanceof GraphQLList;
    const named = getNamedType(inner);
    if (named instanceof GraphQLInputObjectType) {
      if (depth < 2 && !list) {
        for (const child of Object.values(named.getFields()))
          visit(child.type, [...path, child.name], depth + 1);
      }
    } else if (named instanceof GraphQLScalarType) {
      found.push({ path, scalar: named.name, list });
    }
  };
  for (const arg of field.args) visit(arg.type, [arg.name], 0);
  return found;
}

function spoiled(base: Variables, path: string[], value: unknown): Variables {
  const copy = structuredClone(base);
  let at: Record<string, unknown> = copy;
  for (const key of path.slice(0, -1)) {
    at[key] = typeof at[key] === 'object' && at[key] !== null ? at[key] : {};
    at = at[key] as Record<string, unknown>;
  }
  at[path[path.length - 1]] = value;
  return copy;
}

describe('bad input to every operation', () => {
  for (const [kind, type, rows] of [
    ['query', schema.getQueryType()!, QUERIES],
    ['mutation', schema.getMutationType()!, MUTATIONS],
  ] as const) {
    it(`no ${kind} answers 500 or hangs on a boundary value in any argument of otherwise good input`, async () => {
      const failures: string[] = [];
      for (const field of Object.values(type.getFields())) {
        if (field.name === 'logout') continue;
        const base = rows[field.name].args(world.targets);
        const document = documentFor(kind, field);
        for (const { path, scalar, list } of places(field)) {
          for (const value of BOUNDARIES[scalar] ?? []) {
            const variables = spoiled(base, path, list ? [value] : value);
            const started = Date.now();
            const response = await world.api.graphql.execute(document, variables, {
              token: world.tokens.parkAdmin,
            });
            const took = Date.now() - started;
            const internal = (response.errors ?? []).some(
              (error) => error.extensions?.code === 'INTERNAL_SERVER_ERROR',
            );
            if (response.status >= 500 || internal || took > SLOW_MS) {
              const what =
                response.status >= 500
                  ? `HTTP ${response.status}`
                  : internal
                    ? 'INTERNAL_SERVER_ERROR'
                    : `${took} ms`;
              failures.push(
                `${field.name} ${path.join('.')}=${JSON.stringify(value).slice(0, 40)}: ${what}`,
              );
            }
          }
        }
      }
      expect(failures).toEqual([]);
    }, 600_000);
  }

  for (const [kind, type] of [
    ['query', schema.getQueryType()!],
    ['mutation', schema.getMutationType()!],
  ] as const) {
    it(`no ${kind} answers 500 or hangs, and a refused one changes nothing`, async () => {
      const failures: string[] = [];
      // logout/refreshSession would end the admin's own session mid-run.
      const fields = Object.values(type.getFields()).filter(
        (field) => !['logout', 'changePassword'].includes(field.name),
      );
      for (const field of fields) {
        const document = documentFor(kind, field);
        await fc.assert(
          fc.asyncProperty(argumentsOf(field), async (variables) => {
            const before = kind === 'mutation' ? await world.snapshot() : undefined;
            const started = Date.now();
            const response = await world.api.graphql.execute(document, variables, {
              token: world.tokens.parkAdmin,
            });
            const took = Date.now() - started;
            const codes = (response.errors ?? []).map((error) => error.extensions?.code as string);
            const problem =
              response.status >= 500
                ? `HTTP ${response.status}`
                : codes.includes('INTERNAL_SERVER_ERROR')
                  ? 'INTERNAL_SERVER_ERROR'
                  : took > SLOW_MS
                    ? `took ${took} ms`
                    : undefined;
            let changed: string[] = [];
            if (before && response.errors?.length) {
              const after = await world.snapshot();
              changed = Object.keys(after).filter((table) => after[table] !== before[table]);
            }
            if (problem || changed.length) {
              failures.push(
                `${field.name}(${JSON.stringify(variables).slice(0, 300)}): ${problem ?? `refused but changed ${changed.join(', ')}`}`,
              );
            }
            return true;
          }),
          { numRuns: RUNS_PER_OPERATION, seed: Number(process.env.BAD_INPUT_SEED ?? 20261202) },
        );
      }
      expect(failures).toEqual([]);
    }, 600_000);
  }
});
