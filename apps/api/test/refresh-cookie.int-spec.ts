import request from 'supertest';
import { PASSWORD, Park, Person, SET_UP_MS, startPark, TestApi } from './support';

// For browsers the refresh token travels in an httpOnly, SameSite=Strict cookie scoped to
// /graphql: login and refreshSession set it, logout clears it, and refreshSession/logout read
// it when given no argument. CSRF stays blocked: a cross-site form post or a GET mutation runs
// nothing, cookie or not.

const LOGIN = `mutation ($input: LoginInput!) { login(input: $input) { accessToken refreshToken } }`;
const REFRESH = `mutation ($token: String) { refreshSession(refreshToken: $token) { accessToken refreshToken } }`;
const LOGOUT = `mutation ($token: String) { logout(refreshToken: $token) }`;

let api: TestApi;
let park: Park;

beforeAll(async () => {
  ({ api, park } = await startPark());
}, SET_UP_MS);

afterAll(() => api.close());

interface Posted {
  status: number;
  body: {
    data?: Record<string, { accessToken: string; refreshToken: string } | boolean> | null;
    errors?: { extensions: Record<string, unknown> }[];
  };
  setCookies: string[];
}

/** POST /graphql as a browser would, with the cookie it holds (if any). */
async function post(
  query: string,
  variables: Record<string, unknown>,
  cookie?: string,
): Promise<Posted> {
  let call = request(api.app.getHttpServer())
    .post('/graphql')
    .set('content-type', 'application/json');
  if (cookie) call = call.set('cookie', cookie);
  const response = await call.send({ query, variables });
  const header = response.headers['set-cookie'] as unknown;
  return {
    status: response.status,
    body: response.body,
    setCookies: Array.isArray(header) ? (header as string[]) : header ? [String(header)] : [],
  };
}

/** The park_refresh value a Set-Cookie header carries, and its attributes. */
function refreshCookie(posted: Posted) {
  const line = posted.setCookies.find((cookie) => cookie.startsWith('park_refresh='));
  if (!line) throw new Error(`no park_refresh cookie in ${JSON.stringify(posted.setCookies)}`);
  const [pair, ...attributes] = line.split(/;\s*/);
  return { value: decodeURIComponent(pair.slice('park_refresh='.length)), attributes, line };
}

async function signIn(person: Person) {
  const posted = await post(LOGIN, { input: { email: person.email, password: PASSWORD } });
  const login = posted.body.data?.login as { accessToken: string; refreshToken: string };
  return { posted, login, cookie: `park_refresh=${refreshCookie(posted).value}` };
}

const refreshes = async (token: string) => !(await post(REFRESH, { token })).body.errors;

describe('the refresh cookie', () => {
  it('is set by login: httpOnly, SameSite=Strict, for /graphql only, not Secure outside production', async () => {
    const { posted, login } = await signIn(await park.newUser());

    const cookie = refreshCookie(posted);
    expect(cookie.value).toBe(login.refreshToken);
    expect(cookie.attributes).toEqual(
      expect.arrayContaining(['Path=/graphql', 'HttpOnly', 'SameSite=Strict']),
    );
    expect(cookie.attributes.some((attribute) => attribute.startsWith('Expires='))).toBe(true);
    expect(cookie.attributes).not.toContain('Secure');
  });

  it('lets refreshSession work from the cookie alone, and sets the next token in it', async () => {
    const { login, cookie } = await signIn(await park.newUser());

    const posted = await post(REFRESH, {}, cookie);

    const tokens = posted.body.data?.refreshSession as { refreshToken: string };
    expect(posted.body.errors).toBeUndefined();
    expect(tokens.refreshToken).not.toBe(login.refreshToken);
    expect(refreshCookie(posted).value).toBe(tokens.refreshToken);
    // The cookie's token was used: presenting it again is reuse.
    expect(await refreshes(login.refreshToken)).toBe(false);
  });

  it('prefers the argument to the cookie', async () => {
    const first = await signIn(await park.newUser());
    const second = await signIn(await park.newUser());

    const posted = await post(REFRESH, { token: second.login.refreshToken }, first.cookie);

    expect(posted.body.errors).toBeUndefined();
    expect(await refreshes(first.login.refreshToken)).toBe(true);
  });

  it('answers NO_TOKEN when there is neither an argument nor a cookie', async () => {
    const posted = await post(REFRESH, {});

    expect(posted.body.errors?.[0].extensions).toEqual({
      code: 'UNAUTHENTICATED',
      reason: 'NO_TOKEN',
    });
  });

  it('clears a cookie that can no longer refresh', async () => {
    const posted = await post(REFRESH, {}, 'park_refresh=never-issued');

    expect(posted.body.errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
    const cleared = refreshCookie(posted);
    expect(cleared.value).toBe('');
    expect(cleared.attributes).toContain('Expires=Thu, 01 Jan 1970 00:00:00 GMT');
  });

  it('is cleared by logout, which ends the session of the token in it', async () => {
    const { login, cookie } = await signIn(await park.newUser());

    const posted = await post(LOGOUT, {}, cookie);

    expect(posted.body.data).toEqual({ logout: true });
    expect(refreshCookie(posted)).toMatchObject({ value: '' });
    expect(refreshCookie(posted).attributes).toContain('Path=/graphql');
    expect(await refreshes(login.refreshToken)).toBe(false);
  });

  it('is set by register and by a refresh with the argument too', async () => {
    const registered = await post(
      `mutation ($input: RegisterInput!) { register(input: $input) { refreshToken } }`,
      {
        input: {
          email: `cookie-${Date.now()}@example.org`,
          password: PASSWORD,
          displayName: 'Cookie',
        },
      },
    );
    const { refreshToken } = registered.body.data?.register as { refreshToken: string };
    expect(refreshCookie(registered).value).toBe(refreshToken);

    const refreshed = await post(REFRESH, { token: refreshToken });
    const next = refreshed.body.data?.refreshSession as { refreshToken: string };
    expect(refreshCookie(refreshed).value).toBe(next.refreshToken);
  });
});

describe('cross-site requests', () => {
  const server = () => request(api.app.getHttpServer());

  it.each([
    [
      'a form post',
      'application/x-www-form-urlencoded',
      `query=${encodeURIComponent('mutation { logout }')}`,
    ],
    [
      'a multipart form post',
      'multipart/form-data; boundary=x',
      '--x\r\nContent-Disposition: form-data; name="query"\r\n\r\nmutation { logout }\r\n--x--\r\n',
    ],
    ['a text/plain post', 'text/plain', JSON.stringify({ query: 'mutation { logout }' })],
  ])('refuse %s (no preflight) and change nothing, cookie or not', async (_story, type, body) => {
    const { login, cookie } = await signIn(await park.newUser());

    const response = await server()
      .post('/graphql')
      .set('content-type', type)
      .set('cookie', cookie)
      .send(body);

    expect(response.status).toBe(400);
    // Refused by the CSRF check itself, not merely for a body the server cannot read.
    expect(response.text).toContain('Cross-Site Request Forgery');
    expect(response.headers['set-cookie']).toBeUndefined();
    expect(await refreshes(login.refreshToken)).toBe(true);
  });

  it('refuses a mutation sent with GET and changes nothing', async () => {
    const { login, cookie } = await signIn(await park.newUser());

    // Without a preflight header the CSRF check refuses it; with one, GET may not mutate.
    for (const [headers, status] of [
      [{}, 400],
      [{ 'apollo-require-preflight': 'true' }, 405],
    ] as const) {
      const response = await server()
        .get('/graphql')
        .query({ query: 'mutation { logout }' })
        .set('cookie', cookie)
        .set(headers);
      expect(response.status).toBe(status);
      if (status === 400) expect(response.text).toContain('Cross-Site Request Forgery');
      expect(response.headers['set-cookie']).toBeUndefined();
    }
    expect(await refreshes(login.refreshToken)).toBe(true);
  });
});
