import { Client } from 'pg';
import request from 'supertest';
import { Park, Person } from './support/park';
import { TcpProxy } from './support/tcp-proxy';
import { SET_UP_MS, startTestApi, TestApi } from './support/test-api';

// PostgreSQL going away and coming back under a steady load of reads and writes, as a restart
// looks from the API (every connection dropped, new ones refused for a while): no request
// fails with anything but a retryable SERVICE_UNAVAILABLE, every write the API acknowledged is
// in the database afterwards, and the API serves again by itself.

const LOAD_MS = 4_000;
const DOWN_AT_MS = 1_000;
const DOWN_FOR_MS = 1_500;

let api: TestApi;
let proxy: TcpProxy;
let person: Person;

beforeAll(async () => {
  api = await startTestApi(
    {},
    {
      databaseUrl: async (url) => {
        const around = await TcpProxy.around(url);
        proxy = around.proxy;
        return around.url;
      },
    },
  );
  person = await new Park(api).newUser();
}, SET_UP_MS);
afterAll(async () => {
  await proxy.restore();
  await api.close();
  await proxy.cut();
});

const graphql = (query: string, token?: string) => {
  const call = request(api.app.getHttpServer())
    .post('/graphql')
    .set('content-type', 'application/json');
  return (token ? call.set('authorization', `Bearer ${token}`) : call).send({ query });
};

it('keeps every acknowledged write and fails only retryably while the database restarts', async () => {
  const acknowledged: string[] = [];
  const answers = new Map<string, number>();
  const count = (what: string) => answers.set(what, (answers.get(what) ?? 0) + 1);
  const started = Date.now();
  let sequence = 0;

  const writer = async () => {
    while (Date.now() - started < LOAD_MS) {
      sequence += 1;
      const name = `Restart survivor ${sequence}`;
      const response = await graphql(
        `mutation { createStakeholder(input: { name: "${name}", kind: YOUTH_GROUP }) { id } }`,
        person.token,
      );
      const id = response.body.data?.createStakeholder?.id as string | undefined;
      if (id) acknowledged.push(id);
      count(id ? 'written' : `${response.status} ${response.body.errors?.[0]?.extensions?.code}`);
    }
  };
  const reader = async () => {
    while (Date.now() - started < LOAD_MS) {
      const response = await graphql('{ hubs { id } }');
      count(
        response.status === 200
          ? 'read'
          : `${response.status} ${response.body.errors?.[0]?.extensions?.code}`,
      );
    }
  };
  const outage = (async () => {
    await new Promise((resolve) => setTimeout(resolve, DOWN_AT_MS));
    await proxy.cut();
    await new Promise((resolve) => setTimeout(resolve, DOWN_FOR_MS));
    await proxy.restore();
  })();
  await Promise.all([writer(), writer(), writer(), reader(), reader(), outage]);

  const outcomes = [...answers.keys()].filter((what) => what !== 'written' && what !== 'read');
  expect(outcomes.every((what) => what === '503 SERVICE_UNAVAILABLE')).toBe(true);
  expect(answers.get('503 SERVICE_UNAVAILABLE')).toBeGreaterThan(0);
  expect(answers.get('written')).toBeGreaterThan(0);

  // Straight to the database, past the proxy: every acknowledged write is there.
  const direct = new Client({ connectionString: api.database.url });
  await direct.connect();
  try {
    const { rows } = await direct.query<{ id: string }>(
      'SELECT id FROM stakeholders WHERE id = ANY($1::uuid[])',
      [acknowledged],
    );
    expect(rows.map((row) => row.id).sort()).toEqual([...acknowledged].sort());
  } finally {
    await direct.end();
  }

  // And the API is back by itself, for reads and writes.
  expect((await graphql('{ hubs { id } }')).status).toBe(200);
  const after = await graphql(
    `
      mutation {
        createStakeholder(input: { name: "After the restart", kind: YOUTH_GROUP }) {
          id
        }
      }
    `,
    person.token,
  );
  expect(after.body.data.createStakeholder.id).toEqual(expect.any(String));
  expect((await request(api.app.getHttpServer()).get('/ready')).status).toBe(200);
}, 60_000);
