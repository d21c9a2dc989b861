import { GraphqlResponse } from '@park/platform/testing';
import request from 'supertest';
import { startTestApi, TestApi } from './support/test-api';

// docs/api.md, "Errors": the only values extensions.code ever takes.
const API_ERROR_CODES = [
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'CONFLICT',
  'INVALID_TRANSITION',
  'RATE_LIMITED',
  'SERVICE_UNAVAILABLE',
  'INTERNAL_SERVER_ERROR',
];

const REGISTER_FIELDS = '{ accessToken user { id } }';

let emailSequence = 0;

function registerInput(displayName = 'Minseo Kim') {
  emailSequence += 1;
  return {
    email: `platform-${emailSequence}-${Date.now()}@example.org`,
    password: 'long enough password',
    displayName,
  };
}

/** A document of `count` aliased register mutations, each of which would create an account. */
function aliasedRegistrations(count: number): string {
  const fields = Array.from({ length: count }, (_, index) => {
    const { email, password, displayName } = registerInput();
    return `r${index}: register(input: { email: "${email}", password: "${password}",
      displayName: "${displayName}" }) { accessToken }`;
  });
  return `mutation { ${fields.join('\n')} }`;
}

/** Every error speaks the codes of docs/api.md and nothing about our internals. */
function expectSafeErrors(body: unknown): void {
  const { errors = [] } = body as { errors?: GraphqlResponse<unknown>['errors'] };
  for (const error of errors) {
    expect(API_ERROR_CODES).toContain(error.extensions.code);
    expect(error.extensions).not.toHaveProperty('stacktrace');
    expect(error.extensions).not.toHaveProperty('exception');
  }
  const text = JSON.stringify(body);
  expect(text).not.toMatch(/stacktrace|prisma|SELECT|INSERT|node_modules/i);
}

function firstError(response: GraphqlResponse<unknown>) {
  expectSafeErrors(response);
  const [error] = response.errors ?? [];
  if (!error) throw new Error(`expected an error, got ${JSON.stringify(response.data)}`);
  return error;
}

describe('GraphQL platform: request limits, error conventions and health', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(() => api.close());

  it('refuses more than 20 aliases in one request before any resolver runs', async () => {
    const users = await api.prisma.user.count();

    const response = await api.graphql.execute(aliasedRegistrations(21));

    expect(firstError(response).extensions.code).toBe('BAD_USER_INPUT');
    expect(response.errors?.[0]?.message).toMatch(/alias/i);
    expect(response.data ?? null).toBeNull();
    expect(await api.prisma.user.count()).toBe(users);
  });

  it('allows exactly 20 aliases', async () => {
    const response = await api.graphql.execute(
      `{ ${Array.from({ length: 20 }, (_, index) => `me${index}: me { id }`).join(' ')} }`,
    );

    expect(response.errors).toBeUndefined();
    expect(Object.keys(response.data ?? {})).toHaveLength(20);
  });

  it('answers a body over the size limit with 413 and BAD_USER_INPUT', async () => {
    const response = await request(api.app.getHttpServer())
      .post('/graphql')
      .set('content-type', 'application/json')
      .send({
        query: 'query ($note: String) { me { id } }',
        variables: { note: 'x'.repeat(200_000) },
      });

    expect(response.status).toBe(413);
    expect(response.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expectSafeErrors(response.body);
  });

  it('answers malformed JSON with 400 and BAD_USER_INPUT', async () => {
    const response = await request(api.app.getHttpServer())
      .post('/graphql')
      .set('content-type', 'application/json')
      .send('{"query": "{ me { id } }", ');

    expect(response.status).toBe(400);
    expect(response.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expectSafeErrors(response.body);
  });

  it.each([
    [
      'a hash we never stored',
      { extensions: { persistedQuery: { version: 1, sha256Hash: 'ab' } } },
    ],
    ['a hash that is a number', { extensions: { persistedQuery: { version: 1, sha256Hash: 7 } } }],
    [
      'a query with a nonsense extension',
      { query: '{ me { id } }', extensions: { persistedQuery: 'x' } },
    ],
  ])("answers an automatic-persisted-query request (%s) as the client's error", async (_, body) => {
    const response = await request(api.app.getHttpServer())
      .post('/graphql')
      .set('content-type', 'application/json')
      .send(body);

    // Apollo answers 200 here by design: a client that sent a hash falls back to the full query.
    expect(response.body.errors[0]).toMatchObject({
      message: 'PersistedQueryNotSupported',
      extensions: { code: 'BAD_USER_INPUT' },
    });
    expectSafeErrors(response.body);
  });

  it('suggests field names outside production, where the schema is open anyway', async () => {
    const response = await api.graphql.execute('{ me { displayNam } }');

    expect(firstError(response).message).toContain('Did you mean');
  });

  it('answers a syntax error in the query with BAD_USER_INPUT', async () => {
    const response = await api.graphql.execute('{ me { id }');

    expect(response.status).toBe(400);
    expect(firstError(response).extensions.code).toBe('BAD_USER_INPUT');
  });

  it('answers an unknown field with BAD_USER_INPUT', async () => {
    const response = await api.graphql.execute('{ me { id passwordHash } }');

    expect(response.status).toBe(400);
    expect(firstError(response).extensions.code).toBe('BAD_USER_INPUT');
    expect(response.errors?.[0]?.message).toContain('passwordHash');
  });

  it('answers a variable of the wrong type with BAD_USER_INPUT naming the field', async () => {
    const users = await api.prisma.user.count();

    const response = await api.graphql.execute(
      `mutation ($input: RegisterInput!) { register(input: $input) ${REGISTER_FIELDS} }`,
      { input: { ...registerInput(), email: 42 } },
    );

    expect(response.status).toBe(400);
    expect(firstError(response).extensions).toEqual({ code: 'BAD_USER_INPUT', fields: ['email'] });
    expect(await api.prisma.user.count()).toBe(users);
  });

  it('refuses a NUL character in any string input, naming the field and changing nothing', async () => {
    const users = await api.prisma.user.count();

    const response = await api.graphql.execute(
      `mutation ($input: RegisterInput!) { register(input: $input) ${REGISTER_FIELDS} }`,
      { input: registerInput('Min\u0000seo') },
    );

    expect(firstError(response).extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: ['displayName'],
    });
    expect(await api.prisma.user.count()).toBe(users);
  });

  it('answers a missing required variable with BAD_USER_INPUT naming the argument it is for', async () => {
    const response = await api.graphql.execute(
      'mutation ($token: String!) { refreshSession(refreshToken: $token) { accessToken } }',
    );

    expect(response.status).toBe(400);
    expect(firstError(response).extensions).toEqual({
      code: 'BAD_USER_INPUT',
      fields: ['refreshToken'],
    });
  });

  describe('when something unexpected fails inside', () => {
    // A database fault whose message carries SQL and our internals' names.
    beforeAll(async () => {
      await api.prisma.$executeRawUnsafe(`
        CREATE FUNCTION fail_on_purpose() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          RAISE EXCEPTION 'INSERT INTO users failed: SELECT * FROM prisma_internals';
        END $$`);
      await api.prisma.$executeRawUnsafe(`
        CREATE TRIGGER fail_on_purpose BEFORE INSERT ON users
        FOR EACH ROW WHEN (NEW.display_name = 'Fail On Purpose') EXECUTE FUNCTION fail_on_purpose()`);
    });

    it('answers INTERNAL_SERVER_ERROR with a masked message and changes nothing', async () => {
      const users = await api.prisma.user.count();

      const response = await api.graphql.execute(
        `mutation ($input: RegisterInput!) { register(input: $input) ${REGISTER_FIELDS} }`,
        { input: registerInput('Fail On Purpose') },
      );

      const error = firstError(response);
      expect(error.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR' });
      expect(error.message).toBe('Internal server error');
      expect(await api.prisma.user.count()).toBe(users);
    });
  });

  it('allows introspection outside production', async () => {
    const response = await api.graphql.execute('{ __schema { types { name } } }');

    expect(response.errors).toBeUndefined();
    const types = (response.data as { __schema: { types: { name: string }[] } }).__schema.types;
    expect(types.map((type) => type.name)).toEqual(expect.arrayContaining(['AuthPayload', 'User']));
  });

  describe('HTTP: health, readiness and request ids', () => {
    it('answers /health with 200 and status ok', async () => {
      const response = await request(api.app.getHttpServer()).get('/health');

      expect(response.status).toBe(200);
      expect(response.body).toEqual({ status: 'ok' });
    });

    it('answers /ready with 200 once the database answers', async () => {
      const response = await request(api.app.getHttpServer()).get('/ready');

      expect(response.status).toBe(200);
      expect(response.body).toEqual({ status: 'ok', database: 'ok' });
    });

    it('gives every response a request id, on plain HTTP and on /graphql', async () => {
      const health = await request(api.app.getHttpServer()).get('/health');
      const graphql = await request(api.app.getHttpServer())
        .post('/graphql')
        .send({ query: '{ me { id } }' });

      expect(health.headers['x-request-id']).toMatch(/^[A-Za-z0-9._:-]{8,128}$/);
      expect(graphql.headers['x-request-id']).toMatch(/^[A-Za-z0-9._:-]{8,128}$/);
      expect(graphql.headers['x-request-id']).not.toBe(health.headers['x-request-id']);
    });

    it('echoes a sane incoming X-Request-Id and replaces one that is not', async () => {
      const sane = await request(api.app.getHttpServer())
        .get('/health')
        .set('X-Request-Id', 'client-trace-0123.abc:def');
      const insane = await request(api.app.getHttpServer())
        .get('/health')
        .set('X-Request-Id', 'spaces and <script> are not welcome');

      expect(sane.headers['x-request-id']).toBe('client-trace-0123.abc:def');
      expect(insane.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    });
  });
});

describe('GraphQL platform: depth and cost limits, tightened to fit the small schema', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi({ GRAPHQL_MAX_DEPTH: '2', GRAPHQL_MAX_COST: '3' });
  });
  afterAll(() => api.close());

  it('refuses an operation deeper than the limit before any resolver runs', async () => {
    const users = await api.prisma.user.count();

    // register > user > id is three levels deep (and costs exactly 3).
    const response = await api.graphql.execute(
      'mutation ($input: RegisterInput!) { register(input: $input) { user { id } } }',
      { input: registerInput() },
    );

    expect(response.status).toBe(400);
    expect(firstError(response).extensions.code).toBe('BAD_USER_INPUT');
    expect(response.errors?.[0]?.message).toMatch(/depth 3 exceeds the maximum of 2/);
    expect(await api.prisma.user.count()).toBe(users);
  });

  it('refuses an operation costlier than the limit with BAD_USER_INPUT', async () => {
    const response = await api.graphql.execute('{ me { id email displayName role } }');

    expect(response.status).toBe(400);
    expect(firstError(response).extensions.code).toBe('BAD_USER_INPUT');
    expect(response.errors?.[0]?.message).toMatch(/cost 5 exceeds the maximum of 3/);
    expect(response.data ?? null).toBeNull();
  });

  it('refuses a costly mutation before its resolver runs', async () => {
    // Four fields at depth two: within the depth limit, over the cost limit.
    const users = await api.prisma.user.count();

    const response = await api.graphql.execute(
      `mutation ($input: RegisterInput!) {
        register(input: $input) { accessToken again: accessToken refreshToken }
      }`,
      { input: registerInput() },
    );

    expect(firstError(response).extensions.code).toBe('BAD_USER_INPUT');
    expect(await api.prisma.user.count()).toBe(users);
  });

  it('still runs an operation within both limits', async () => {
    expect(await api.graphql.ok('{ me { id } }')).toEqual({ me: null });
  });
});

describe('GraphQL platform: in production', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi({
      NODE_ENV: 'production',
      JWT_SECRET: 'a-production-like-secret-of-more-than-32-characters',
    });
  });
  afterAll(() => api.close());

  it('refuses introspection with BAD_USER_INPUT', async () => {
    const response = await api.graphql.execute('{ __schema { types { name } } }');

    expect(response.status).toBe(400);
    expect(firstError(response).extensions.code).toBe('BAD_USER_INPUT');
    expect(response.data ?? null).toBeNull();
  });

  it('does not spell out the schema in "Did you mean" suggestions', async () => {
    const field = await api.graphql.execute('{ me { displayNam } }');
    const argument = await api.graphql.execute('{ stakeholders(frist: 2) { totalCount } }');
    const type = await api.graphql.execute(
      'query ($f: StakeholderFiltr) { stakeholders(filter: $f) { totalCount } }',
    );

    for (const response of [field, argument, type]) {
      expect(firstError(response).extensions.code).toBe('BAD_USER_INPUT');
      expect(JSON.stringify(response.errors)).not.toMatch(
        /Did you mean|displayName|first|StakeholderFilter/,
      );
    }
  });

  it('refuses a __type lookup too, but still answers ordinary operations', async () => {
    const response = await api.graphql.execute('{ __type(name: "User") { fields { name } } }');

    expect(firstError(response).extensions.code).toBe('BAD_USER_INPUT');
    expect(await api.graphql.ok('{ me { id } __typename }')).toEqual({
      me: null,
      __typename: 'Query',
    });
  });
});
