import { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import {
  buildSchema,
  GraphQLError,
  GraphQLObjectType,
  parse,
  specifiedRules,
  validate,
} from 'graphql';
import { aliasLimitRule } from './alias-limit.rule';
import { costLimitPlugin, DEFAULT_PAGE_SIZE, UNPAGED_LIST_BOUND } from './cost-limit.plugin';
import { depthLimitRule } from './depth-limit.rule';

const schema = buildSchema(`
  type Query {
    node: Node
    items(first: Int, after: String): [Node!]!
    page(first: Int): NodeConnection!
  }
  type Node {
    id: ID
    name: String
    child: Node
    children(first: Int): [Node!]!
    friends: [Node!]!
    weekdays: [Node!]!
    names: [String!]!
  }
  type NodeConnection {
    edges: [NodeEdge!]!
  }
  type NodeEdge {
    node: Node!
  }
`);
// What `@Extensions({ listBound: 7 })` puts on a code-first field.
const weekdays = (schema.getType('Node') as GraphQLObjectType).getFields().weekdays;
Object.assign(weekdays, { extensions: { listBound: 7 } });

/** `child { child { … { id } } }`, a selection exactly `levels` fields deep. */
function chain(levels: number): string {
  return levels === 1 ? 'id' : `child { ${chain(levels - 1)} }`;
}

/** `{ node { child { … { id } } } }`, an operation exactly `depth` fields deep. */
function nested(depth: number): string {
  return `{ node { ${chain(depth - 1)} } }`;
}

function depthErrors(query: string, maxDepth = 10): readonly GraphQLError[] {
  return validate(schema, parse(query), [depthLimitRule(maxDepth)]);
}

function aliasErrors(query: string, maxAliases = 20): readonly GraphQLError[] {
  return validate(schema, parse(query), [aliasLimitRule(maxAliases)]);
}

function aliases(count: number, prefix = 'a'): string {
  return Array.from({ length: count }, (_, index) => `${prefix}${index}: id`).join(' ');
}

/** Runs the cost plugin's didResolveOperation hook as Apollo would, after validation. */
async function checkCost(
  maxCost: number,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<void> {
  const plugin: ApolloServerPlugin = costLimitPlugin(maxCost);
  const listener = (await plugin.requestDidStart?.({} as never)) as GraphQLRequestListener<never>;
  await listener.didResolveOperation?.({
    request: { query, variables },
    document: parse(query),
    schema,
  } as never);
}

async function costError(maxCost: number, query: string, variables = {}): Promise<GraphQLError> {
  const error = await checkCost(maxCost, query, variables).then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  if (!(error instanceof GraphQLError)) throw new Error(`expected a GraphQLError, got ${error}`);
  return error;
}

describe('depthLimitRule', () => {
  it('accepts an operation exactly as deep as the limit', () => {
    expect(depthErrors(nested(10))).toEqual([]);
  });

  it('refuses one level more as BAD_USER_INPUT, saying how deep it was', () => {
    const errors = depthErrors(nested(11));

    expect(errors).toHaveLength(1);
    expect(errors[0]?.message).toBe('Query depth 11 exceeds the maximum of 10');
    expect(errors[0]?.extensions.code).toBe('BAD_USER_INPUT');
  });

  it('counts the fields inside named fragments, however they are chained', () => {
    const query = `
      { node { ...Outer } }
      fragment Outer on Node { child { ...Inner } }
      fragment Inner on Node { ${chain(9)} }
    `;

    expect(depthErrors(query, 10)).toHaveLength(1);
    expect(depthErrors(query, 11)).toEqual([]);
  });

  it('counts inline fragments as no level of their own, but their fields as levels', () => {
    const query = `{ node { ... on Node { child { ... on Node { child { id } } } } } }`;

    expect(depthErrors(query, 4)).toEqual([]);
    expect(depthErrors(query, 3)[0]?.message).toBe('Query depth 4 exceeds the maximum of 3');
  });

  it('does not count introspection fields, however deep', () => {
    const introspection = `{
      __schema { types { fields { type { ofType { ofType { ofType { name } } } } } } }
      node { __typename id }
    }`;

    expect(depthErrors(introspection, 2)).toEqual([]);
  });

  it('terminates on fragment cycles and leaves reporting them to the standard rules', () => {
    const query = `
      { node { ...A } }
      fragment A on Node { child { ...B } }
      fragment B on Node { child { ...A } }
    `;

    expect(depthErrors(query, 10)).toEqual([]);
    const standard = validate(schema, parse(query), [...specifiedRules, depthLimitRule(10)]);
    expect(standard.map((error) => error.message).join('\n')).toMatch(/Cannot spread fragment/);
  });

  it('judges each operation of a document on its own depth', () => {
    const document = `query Shallow ${nested(3)} query Deep ${nested(5)}`;

    const errors = depthErrors(document, 4);

    expect(errors.map((error) => error.message)).toEqual([
      'Query depth 5 exceeds the maximum of 4',
    ]);
  });
});

describe('aliasLimitRule', () => {
  it('accepts as many aliases as the limit', () => {
    expect(aliasErrors(`{ node { ${aliases(20)} } }`)).toEqual([]);
  });

  it('refuses one more as BAD_USER_INPUT, reporting it once however many follow', () => {
    expect(aliasErrors(`{ node { ${aliases(21)} } }`)).toHaveLength(1);

    const errors = aliasErrors(`{ node { ${aliases(50)} } }`);

    expect(errors).toHaveLength(1);
    expect(errors[0]?.message).toBe('More than 20 aliases in one request');
    expect(errors[0]?.extensions.code).toBe('BAD_USER_INPUT');
  });

  it('counts aliases across fragments and nested selections of the whole document', () => {
    const query = `
      { first: node { ${aliases(9)} ...More } }
      fragment More on Node { nested: child { ${aliases(10, 'b')} } }
    `;

    expect(aliasErrors(query, 21)).toEqual([]);
    expect(aliasErrors(query, 20)).toHaveLength(1);
  });

  it('does not count plain field names', () => {
    expect(aliasErrors('{ node { id name child { id name } } }', 1)).toEqual([]);
  });
});

describe('costLimitPlugin', () => {
  it('charges one per field and lets an operation at the limit through', async () => {
    // node, id, name, child, id
    await expect(checkCost(5, '{ node { id name child { id } } }')).resolves.toBeUndefined();
    expect((await costError(4, '{ node { id name child { id } } }')).message).toBe(
      'Query cost 5 exceeds the maximum of 4',
    );
  });

  it('charges a paged field its children once per requested item', async () => {
    // 1 + 100 × (id + name)
    await expect(checkCost(201, '{ items(first: 100) { id name } }')).resolves.toBeUndefined();
    await expect(costError(200, '{ items(first: 100) { id name } }')).resolves.toBeDefined();
  });

  it('charges a page of the default size when first is not given', async () => {
    const cost = 1 + DEFAULT_PAGE_SIZE;

    await expect(checkCost(cost, '{ items { id } }')).resolves.toBeUndefined();
    expect((await costError(cost - 1, '{ items { id } }')).message).toContain(`cost ${cost}`);
  });

  it('charges a list without paging its children once per item it is assumed to hold', async () => {
    // node + friends (1 + 5 × (id + name))
    const cost = 1 + 1 + UNPAGED_LIST_BOUND * 2;

    await expect(checkCost(cost, '{ node { friends { id name } } }')).resolves.toBeUndefined();
    await expect(costError(cost - 1, '{ node { friends { id name } } }')).resolves.toBeDefined();
  });

  it('charges introspection as a plain selection, so GraphiQL and codegen can read the schema', async () => {
    const introspection = '{ __schema { types { name fields { name args { name } } } } }';
    // __schema + types + name + fields + name + args + name: no list multiplied.
    await expect(checkCost(7, introspection)).resolves.toBeUndefined();
  });

  it('charges a list that declares its real maximum by that maximum', async () => {
    // node + weekdays (1 + 7 × id)
    await expect(checkCost(9, '{ node { weekdays { id } } }')).resolves.toBeUndefined();
    await expect(costError(8, '{ node { weekdays { id } } }')).resolves.toBeDefined();
  });

  it('charges four aliases of an unpaged list four times its bound', async () => {
    const one = 1 + 1 + UNPAGED_LIST_BOUND * 2;
    const query = `{ ${[1, 2, 3, 4].map((n) => `a${n}: node { friends { id name } }`).join(' ')} }`;

    expect((await costError(4 * one - 1, query)).message).toContain(`cost ${4 * one}`);
  });

  it('charges a list of scalars and a connection’s edges once, the page already counted', async () => {
    await expect(checkCost(2, '{ node { names } }')).resolves.toBeUndefined();
    // page: 1 + 10 × (edges 1 + node 1 + id 1)
    await expect(
      checkCost(31, '{ page(first: 10) { edges { node { id } } } }'),
    ).resolves.toBeUndefined();
    await expect(
      costError(30, '{ page(first: 10) { edges { node { id } } } }'),
    ).resolves.toBeDefined();
  });

  it('multiplies nested pages and reads first from the variables', async () => {
    const query = 'query ($n: Int) { items(first: $n) { children(first: $n) { id } } }';

    // 1 + 10 × (1 + 10 × 1)
    await expect(checkCost(111, query, { n: 10 })).resolves.toBeUndefined();
    await expect(costError(110, query, { n: 10 })).resolves.toBeDefined();
  });

  it('refuses with BAD_USER_INPUT and an HTTP 400, not a server error', async () => {
    const error = await costError(1, '{ node { id } }');

    expect(error.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      cost: 2,
      maxCost: 1,
      http: { status: 400 },
    });
  });

  it('leaves invalid variables to execution, which reports them as the client’s mistake', async () => {
    const query = 'query ($n: Int) { items(first: $n) { id } }';

    await expect(checkCost(1000, query, { n: 'many' })).resolves.toBeUndefined();
  });

  it('refuses a document too large to estimate as the client’s mistake, not a server error', async () => {
    // graphql-query-complexity stops counting past 10,000 nodes and throws.
    const error = await costError(1e9, `{ node { ${aliases(10_001)} } }`);

    expect(error.message).toMatch(/^Query too large/);
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', http: { status: 400 } });
  });
});
