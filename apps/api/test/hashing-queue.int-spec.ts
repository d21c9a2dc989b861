import { GraphqlResponse } from '@park/platform/testing';
import { codeOf, freshEmail } from './support/responses';
import { startTestApi, TestApi } from './support/test-api';

const PASSWORD = 'correct horse battery';
const REGISTER = `
  mutation Register($input: RegisterInput!) { register(input: $input) { user { id } } }
`;
const LOGIN = `
  mutation Login($input: LoginInput!) { login(input: $input) { accessToken user { id } } }
`;
const QUEUE = 2;
const BURST = 24;

interface Timed {
  answer: GraphqlResponse<{ login: { accessToken: string } }>;
  ms: number;
}

// 200 concurrent sign-ins once took 25 s: each waited behind every hash queued before it.
describe('sign-in: a bounded hashing queue (PASSWORD_HASH_QUEUE)', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await startTestApi({ PASSWORD_HASH_QUEUE: String(QUEUE), TRUST_PROXY: '1' });
  });
  afterAll(() => api.close());

  // Each sign-in from its own address: only the queue can refuse them.
  const login = async (email: string, n: number): Promise<Timed> => {
    const started = performance.now();
    const answer = await api.graphql.execute<{ login: { accessToken: string } }>(
      LOGIN,
      { input: { email, password: PASSWORD } },
      { headers: { 'x-forwarded-for': `198.51.100.${100 + n}` } },
    );
    return { answer, ms: performance.now() - started };
  };

  it('answers a burst past the queue RATE_LIMITED at once and signs the rest in', async () => {
    const email = freshEmail('queue');
    await api.graphql.ok(REGISTER, {
      input: { email, password: PASSWORD, displayName: 'Yuna Shin' },
    });

    const answers = await Promise.all(Array.from({ length: BURST }, (_, n) => login(email, n)));

    const refused = answers.filter(({ answer }) => codeOf(answer) === 'RATE_LIMITED');
    const signedIn = answers.filter(({ answer }) => !answer.errors);
    expect(refused.length + signedIn.length).toBe(BURST);
    expect(refused.length).toBeGreaterThan(0);
    expect(signedIn.length).toBeGreaterThanOrEqual(QUEUE);
    for (const { answer } of refused) {
      expect(answer.data).toBeNull();
      expect(answer.errors?.[0]?.extensions.retryAfterSeconds).toBeGreaterThan(0);
    }
    for (const { answer } of signedIn) expect(answer.data?.login.accessToken).toBeTruthy();
    // Refused without waiting for a hash: sooner than the sign-ins that queued for theirs.
    const slowestRefusal = Math.max(...refused.map(({ ms }) => ms));
    const slowestSignIn = Math.max(...signedIn.map(({ ms }) => ms));
    expect(slowestRefusal).toBeLessThan(slowestSignIn);

    // The refused attempts were not counted, and the queue has drained.
    const again = await login(email, 0);
    expect(again.answer.errors).toBeUndefined();
  });

  it('answers a sign-up past the queue RATE_LIMITED too, creating nobody', async () => {
    const emails = Array.from({ length: 12 }, (_, n) => freshEmail(`queued-${n}`));

    const answers = await Promise.all(
      emails.map((email, n) =>
        api.graphql.execute(
          REGISTER,
          { input: { email, password: PASSWORD, displayName: 'Jisoo Han' } },
          { headers: { 'x-forwarded-for': `203.0.113.${100 + n}` } },
        ),
      ),
    );

    const refused = answers.filter((answer) => codeOf(answer) === 'RATE_LIMITED').length;
    const created = answers.filter((answer) => !answer.errors).length;
    expect(refused).toBeGreaterThan(0);
    expect(refused + created).toBe(emails.length);
    expect(await api.prisma.user.count({ where: { email: { in: emails } } })).toBe(created);
  });
});
