import { Client } from 'pg';
import request from 'supertest';
import { Park, Person } from './support/park';
import { TcpProxy } from './support/tcp-proxy';
import { SET_UP_MS, startTestApi, TestApi } from './support/test-api';

const RENAME = `mutation ($id: ID!, $version: Int!, $name: String!) {
  updateStakeholder(id: $id, version: $version, input: { name: $name }) { id name version }
}`;
const HUBS = JSON.stringify({ query: '{ hubs { id } }' });

/** One GraphQL POST through supertest, for the status and headers a client sees. */
function post(api: TestApi, body: string, token?: string) {
  const call = request(api.app.getHttpServer())
    .post('/graphql')
    .set('content-type', 'application/json');
  return (token ? call.set('authorization', `Bearer ${token}`) : call).send(body);
}

function expectRetryable(response: request.Response): void {
  expect(response.status).toBe(503);
  expect(response.headers['retry-after']).toBe('2');
  expect(response.body.errors[0].extensions).toEqual({
    code: 'SERVICE_UNAVAILABLE',
    retryAfterSeconds: 2,
  });
}

describe('database faults: a held lock does not starve the pool', () => {
  let api: TestApi;
  let park: Park;
  let owner: Person;
  let stakeholder: { id: string; name: string };

  beforeAll(async () => {
    // A small pool, so a handful of blocked writes would hold all of it.
    api = await startTestApi({ DATABASE_POOL_SIZE: '3', DATABASE_LOCK_TIMEOUT_MS: '300' });
    park = new Park(api);
    const made = await park.newStakeholder();
    owner = made.owner;
    stakeholder = made;
  }, SET_UP_MS);
  afterAll(() => api.close());

  it('times out writes blocked by a held lock as SERVICE_UNAVAILABLE (503, Retry-After), while light requests and /ready keep answering', async () => {
    const locker = new Client({ connectionString: api.database.url });
    await locker.connect();
    await locker.query('BEGIN');
    await locker.query('SELECT 1 FROM stakeholders WHERE id = $1 FOR UPDATE', [stakeholder.id]);
    try {
      const renames = Array.from({ length: 6 }, (_, i) =>
        post(
          api,
          JSON.stringify({
            query: RENAME,
            variables: { id: stakeholder.id, version: 1, name: `Renamed ${i}` },
          }),
          owner.token,
        ),
      );
      const started = Date.now();
      const [me, ready] = await Promise.all([
        post(api, JSON.stringify({ query: '{ me { id } }' }), owner.token),
        request(api.app.getHttpServer()).get('/ready'),
      ]);
      const lightMs = Date.now() - started;

      expect(me.body.data.me.id).toBe(owner.id);
      expect(ready.status).toBe(200);
      expect(lightMs).toBeLessThan(2000);
      for (const response of await Promise.all(renames)) expectRetryable(response);
    } finally {
      await locker.query('ROLLBACK');
      await locker.end();
    }

    const row = await api.prisma.stakeholder.findUniqueOrThrow({ where: { id: stakeholder.id } });
    expect(row.name).toBe(stakeholder.name);
    const retried = await post(
      api,
      JSON.stringify({
        query: RENAME,
        variables: { id: stakeholder.id, version: 1, name: 'Renamed' },
      }),
      owner.token,
    );
    expect(retried.body.data.updateStakeholder).toMatchObject({ name: 'Renamed', version: 2 });
  });
});

describe('database faults: an outage is retryable and the API recovers by itself', () => {
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

  it('answers SERVICE_UNAVAILABLE with 503 and /ready 503 while the database is gone, and serves again when it is back', async () => {
    expect((await post(api, HUBS)).status).toBe(200);
    const stakeholders = await api.prisma.stakeholder.count().catch(() => 0);

    await proxy.cut();
    expectRetryable(await post(api, HUBS));
    expectRetryable(await post(api, JSON.stringify({ query: '{ me { id } }' }), person.token));
    const create = JSON.stringify({
      query: `mutation { createStakeholder(input: { name: "Written in the dark", kind: YOUTH_GROUP }) { id } }`,
    });
    expectRetryable(await post(api, create, person.token));
    expect((await request(api.app.getHttpServer()).get('/ready')).status).toBe(503);

    await proxy.restore();
    let back = await post(api, HUBS);
    for (let tries = 0; back.status !== 200 && tries < 20; tries += 1) {
      await new Promise((resolve) => setTimeout(resolve, 250));
      back = await post(api, HUBS);
    }
    expect(back.status).toBe(200);
    expect((await request(api.app.getHttpServer()).get('/ready')).status).toBe(200);
    expect(await api.prisma.stakeholder.count()).toBe(stakeholders);
  });
});
