import { codeOf, freshEmail } from './support/responses';
import { Park, PASSWORD, startPark, TestApi } from './support';

// Passwords a guesser tries first, and names that look like another or like none: refused with
// BAD_USER_INPUT naming the field, changing nothing.

const REGISTER = `mutation ($input: RegisterInput!) { register(input: $input) { user { id displayName } } }`;
const CHANGE = `mutation ($current: String!, $next: String!) {
  changePassword(currentPassword: $current, newPassword: $next) }`;
const ISSUE = `mutation ($userId: ID!) { issuePasswordReset(userId: $userId) { url } }`;
const RESET = `mutation ($token: String!, $next: String!) { resetPassword(token: $token, newPassword: $next) }`;
const UPDATE_ME = `mutation ($input: UpdateMeInput!) { updateMe(input: $input) { displayName } }`;
const CREATE = `mutation ($input: CreateStakeholderInput!) { createStakeholder(input: $input) { id name } }`;
const UPDATE = `mutation ($id: ID!, $input: UpdateStakeholderInput!, $version: Int!) {
  updateStakeholder(id: $id, input: $input, version: $version) { id name } }`;

/** Zero-width space, zero-width joiner, right-to-left override, BOM, Hangul filler. */
const INVISIBLE = ['\u200B', '\u200D', '\u202E', '\uFEFF', '\u3164'];
const BAD_PASSWORDS: [string, string][] = [
  ['one of the most common passwords', '1234567890'],
  ['a common one in other letter case', 'PassWord123'],
  ['only spaces', ' '.repeat(12)],
  ['only spaces and invisible characters', `  ${INVISIBLE.join('  ')}  `],
];

let api: TestApi;
let park: Park;

beforeAll(async () => {
  ({ api, park } = await startPark({ LOGIN_FAILURES_PER_CLIENT: '1000' }));
});
afterAll(() => api.close());

const fieldsOf = (answer: { errors?: { extensions: Record<string, unknown> }[] }) =>
  answer.errors?.[0]?.extensions.fields;

describe('new passwords', () => {
  it.each(BAD_PASSWORDS)('register refuses %s', async (_what, password) => {
    const email = freshEmail('weak');

    const answer = await api.graphql.execute(REGISTER, {
      input: { email, password, displayName: 'Hayun Seo' },
    });

    expect(codeOf(answer)).toBe('BAD_USER_INPUT');
    expect(fieldsOf(answer)).toEqual(['password']);
    expect(await api.prisma.user.findUnique({ where: { email } })).toBeNull();
  });

  it('register takes a password with spaces that is not a common one', async () => {
    const answer = await api.graphql.execute(REGISTER, {
      input: {
        email: freshEmail('fine'),
        password: 'maple river 2026 lantern',
        displayName: 'Ara',
      },
    });
    expect(answer.errors).toBeUndefined();
  });

  it.each(BAD_PASSWORDS)('changePassword refuses %s', async (_what, next) => {
    const person = await park.newUser();
    const before = await api.prisma.user.findUniqueOrThrow({ where: { id: person.id } });

    const answer = await api.graphql.execute(CHANGE, { current: PASSWORD, next }, person.as);

    expect(codeOf(answer)).toBe('BAD_USER_INPUT');
    expect(fieldsOf(answer)).toEqual(['newPassword']);
    const after = await api.prisma.user.findUniqueOrThrow({ where: { id: person.id } });
    expect(after.passwordHash).toBe(before.passwordHash);
  });

  it.each(BAD_PASSWORDS)('resetPassword refuses %s and the link still works', async (_w, next) => {
    const person = await park.newUser();
    const { issuePasswordReset } = await api.graphql.ok<{ issuePasswordReset: { url: string } }>(
      ISSUE,
      { userId: person.id },
      (await park.admin()).as,
    );
    const token = new URL(issuePasswordReset.url).searchParams.get('token') ?? '';

    const answer = await api.graphql.execute(RESET, { token, next });

    expect(codeOf(answer)).toBe('BAD_USER_INPUT');
    expect(fieldsOf(answer)).toEqual(['newPassword']);
    expect(await api.graphql.ok(RESET, { token, next: 'maple river 2026 lantern' })).toEqual({
      resetPassword: true,
    });
  });
});

describe('names without invisible characters', () => {
  it('register and updateMe keep a display name without them, and refuse one made of them', async () => {
    const { register } = await api.graphql.ok<{ register: { user: { displayName: string } } }>(
      REGISTER,
      {
        input: {
          email: freshEmail('named'),
          password: 'maple river 2026 lantern',
          displayName: '\u200BKim\u202E Minji\u200D',
        },
      },
    );
    expect(register.user.displayName).toBe('Kim Minji');
    const empty = await api.graphql.execute(REGISTER, {
      input: {
        email: freshEmail('unnamed'),
        password: 'maple river 2026 lantern',
        displayName: ` ${INVISIBLE.join(' ')} `,
      },
    });
    expect(codeOf(empty)).toBe('BAD_USER_INPUT');
    expect(fieldsOf(empty)).toEqual(['displayName']);

    const person = await park.newUser();
    const before = await api.prisma.user.findUniqueOrThrow({ where: { id: person.id } });
    const blank = await api.graphql.execute(
      UPDATE_ME,
      { input: { displayName: INVISIBLE.join('') } },
      person.as,
    );
    expect(codeOf(blank)).toBe('BAD_USER_INPUT');
    expect(fieldsOf(blank)).toEqual(['displayName']);
    expect(
      (await api.prisma.user.findUniqueOrThrow({ where: { id: person.id } })).displayName,
    ).toBe(before.displayName);
    expect(
      await api.graphql.ok(UPDATE_ME, { input: { displayName: 'Lee\u2066 Jun\u2069' } }, person.as),
    ).toEqual({ updateMe: { displayName: 'Lee Jun' } });
  });

  it('createStakeholder and updateStakeholder compare names without them', async () => {
    const owner = await park.newUser();
    const name = park.unique('Seed Library');
    const create = (input: Record<string, unknown>) =>
      api.graphql.execute<{ createStakeholder: { id: string; name: string } }>(
        CREATE,
        { input: { kind: 'NON_PROFIT', ...input } },
        owner.as,
      );
    const made = await create({ name: `\u200B${name}\uFEFF` });
    expect(made.data?.createStakeholder.name).toBe(name);

    // The same name with invisible characters inside is the same name.
    const lookalike = await create({ name: `${name.slice(0, 4)}\u200B${name.slice(4)}` });
    expect(codeOf(lookalike)).toBe('CONFLICT');
    const blank = await create({ name: INVISIBLE.join('') });
    expect(codeOf(blank)).toBe('BAD_USER_INPUT');
    expect(fieldsOf(blank)).toEqual(['name']);

    const other = await create({ name: park.unique('Tool Library') });
    const id = other.data?.createStakeholder.id;
    const update = (input: Record<string, unknown>) =>
      api.graphql.execute(UPDATE, { id, input, version: 1 }, owner.as);
    expect(codeOf(await update({ name: `\u202E${name}` }))).toBe('CONFLICT');
    const empty = await update({ name: ` \u200B\u200C ` });
    expect(codeOf(empty)).toBe('BAD_USER_INPUT');
    expect(fieldsOf(empty)).toEqual(['name']);
    expect(
      await api.prisma.stakeholder.count({ where: { name: { contains: 'Seed Library' } } }),
    ).toBe(1);
  });
});
