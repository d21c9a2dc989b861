import { createHash } from 'node:crypto';
import { PASSWORD, Park, Person, SET_UP_MS, startPark, TestApi } from './support';

// A person changes their own password (ending their other sessions), and a park admin issues a
// one-time reset link for someone who forgot theirs (no e-mail yet): the link sets a password
// once and ends every session.

const NEW_PASSWORD = 'a-brand-new-password';
const LOGIN = `mutation ($input: LoginInput!) { login(input: $input) { accessToken refreshToken } }`;
const REFRESH = `mutation ($token: String) { refreshSession(refreshToken: $token) { accessToken } }`;
const CHANGE = `mutation ($current: String!, $next: String!) {
  changePassword(currentPassword: $current, newPassword: $next) }`;
const ISSUE = `mutation ($userId: ID!) { issuePasswordReset(userId: $userId) { url expiresAt } }`;
const RESET = `mutation ($token: String!, $next: String!) { resetPassword(token: $token, newPassword: $next) }`;
const SIGNED_IN = '{ notifications(first: 1) { totalCount } }';
const PUBLIC_URL = 'https://park.example.org';

interface Session {
  accessToken: string;
  refreshToken: string;
}

let api: TestApi;
let park: Park;
let admin: Person;

beforeAll(async () => {
  // Several stories sign in with a wrong password on purpose, all from 127.0.0.1.
  ({ api, park } = await startPark({ LOGIN_FAILURES_PER_CLIENT: '1000', PUBLIC_URL }));
  admin = await park.parkAdmin();
}, SET_UP_MS);

afterAll(() => api.close());

const login = (email: string, password: string) =>
  api.graphql.execute<{ login: Session }>(LOGIN, { input: { email, password } });

async function session(person: Person, password = PASSWORD): Promise<Session> {
  const response = await login(person.email, password);
  if (!response.data?.login) throw new Error(JSON.stringify(response.errors));
  return response.data.login;
}

/** Whether the access token still opens a signed-in operation. */
async function works(accessToken: string): Promise<boolean> {
  return !(await api.graphql.execute(SIGNED_IN, {}, { token: accessToken })).errors;
}

async function refreshes(refreshToken: string): Promise<boolean> {
  return !(await api.graphql.execute(REFRESH, { token: refreshToken })).errors;
}

const passwordHashOf = async (person: Person) =>
  (await api.prisma.user.findUniqueOrThrow({ where: { id: person.id } })).passwordHash;

const tokenOf = (url: string) => new URL(url).searchParams.get('token') ?? '';

describe('changePassword', () => {
  it('sets the new password, ends every other session and keeps this one', async () => {
    const person = await park.newUser();
    const here = await session(person);
    const elsewhere = await session(person);

    const changed = await api.graphql.ok(
      CHANGE,
      { current: PASSWORD, next: NEW_PASSWORD },
      { token: here.accessToken },
    );

    expect(changed).toEqual({ changePassword: true });
    expect(await works(here.accessToken)).toBe(true);
    expect(await refreshes(here.refreshToken)).toBe(true);
    expect(await works(elsewhere.accessToken)).toBe(false);
    expect(await refreshes(elsewhere.refreshToken)).toBe(false);
    expect((await login(person.email, PASSWORD)).errors?.[0].extensions.code).toBe(
      'UNAUTHENTICATED',
    );
    expect((await login(person.email, NEW_PASSWORD)).errors).toBeUndefined();
  });

  it('refuses a wrong current password, naming it, and changes nothing', async () => {
    const person = await park.newUser();
    const here = await session(person);
    const elsewhere = await session(person);
    const before = await passwordHashOf(person);

    const error = await api.graphql.errorCode(
      CHANGE,
      { current: 'not-the-password', next: NEW_PASSWORD },
      { token: here.accessToken },
    );

    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['currentPassword'] });
    expect(await passwordHashOf(person)).toBe(before);
    expect(await works(elsewhere.accessToken)).toBe(true);
  });

  it('holds the new password to the sign-up policy', async () => {
    const person = await park.newUser();
    const before = await passwordHashOf(person);

    const error = await api.graphql.errorCode(
      CHANGE,
      { current: PASSWORD, next: 'short' },
      person.as,
    );

    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['newPassword'] });
    expect(await passwordHashOf(person)).toBe(before);
  });

  it('needs a signed-in caller', async () => {
    const error = await api.graphql.errorCode(CHANGE, { current: PASSWORD, next: NEW_PASSWORD });

    expect(error.extensions.code).toBe('UNAUTHENTICATED');
  });
});

describe('password reset links', () => {
  it('gives a park admin a one-time link under PUBLIC_URL and keeps only its digest', async () => {
    const person = await park.newUser();
    const issuedAt = Date.now();

    const { issuePasswordReset } = await api.graphql.ok<{
      issuePasswordReset: { url: string; expiresAt: string };
    }>(ISSUE, { userId: person.id }, admin.as);

    expect(issuePasswordReset.url).toMatch(/^https:\/\/park\.example\.org\/reset-password\?token=/);
    const expiresAt = new Date(issuePasswordReset.expiresAt).getTime();
    expect(expiresAt - issuedAt).toBeGreaterThan(23.9 * 3600_000);
    expect(expiresAt - issuedAt).toBeLessThan(24.1 * 3600_000);
    const token = tokenOf(issuePasswordReset.url);
    const [row] = await api.prisma.passwordReset.findMany({ where: { userId: person.id } });
    expect(row.tokenHash).toBe(createHash('sha256').update(token).digest('hex'));
    expect(JSON.stringify(row)).not.toContain(token);
    const audit = await api.prisma.auditLogEntry.findMany({ where: { entityId: person.id } });
    expect(audit.map((entry) => entry.action)).toEqual(['User.issuePasswordReset']);
    expect(JSON.stringify(audit)).not.toContain(token);
  });

  it('sets the password once and ends every session of the account', async () => {
    const person = await park.newUser();
    const open = await session(person);
    const { issuePasswordReset } = await api.graphql.ok<{ issuePasswordReset: { url: string } }>(
      ISSUE,
      { userId: person.id },
      admin.as,
    );
    const token = tokenOf(issuePasswordReset.url);

    expect(await api.graphql.ok(RESET, { token, next: NEW_PASSWORD })).toEqual({
      resetPassword: true,
    });

    expect(await works(open.accessToken)).toBe(false);
    expect(await works(person.token)).toBe(false);
    expect(await refreshes(open.refreshToken)).toBe(false);
    expect((await login(person.email, NEW_PASSWORD)).errors).toBeUndefined();

    const hash = await passwordHashOf(person);
    const reused = await api.graphql.errorCode(RESET, { token, next: 'yet-another-password' });
    expect(reused.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['token'] });
    expect(await passwordHashOf(person)).toBe(hash);
  });

  it('refuses an expired link and changes nothing', async () => {
    const person = await park.newUser();
    const { issuePasswordReset } = await api.graphql.ok<{ issuePasswordReset: { url: string } }>(
      ISSUE,
      { userId: person.id },
      admin.as,
    );
    await api.prisma.passwordReset.updateMany({
      where: { userId: person.id },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    const before = await passwordHashOf(person);

    const error = await api.graphql.errorCode(RESET, {
      token: tokenOf(issuePasswordReset.url),
      next: NEW_PASSWORD,
    });

    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['token'] });
    expect(await passwordHashOf(person)).toBe(before);
    expect(await works(person.token)).toBe(true);
  });

  it('refuses a made-up token, a tampered one and a token of another kind', async () => {
    const person = await park.newUser();
    const { issuePasswordReset } = await api.graphql.ok<{ issuePasswordReset: { url: string } }>(
      ISSUE,
      { userId: person.id },
      admin.as,
    );
    const token = tokenOf(issuePasswordReset.url);
    const [header, payload, signature] = token.split('.');
    const flipped = signature.startsWith('A') ? `B${signature.slice(1)}` : `A${signature.slice(1)}`;
    const before = await passwordHashOf(person);

    for (const bad of ['not-a-token', `${header}.${payload}.${flipped}`, person.token]) {
      const error = await api.graphql.errorCode(RESET, { token: bad, next: NEW_PASSWORD });
      expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['token'] });
    }
    expect(await passwordHashOf(person)).toBe(before);
  });

  it('retires the older links once one is used', async () => {
    const person = await park.newUser();
    const issue = async () =>
      tokenOf(
        (
          await api.graphql.ok<{ issuePasswordReset: { url: string } }>(
            ISSUE,
            { userId: person.id },
            admin.as,
          )
        ).issuePasswordReset.url,
      );
    const older = await issue();
    const newer = await issue();

    await api.graphql.ok(RESET, { token: newer, next: NEW_PASSWORD });

    const error = await api.graphql.errorCode(RESET, {
      token: older,
      next: 'yet-another-password',
    });
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['token'] });
  });

  it('holds the new password to the sign-up policy and leaves the link usable', async () => {
    const person = await park.newUser();
    const { issuePasswordReset } = await api.graphql.ok<{ issuePasswordReset: { url: string } }>(
      ISSUE,
      { userId: person.id },
      admin.as,
    );
    const token = tokenOf(issuePasswordReset.url);

    const error = await api.graphql.errorCode(RESET, { token, next: 'short' });

    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['newPassword'] });
    expect(await api.graphql.ok(RESET, { token, next: NEW_PASSWORD })).toEqual({
      resetPassword: true,
    });
  });

  it('lets only park admins issue links, for users that exist', async () => {
    const person = await park.newUser();
    const hubManager = await park.manager(await park.hub('youth-hub'));

    for (const who of [person, hubManager]) {
      const error = await api.graphql.errorCode(ISSUE, { userId: person.id }, who.as);
      expect(error.extensions.code).toBe('FORBIDDEN');
    }
    const unknown = await api.graphql.errorCode(
      ISSUE,
      { userId: '00000000-0000-4000-8000-000000000000' },
      admin.as,
    );
    expect(unknown.extensions.code).toBe('NOT_FOUND');
    const malformed = await api.graphql.errorCode(ISSUE, { userId: 'someone' }, admin.as);
    expect(malformed.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['userId'] });
    expect(await api.prisma.passwordReset.count({ where: { userId: person.id } })).toBe(0);
  });
});
