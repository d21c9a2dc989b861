import { JwtService } from '@nestjs/jwt';
import { PASSWORD, Park, Person, SET_UP_MS, startPark, TestApi } from './support';

// Auth that does not trap a client: a stale access token (expired, or of an ended session) is
// ignored on public operations and on login/register/refreshSession, and where sign-in is
// needed the refusal says why (extensions.reason), so a client knows whether to refresh.

const TEST_SECRET = 'test-secret-that-is-long-enough-for-hs256-signing';

const PUBLIC = '{ hubs { slug } }';
const SIGNED_IN = '{ notifications(first: 1) { totalCount } }';
const ME = '{ me { id } }';
const LOGIN = `mutation ($input: LoginInput!) { login(input: $input) { accessToken refreshToken user { id } } }`;
const REGISTER = `mutation ($input: RegisterInput!) { register(input: $input) { user { id } } }`;
const REFRESH = `mutation ($token: String) { refreshSession(refreshToken: $token) { accessToken refreshToken } }`;
const LOGOUT = `mutation ($token: String) { logout(refreshToken: $token) }`;

let api: TestApi;
let park: Park;

beforeAll(async () => {
  ({ api, park } = await startPark());
  await park.hub('youth-hub');
}, SET_UP_MS);

afterAll(() => api.close());

function claimsOf(token: string): Record<string, unknown> {
  return JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8'));
}

/** The person's own token, expired a minute ago (correctly signed: only time has passed). */
function expired(person: Person): string {
  const { iat: _iat, exp: _exp, ...claims } = claimsOf(person.token);
  return new JwtService().sign(
    { ...claims, exp: Math.floor(Date.now() / 1000) - 60 },
    { secret: TEST_SECRET, algorithm: 'HS256' },
  );
}

/** A signed-in person whose session has since ended (logout). */
async function signedOut(): Promise<Person & { refreshToken: string }> {
  const person = await park.newUser();
  const { login } = await api.graphql.ok<{ login: { accessToken: string; refreshToken: string } }>(
    LOGIN,
    { input: { email: person.email, password: PASSWORD } },
  );
  await api.graphql.ok(LOGOUT, { token: login.refreshToken });
  return {
    ...person,
    token: login.accessToken,
    as: { token: login.accessToken },
    refreshToken: login.refreshToken,
  };
}

const reasonOf = async (query: string, token?: string, variables = {}) =>
  (await api.graphql.errorCode(query, variables, { token })).extensions;

describe('where sign-in is needed', () => {
  it('answers an expired token with reason TOKEN_EXPIRED: refresh and retry', async () => {
    const person = await park.newUser();

    expect(await reasonOf(SIGNED_IN, expired(person))).toEqual({
      code: 'UNAUTHENTICATED',
      reason: 'TOKEN_EXPIRED',
    });
  });

  it('answers a token of an ended session with reason SESSION_REVOKED: sign in again', async () => {
    const person = await signedOut();

    expect(await reasonOf(SIGNED_IN, person.token)).toEqual({
      code: 'UNAUTHENTICATED',
      reason: 'SESSION_REVOKED',
    });
  });

  it('answers no token with reason NO_TOKEN', async () => {
    expect(await reasonOf(SIGNED_IN)).toEqual({ code: 'UNAUTHENTICATED', reason: 'NO_TOKEN' });
  });

  it('answers a forged or malformed token with reason INVALID_TOKEN', async () => {
    const person = await park.newUser();
    const forged = new JwtService().sign(
      { ...claimsOf(person.token), exp: Math.floor(Date.now() / 1000) + 600 },
      { secret: 'another-secret-that-is-also-long-enough-1234', algorithm: 'HS256' },
    );

    for (const token of [forged, 'not-a-jwt']) {
      expect(await reasonOf(SIGNED_IN, token)).toEqual({
        code: 'UNAUTHENTICATED',
        reason: 'INVALID_TOKEN',
      });
    }
  });

  it('still serves a valid token', async () => {
    const person = await park.newUser();

    const response = await api.graphql.execute(SIGNED_IN, {}, person.as);

    expect(response.errors).toBeUndefined();
  });
});

describe('on public operations', () => {
  it.each<[string, () => Promise<string>]>([
    ['an expired token', async () => expired(await park.newUser())],
    ['a token of an ended session', async () => (await signedOut()).token],
  ])('ignores %s: the caller is served as anonymous', async (_story, token) => {
    const response = await api.graphql.execute<{ hubs: { slug: string }[] }>(
      PUBLIC,
      {},
      { token: await token() },
    );

    expect(response.errors).toBeUndefined();
    expect(response.data?.hubs.map((hub) => hub.slug)).toContain('youth-hub');
  });

  it('still refuses a forged token, which is a client bug rather than time passing', async () => {
    expect(await reasonOf(PUBLIC, 'not-a-jwt')).toEqual({
      code: 'UNAUTHENTICATED',
      reason: 'INVALID_TOKEN',
    });
  });

  it('decides per field: serves the public one, reports the stale token on me', async () => {
    const person = await park.newUser();

    const response = await api.graphql.execute<{ hubs: unknown[]; me: unknown }>(
      `{ hubs { slug } me { id } }`,
      {},
      { token: expired(person) },
    );

    expect(response.data).toEqual({ hubs: expect.any(Array), me: null });
    expect(response.errors?.map((error) => [error.path, error.extensions.reason])).toEqual([
      [['me'], 'TOKEN_EXPIRED'],
    ]);
  });

  it('lets a stale token through login, register and refreshSession', async () => {
    const person = await park.newUser();
    const stale = { token: expired(person) };
    const revoked = await signedOut();

    const login = await api.graphql.execute<{ login: { refreshToken: string } }>(
      LOGIN,
      { input: { email: person.email, password: PASSWORD } },
      stale,
    );
    expect(login.errors).toBeUndefined();

    const refreshed = await api.graphql.execute(
      REFRESH,
      { token: login.data?.login.refreshToken },
      revoked.as,
    );
    expect(refreshed.errors).toBeUndefined();

    const registered = await api.graphql.execute(
      REGISTER,
      {
        input: {
          email: `stale-${Date.now()}@example.org`,
          password: PASSWORD,
          displayName: 'Stale Token',
        },
      },
      stale,
    );
    expect(registered.errors).toBeUndefined();
  });
});

describe('me, where a client asks whether it is still signed in', () => {
  it('is null without a token', async () => {
    expect(await api.graphql.ok(ME)).toEqual({ me: null });
  });

  it('reports an expired token and an ended session instead of pretending to be anonymous', async () => {
    const person = await park.newUser();

    expect(await reasonOf(ME, expired(person))).toMatchObject({ reason: 'TOKEN_EXPIRED' });
    expect(await reasonOf(ME, (await signedOut()).token)).toMatchObject({
      reason: 'SESSION_REVOKED',
    });
  });
});
