import { JwtService } from '@nestjs/jwt';
import { codeOf, freshEmail } from './support/responses';
import { startTestApi, TestApi } from './support/test-api';

const TEST_SECRET = 'test-secret-that-is-long-enough-for-hs256-signing';
const PASSWORD = 'correct horse battery';

const REGISTER = `
  mutation Register($input: RegisterInput!) {
    register(input: $input) { accessToken refreshToken user { id email displayName role } }
  }
`;
const LOGIN = `
  mutation Login($input: LoginInput!) {
    login(input: $input) { accessToken refreshToken user { id email displayName role } }
  }
`;
const REFRESH = `
  mutation Refresh($refreshToken: String!) {
    refreshSession(refreshToken: $refreshToken) { accessToken refreshToken user { id } }
  }
`;
const LOGOUT = 'mutation Logout($refreshToken: String!) { logout(refreshToken: $refreshToken) }';
const ME = '{ me { id email displayName role } }';

interface Tokens {
  accessToken: string;
  refreshToken: string;
  user: { id: string; email: string | null; displayName: string; role: string };
}

async function register(api: TestApi, email: string, password = PASSWORD): Promise<Tokens> {
  const data = await api.graphql.ok<{ register: Tokens }>(REGISTER, {
    input: { email, password, displayName: 'Jiwoo Park' },
  });
  return data.register;
}

function login(api: TestApi, email: string, password: string, client?: string) {
  const headers: Record<string, string> = client ? { 'x-forwarded-for': client } : {};
  return api.graphql.execute<{ login: Tokens }>(LOGIN, { input: { email, password } }, { headers });
}

function refresh(api: TestApi, refreshToken: string) {
  return api.graphql.execute<{ refreshSession: Tokens }>(REFRESH, { refreshToken });
}

function me(api: TestApi, token: string) {
  return api.graphql.execute<{ me: Tokens['user'] | null }>(ME, {}, { token });
}

function base64url(value: unknown): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

/** The claims of a real access token, so that a forged one differs only in what a story breaks. */
function claimsOf(accessToken: string): Record<string, unknown> {
  const [, payload] = accessToken.split('.');
  return JSON.parse(Buffer.from(payload ?? '', 'base64url').toString('utf8'));
}

async function timed(action: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await action();
  return performance.now() - started;
}

describe('identity: accounts, sessions and tokens', () => {
  let api: TestApi;
  const jwt = new JwtService();

  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(() => api.close());

  describe('registering', () => {
    it('creates a member account, signs it in and stores the email in lower case', async () => {
      const email = freshEmail('Mixed.Case').replace('example.org', 'Example.ORG');

      const tokens = await register(api, email);

      expect(tokens.accessToken).toEqual(expect.any(String));
      expect(tokens.refreshToken).toEqual(expect.any(String));
      expect(tokens.user).toEqual({
        id: expect.any(String),
        email: email.toLowerCase(),
        displayName: 'Jiwoo Park',
        role: 'MEMBER',
      });
      const stored = await api.prisma.user.findUniqueOrThrow({ where: { id: tokens.user.id } });
      expect(stored.email).toBe(email.toLowerCase());
    });

    it('lets the new account read itself with me, while an anonymous caller gets null', async () => {
      const tokens = await register(api, freshEmail('me'));

      expect(await api.graphql.ok(ME, {}, { token: tokens.accessToken })).toEqual({
        me: tokens.user,
      });
      expect(await api.graphql.ok(ME)).toEqual({ me: null });
    });

    it('refuses a second account with the same email, whatever its case', async () => {
      const email = freshEmail('twice');
      await register(api, email);
      const users = await api.prisma.user.count();
      const sessions = await api.prisma.authSession.count();

      const error = await api.graphql.errorCode(REGISTER, {
        input: { email: email.toUpperCase(), password: PASSWORD, displayName: 'Impostor' },
      });

      expect(error.extensions.code).toBe('CONFLICT');
      expect(await api.prisma.user.count()).toBe(users);
      expect(await api.prisma.authSession.count()).toBe(sessions);
    });

    it.each([
      ['a password of nine characters', { password: '123456789' }, ['password']],
      ['a malformed email', { email: 'not-an-email' }, ['email']],
      ['an empty display name', { displayName: '' }, ['displayName']],
      ['a display name of only spaces', { displayName: '   ' }, ['displayName']],
    ])('refuses %s as BAD_USER_INPUT naming the field', async (_story, override, fields) => {
      const users = await api.prisma.user.count();
      const input = { email: freshEmail('invalid'), password: PASSWORD, displayName: 'Jiwoo' };

      const error = await api.graphql.errorCode(REGISTER, { input: { ...input, ...override } });

      expect(error.extensions.code).toBe('BAD_USER_INPUT');
      expect(error.extensions.fields).toEqual(fields);
      expect(await api.prisma.user.count()).toBe(users);
    });

    it('refuses an input with an unknown field or a missing one, creating nobody', async () => {
      const users = await api.prisma.user.count();
      const input = { email: freshEmail('shape'), password: PASSWORD, displayName: 'Jiwoo' };

      const unknown = await api.graphql.errorCode(REGISTER, {
        input: { ...input, role: 'PARK_ADMIN' },
      });
      const missing = await api.graphql.errorCode(REGISTER, {
        input: { email: input.email, displayName: input.displayName },
      });
      const inline = await api.graphql.errorCode(
        `mutation { register(input: { email: "${input.email}", password: "${PASSWORD}",
          displayName: "Jiwoo", role: PARK_ADMIN }) { accessToken } }`,
      );

      for (const error of [unknown, missing, inline]) {
        expect(error.extensions.code).toBe('BAD_USER_INPUT');
      }
      // Variable coercion names the offending field inside the input.
      expect(unknown.extensions.fields).toEqual(['role']);
      expect(missing.extensions.fields).toEqual(['password']);
      expect(await api.prisma.user.count()).toBe(users);
    });

    it('never returns the password hash', async () => {
      const email = freshEmail('hash');
      const registered = await api.graphql.execute(REGISTER, {
        input: { email, password: PASSWORD, displayName: 'Jiwoo' },
      });
      const loggedIn = await login(api, email, PASSWORD);

      expect(registered.data).toBeTruthy();
      expect(loggedIn.data).toBeTruthy();
      expect(JSON.stringify(registered)).not.toContain('scrypt$');
      expect(JSON.stringify(loggedIn)).not.toContain('scrypt$');
    });
  });

  describe('signing in', () => {
    it('signs in with the right password, whatever the case of the email', async () => {
      const email = freshEmail('login');
      const { user } = await register(api, email);

      const response = await login(api, ` ${email.toUpperCase()} `, PASSWORD);

      expect(response.errors).toBeUndefined();
      expect(response.data?.login.user).toEqual(user);
      const signedIn = await me(api, response.data?.login.accessToken ?? '');
      expect(signedIn.data?.me?.id).toBe(user.id);
    });

    it('answers a wrong password and an unknown email with exactly the same error', async () => {
      const email = freshEmail('same-answer');
      await register(api, email);

      const wrongPassword = await login(api, email, 'not the password');
      const unknownEmail = await login(api, freshEmail('nobody'), 'not the password');

      expect(wrongPassword.data).toBeNull();
      expect(unknownEmail.data).toBeNull();
      expect(codeOf(wrongPassword)).toBe('UNAUTHENTICATED');
      expect(unknownEmail.errors).toEqual(wrongPassword.errors);
    });

    it('takes about as long to refuse an unknown email as a wrong password', async () => {
      const email = freshEmail('timing');
      await register(api, email);
      const unknown = freshEmail('ghost');
      let wrongPasswordMs = 0;
      let unknownEmailMs = 0;

      for (let attempt = 0; attempt < 3; attempt += 1) {
        wrongPasswordMs += await timed(() => login(api, email, `wrong password ${attempt}`));
        unknownEmailMs += await timed(() => login(api, unknown, `wrong password ${attempt}`));
      }

      expect(unknownEmailMs).toBeGreaterThanOrEqual(0.5 * wrongPasswordMs);
      expect(wrongPasswordMs).toBeGreaterThanOrEqual(0.5 * unknownEmailMs);
    });
  });

  describe('access tokens', () => {
    let tokens: Tokens;
    beforeAll(async () => {
      tokens = await register(api, freshEmail('tokens'));
    });

    function forged(overrides: Record<string, unknown>, secret = TEST_SECRET): string {
      const { iat: _iat, exp: _exp, ...claims } = claimsOf(tokens.accessToken);
      return jwt.sign(
        { ...claims, exp: Math.floor(Date.now() / 1000) + 600, ...overrides },
        {
          secret,
          algorithm: 'HS256',
        },
      );
    }

    it('accepts the token it issued, and a correctly re-signed copy of it', async () => {
      expect((await me(api, tokens.accessToken)).data?.me?.id).toBe(tokens.user.id);
      expect((await me(api, forged({}))).data?.me?.id).toBe(tokens.user.id);
    });

    it.each<[string, () => string]>([
      [
        'a token whose signature was tampered with',
        () => {
          const [header, payload, signature = ''] = tokens.accessToken.split('.');
          const middle = Math.floor(signature.length / 2);
          const flipped = signature[middle] === 'A' ? 'B' : 'A';
          const tampered = signature.slice(0, middle) + flipped + signature.slice(middle + 1);
          return `${header}.${payload}.${tampered}`;
        },
      ],
      [
        'a token signed with another secret',
        () => forged({}, 'another-secret-that-is-also-long-enough-1234'),
      ],
      [
        'an unsigned alg:none token',
        () => {
          const claims = {
            ...claimsOf(tokens.accessToken),
            exp: Math.floor(Date.now() / 1000) + 600,
          };
          return `${base64url({ alg: 'none', typ: 'JWT' })}.${base64url(claims)}.`;
        },
      ],
      ['an expired token', () => forged({ exp: Math.floor(Date.now() / 1000) - 60 })],
      [
        'a correctly signed token without exp, which would never expire',
        () => {
          const { iat: _iat, exp: _exp, ...claims } = claimsOf(tokens.accessToken);
          return jwt.sign(claims, { secret: TEST_SECRET, algorithm: 'HS256' });
        },
      ],
      ['a token for another audience', () => forged({ aud: 'some-other-api' })],
      ['a token from another issuer', () => forged({ iss: 'someone-else' })],
      ['a token naming a session that does not exist', () => forged({ sid: tokens.user.id })],
      ['something that is not a token at all', () => 'not-a-jwt'],
    ])('%s is refused with UNAUTHENTICATED, even on the public me query', async (_story, token) => {
      const response = await me(api, token());

      expect(codeOf(response)).toBe('UNAUTHENTICATED');
      expect(response.data?.me ?? null).toBeNull();
    });
  });

  describe('refreshing sessions', () => {
    it('rotates the refresh token: a new one is issued and it works', async () => {
      const first = await register(api, freshEmail('rotate'));

      const second = await refresh(api, first.refreshToken);
      const secondTokens = second.data?.refreshSession;
      expect(second.errors).toBeUndefined();
      expect(secondTokens?.refreshToken).toEqual(expect.any(String));
      expect(secondTokens?.refreshToken).not.toBe(first.refreshToken);
      expect(secondTokens?.user.id).toBe(first.user.id);

      const third = await refresh(api, secondTokens?.refreshToken ?? '');
      expect(third.errors).toBeUndefined();
      const signedIn = await me(api, third.data?.refreshSession.accessToken ?? '');
      expect(signedIn.data?.me?.id).toBe(first.user.id);
    });

    it('treats a replayed refresh token as theft and ends that whole session family', async () => {
      const email = freshEmail('replay');
      const stolen = await register(api, email);
      const otherDevice = (await login(api, email, PASSWORD)).data?.login;
      const rotated = (await refresh(api, stolen.refreshToken)).data?.refreshSession;
      expect(rotated).toBeDefined();

      const replay = await refresh(api, stolen.refreshToken);

      expect(codeOf(replay)).toBe('UNAUTHENTICATED');
      expect(codeOf(await refresh(api, rotated?.refreshToken ?? ''))).toBe('UNAUTHENTICATED');
      expect(codeOf(await me(api, rotated?.accessToken ?? ''))).toBe('UNAUTHENTICATED');
      expect(codeOf(await me(api, stolen.accessToken))).toBe('UNAUTHENTICATED');
      // The separate sign-in on another device lives on.
      expect((await me(api, otherDevice?.accessToken ?? '')).data?.me?.id).toBe(stolen.user.id);
      const otherRefresh = await refresh(api, otherDevice?.refreshToken ?? '');
      expect(otherRefresh.errors).toBeUndefined();
    });

    it('lets at most one of two simultaneous refreshes with the same token win, then revokes the family', async () => {
      const tokens = await register(api, freshEmail('race'));

      const results = await Promise.all([
        refresh(api, tokens.refreshToken),
        refresh(api, tokens.refreshToken),
      ]);

      const winners = results.filter((result) => result.data?.refreshSession);
      const losers = results.filter((result) => !result.data?.refreshSession);
      expect(winners.length).toBeLessThanOrEqual(1);
      for (const loser of losers) expect(codeOf(loser)).toBe('UNAUTHENTICATED');
      for (const winner of winners) {
        const next = winner.data?.refreshSession;
        expect(codeOf(await refresh(api, next?.refreshToken ?? ''))).toBe('UNAUTHENTICATED');
        expect(codeOf(await me(api, next?.accessToken ?? ''))).toBe('UNAUTHENTICATED');
      }
      expect(codeOf(await refresh(api, tokens.refreshToken))).toBe('UNAUTHENTICATED');
    });

    it('refuses a refresh token it never issued', async () => {
      expect(codeOf(await refresh(api, 'made-up-refresh-token'))).toBe('UNAUTHENTICATED');
    });
  });

  describe('signing out', () => {
    it('ends the session: its refresh token and its access token stop working', async () => {
      const tokens = await register(api, freshEmail('logout'));

      const loggedOut = await api.graphql.ok(LOGOUT, { refreshToken: tokens.refreshToken });

      expect(loggedOut).toEqual({ logout: true });
      expect(codeOf(await refresh(api, tokens.refreshToken))).toBe('UNAUTHENTICATED');
      expect(codeOf(await me(api, tokens.accessToken))).toBe('UNAUTHENTICATED');
    });

    it('answers false for a refresh token it does not know', async () => {
      expect(await api.graphql.ok(LOGOUT, { refreshToken: 'never-issued' })).toEqual({
        logout: false,
      });
    });
  });
});

describe('identity: throttling failed sign-ins', () => {
  let api: TestApi;

  // Behind a trusted proxy the client is X-Forwarded-For, so each story has its own address.
  beforeAll(async () => {
    api = await startTestApi({
      LOGIN_FREE_FAILURES: '3',
      LOGIN_BACKOFF_SECONDS: '60',
      LOGIN_FAILURES_PER_CLIENT: '6',
      TRUST_PROXY: '1',
    });
  });
  afterAll(() => api.close());

  it('makes an address wait after three failures at an account, even with the right password', async () => {
    const client = '203.0.113.10';
    const email = freshEmail('waits');
    await register(api, email);
    for (let attempt = 0; attempt < 3; attempt += 1) {
      expect(codeOf(await login(api, email, 'wrong password', client))).toBe('UNAUTHENTICATED');
    }

    const waiting = await login(api, email, PASSWORD, client);

    expect(waiting.data).toBeNull();
    expect(codeOf(waiting)).toBe('RATE_LIMITED');
    expect(waiting.errors?.[0]?.extensions.retryAfterSeconds).toBeGreaterThan(0);
    // The account is not locked: its owner elsewhere signs in.
    expect((await login(api, email, PASSWORD, '203.0.113.11')).errors).toBeUndefined();
  });

  it('lets other emails from the same client in until the client budget is spent', async () => {
    const client = '203.0.113.20';
    const [first, second, third] = [freshEmail('a'), freshEmail('b'), freshEmail('c')];
    await Promise.all([first, second, third].map((email) => register(api, email)));
    for (let attempt = 0; attempt < 3; attempt += 1)
      await login(api, first, 'wrong password', client);
    expect(codeOf(await login(api, first, PASSWORD, client))).toBe('RATE_LIMITED');

    expect((await login(api, second, PASSWORD, client)).errors).toBeUndefined();
    for (let attempt = 0; attempt < 2; attempt += 1) {
      expect(codeOf(await login(api, second, 'wrong password', client))).toBe('UNAUTHENTICATED');
    }
    expect(codeOf(await login(api, third, 'wrong password', client))).toBe('UNAUTHENTICATED');

    // Six failures from this client: every email is refused now, even with the right password.
    const refused = await login(api, third, PASSWORD, client);
    expect(codeOf(refused)).toBe('RATE_LIMITED');
    expect(refused.errors?.[0]?.extensions.retryAfterSeconds).toBeGreaterThan(0);
    // Another client is not held to this one's budget.
    expect((await login(api, third, PASSWORD, '203.0.113.21')).errors).toBeUndefined();
  });

  it('forgives earlier failures for an email once it signs in successfully', async () => {
    const client = '203.0.113.30';
    const email = freshEmail('forgiven');
    await register(api, email);

    for (let round = 0; round < 2; round += 1) {
      for (let attempt = 0; attempt < 2; attempt += 1) {
        expect(codeOf(await login(api, email, 'wrong password', client))).toBe('UNAUTHENTICATED');
      }
      expect((await login(api, email, PASSWORD, client)).errors).toBeUndefined();
    }
  });
});

// CI runs the suite again with REDIS_URL set; without it there is nothing shared to test.
(process.env.REDIS_URL ? describe : describe.skip)('identity: throttling across instances', () => {
  it('makes an address wait on one instance after failures on another, through Redis', async () => {
    const shared = {
      LOGIN_FREE_FAILURES: '2',
      LOGIN_BACKOFF_SECONDS: '60',
      REDIS_KEY_PREFIX: `park-test:${freshEmail('ns')}`,
    };
    const [first, second] = await Promise.all([startTestApi(shared), startTestApi(shared)]);
    try {
      const email = freshEmail('shared');
      await Promise.all([register(first, email), register(second, email)]);
      for (let attempt = 0; attempt < 2; attempt += 1) {
        expect(codeOf(await login(first, email, 'wrong password'))).toBe('UNAUTHENTICATED');
      }

      expect(codeOf(await login(second, email, PASSWORD))).toBe('RATE_LIMITED');
    } finally {
      await Promise.all([first.close(), second.close()]);
    }
  });
});
