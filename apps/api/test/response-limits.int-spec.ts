import { Park, SET_UP_MS, startPark, TestApi } from './support';

// How much one request may ask for (issue 21 item 14). The cost limit charges a list without
// paging by the most it can hold, so aliases of unpaged lists inside pages are refused before
// anything runs; and a response larger than GRAPHQL_MAX_RESPONSE_BYTES is refused whole as
// RESPONSE_TOO_LARGE, never sent cut short.

const MAX_BYTES = 4000;
const PEOPLE = `stakeholders(first: 100) { edges { node { id members { role user { id displayName } } } } }`;
const DIRECTORY = `query Directory($first: Int!) {
  stakeholders(first: $first) { edges { node { id name description } } } }`;

let api: TestApi;
let park: Park;

beforeAll(async () => {
  ({ api, park } = await startPark({ GRAPHQL_MAX_RESPONSE_BYTES: String(MAX_BYTES) }));
  for (let n = 0; n < 12; n += 1) {
    await park.newStakeholder({ description: `A collective of makers, number ${n}. `.repeat(12) });
  }
}, SET_UP_MS);
afterAll(() => api.close());

describe('the cost of a list without paging', () => {
  it('charges the people of a page of stakeholders per person a list is assumed to hold', async () => {
    // One page of 100 with their people passes (2401); three aliases of it do not:
    // 3 × (1 + 100 × (edges + node + id + members (1 + 5 × (role + user + id + displayName))))
    const response = await api.graphql.execute(`{ a: ${PEOPLE} b: ${PEOPLE} c: ${PEOPLE} }`);

    expect(response.status).toBe(400);
    expect(response.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      maxCost: 5000,
    });
    expect(response.errors?.[0].extensions.cost).toBe(3 * (1 + 100 * (3 + 1 + 5 * 4)));
    expect(response.data).toBeUndefined();
  });

  it('refuses four aliases of it before any resolver runs', async () => {
    const query = `{ ${[1, 2, 3, 4].map((n) => `a${n}: ${PEOPLE}`).join(' ')} }`;

    const response = await api.graphql.execute(query);

    expect(response.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(response.errors?.[0].message).toMatch(/Query cost \d+ exceeds the maximum of 5000/);
  });

  it('lets one stakeholder’s people through', async () => {
    const { id } = await park.newStakeholder();

    const data = await api.graphql.ok<{ stakeholder: { members: unknown[] } }>(
      `query One($id: ID!) { stakeholder(id: $id) { members { role user { id displayName } } } }`,
      { id },
    );

    expect(data.stakeholder.members).toHaveLength(1);
  });
});

describe('the size of a response', () => {
  it('answers a response under the limit as usual', async () => {
    const response = await api.graphql.execute(DIRECTORY, { first: 2 });

    expect(response.status).toBe(200);
    expect(response.errors).toBeUndefined();
    expect(JSON.stringify(response.data).length).toBeLessThan(MAX_BYTES);
  });

  it('refuses a larger one whole as RESPONSE_TOO_LARGE, with no data', async () => {
    const response = await api.graphql.execute(DIRECTORY, { first: 12 });

    expect(response.status).toBe(400);
    expect(response.data).toBeUndefined();
    expect(response.errors).toHaveLength(1);
    expect(response.errors?.[0].extensions).toMatchObject({
      code: 'RESPONSE_TOO_LARGE',
      maxBytes: MAX_BYTES,
    });
    expect(response.errors?.[0].extensions.bytes).toBeGreaterThan(MAX_BYTES);
    expect(response.errors?.[0].message).toMatch(/over the maximum of 4000/);
  });

  it('says so when a mutation’s answer is over the limit: the mutation was done', async () => {
    const owner = await park.newUser();
    const name = park.unique('Large answer');
    const response = await api.graphql.execute(
      `mutation Create($input: CreateStakeholderInput!) {
        createStakeholder(input: $input) { id description } }`,
      { input: { name, kind: 'NON_PROFIT', description: 'x'.repeat(MAX_BYTES) } },
      owner.as,
    );

    expect(response.errors?.[0].extensions.code).toBe('RESPONSE_TOO_LARGE');
    expect(response.errors?.[0].message).toMatch(/The mutation itself was done/);
    expect(await api.prisma.stakeholder.count({ where: { name } })).toBe(1);
  });
});
