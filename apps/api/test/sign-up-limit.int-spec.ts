import { codeOf, freshEmail } from './support/responses';
import { startTestApi, TestApi } from './support/test-api';

const REGISTER = `
  mutation Register($input: RegisterInput!) { register(input: $input) { user { id } } }
`;
const LIMIT = 3;

// Self-registered accounts were free to make in bulk (five fresh accounts, five ballots).
describe('sign-up: a limit per client address', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await startTestApi({ REGISTER_LIMIT_PER_HOUR: String(LIMIT), TRUST_PROXY: '1' });
  });
  afterAll(() => api.close());

  // Behind a trusted proxy the client is X-Forwarded-For, so each story has its own address.
  const register = (email: string, client: string) =>
    api.graphql.execute<{ register: { user: { id: string } } }>(
      REGISTER,
      { input: { email, password: 'correct horse battery', displayName: 'Doyun Kim' } },
      { headers: { 'x-forwarded-for': client } },
    );

  it('refuses sign-ups past REGISTER_LIMIT_PER_HOUR from one address, creating nobody', async () => {
    const client = '192.0.2.10';
    for (let n = 0; n < LIMIT; n += 1) {
      expect((await register(freshEmail('within'), client)).errors).toBeUndefined();
    }
    const email = freshEmail('past');

    const refused = await register(email, client);

    expect(refused.data).toBeNull();
    expect(codeOf(refused)).toBe('RATE_LIMITED');
    const wait = refused.errors?.[0]?.extensions.retryAfterSeconds as number;
    expect(wait).toBeGreaterThan(0);
    expect(wait).toBeLessThanOrEqual(3600);
    expect(await api.prisma.user.findUnique({ where: { email } })).toBeNull();
    // Another address has its own allowance.
    expect((await register(email, '192.0.2.11')).errors).toBeUndefined();
  });

  it('lets exactly the limit through when sign-ups from one address arrive at once', async () => {
    const emails = Array.from({ length: 10 }, (_, n) => freshEmail(`burst-${n}`));

    const answers = await Promise.all(emails.map((email) => register(email, '192.0.2.20')));

    expect(answers.filter((answer) => !answer.errors)).toHaveLength(LIMIT);
    expect(answers.filter((answer) => codeOf(answer) === 'RATE_LIMITED')).toHaveLength(10 - LIMIT);
    expect(await api.prisma.user.count({ where: { email: { in: emails } } })).toBe(LIMIT);
  });

  it('counts a refused duplicate too, so the limit cannot be probed for free', async () => {
    const client = '192.0.2.30';
    const email = freshEmail('twice');
    expect((await register(email, client)).errors).toBeUndefined();
    for (let n = 1; n < LIMIT; n += 1) {
      expect(codeOf(await register(email, client))).toBe('CONFLICT');
    }

    expect(codeOf(await register(freshEmail('after'), client))).toBe('RATE_LIMITED');
  });
});
