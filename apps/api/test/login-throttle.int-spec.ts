import { GraphqlResponse } from '@park/platform/testing';
import { setTimeout as sleep } from 'node:timers/promises';
import { codeOf, freshEmail } from './support/responses';
import { startTestApi, TestApi } from './support/test-api';

const PASSWORD = 'correct horse battery';
const REGISTER = `
  mutation Register($input: RegisterInput!) { register(input: $input) { user { id } } }
`;
const LOGIN = `
  mutation Login($input: LoginInput!) { login(input: $input) { accessToken user { id } } }
`;

/** Failures one address may make at one account before it waits. */
const FREE = 3;
const PER_CLIENT = 8;
// Dozens of scrypt hashes per story, on a machine shared with other test files.
const SLOW = 60_000;

function count(responses: GraphqlResponse<unknown>[], code: string): number {
  return responses.filter((response) => codeOf(response) === code).length;
}

/**
 * The same stories on both counters: this instance's memory, and Redis (CI's second run sets
 * REDIS_URL; without it that half is skipped).
 */
function throttleStories(describeOn: typeof describe, counter: string, redisUrl: string) {
  describeOn(`login throttle: parallel guesses (${counter})`, () => {
    let api: TestApi;

    beforeAll(async () => {
      api = await startTestApi({
        LOGIN_FREE_FAILURES: String(FREE),
        // Longer than any story here: the first wait does not end inside one.
        LOGIN_BACKOFF_SECONDS: '120',
        LOGIN_FAILURES_PER_CLIENT: String(PER_CLIENT),
        TRUST_PROXY: '1',
        REDIS_URL: redisUrl,
      });
    });
    afterAll(() => api.close());

    // Behind a trusted proxy the client is X-Forwarded-For, so each story has its own address.
    const login = (email: string, password: string, client: string) =>
      api.graphql.execute<{ login: { accessToken: string } }>(
        LOGIN,
        { input: { email, password } },
        { headers: { 'x-forwarded-for': client } },
      );
    const register = (email: string) =>
      api.graphql.ok(REGISTER, { input: { email, password: PASSWORD, displayName: 'Hana Lee' } });

    it(
      'checks at most the limit of thirty parallel wrong guesses and refuses the rest at once',
      async () => {
        const email = freshEmail('burst');
        await register(email);

        const answers = await Promise.all(
          Array.from({ length: 30 }, () => login(email, 'wrong password', '198.51.100.10')),
        );

        expect(count(answers, 'UNAUTHENTICATED')).toBe(FREE);
        expect(count(answers, 'RATE_LIMITED')).toBe(30 - FREE);
        for (const refused of answers.filter((answer) => codeOf(answer) === 'RATE_LIMITED')) {
          expect(refused.data).toBeNull();
          expect(refused.errors?.[0]?.extensions.retryAfterSeconds).toBeGreaterThan(0);
        }
        expect(codeOf(await login(email, PASSWORD, '198.51.100.10'))).toBe('RATE_LIMITED');
      },
      SLOW,
    );

    it(
      'does not sign in the right password sent inside a burst of wrong ones past the limit',
      async () => {
        const email = freshEmail('inside');
        await register(email);
        const client = '198.51.100.20';

        const wrong = Array.from({ length: 29 }, () => login(email, 'wrong password', client));
        await sleep(25); // the guesses are on their way, still being hashed
        const right = login(email, PASSWORD, client);
        const answers = await Promise.all([...wrong, right]);

        const signedIn = await right;
        expect(signedIn.data).toBeNull();
        expect(codeOf(signedIn)).toBe('RATE_LIMITED');
        expect(count(answers, 'UNAUTHENTICATED')).toBe(FREE);
      },
      SLOW,
    );

    it(
      'checks at most the address budget of parallel guesses spread over many accounts',
      async () => {
        const client = '198.51.100.30';
        // Unknown addresses are guessed at too: they cost the same and count the same.
        const emails = Array.from({ length: 16 }, (_, n) => freshEmail(`spread-${n}`));

        const answers = await Promise.all(emails.map((email) => login(email, 'wrong', client)));

        expect(count(answers, 'UNAUTHENTICATED')).toBe(PER_CLIENT);
        expect(count(answers, 'RATE_LIMITED')).toBe(16 - PER_CLIENT);
        // Another address is not held to this one's budget.
        expect(codeOf(await login(emails[0], 'wrong', '198.51.100.31'))).toBe('UNAUTHENTICATED');
      },
      SLOW,
    );

    it(
      'gives back the points of a successful sign-in, so only failures use up the budgets',
      async () => {
        const client = '198.51.100.40';
        const email = freshEmail('refund');
        await register(email);

        for (let round = 0; round < 2; round += 1) {
          for (let attempt = 0; attempt < FREE - 1; attempt += 1) {
            expect(codeOf(await login(email, 'wrong password', client))).toBe('UNAUTHENTICATED');
          }
          expect((await login(email, PASSWORD, client)).errors).toBeUndefined();
        }
        // Four failures from this address so far, and two successes that cost nothing.
        for (let attempt = 0; attempt < PER_CLIENT - 4; attempt += 1) {
          expect(codeOf(await login(freshEmail('other'), 'wrong', client))).toBe('UNAUTHENTICATED');
        }
        expect(codeOf(await login(email, PASSWORD, client))).toBe('RATE_LIMITED');
      },
      SLOW,
    );

    it(
      'keeps an account open to its owner at another address while one address guesses at it',
      async () => {
        const email = freshEmail('owner');
        await register(email);
        const attacker = '198.51.100.50';

        const guesses = await Promise.all(
          Array.from({ length: 12 }, () => login(email, 'wrong password', attacker)),
        );

        expect(count(guesses, 'UNAUTHENTICATED')).toBe(FREE);
        expect(codeOf(await login(email, PASSWORD, attacker))).toBe('RATE_LIMITED');
        // No count is kept for the account alone, so the guesses cost its owner nothing.
        const owner = await login(email, PASSWORD, '198.51.100.51');
        expect(owner.errors).toBeUndefined();
        expect(owner.data?.login.accessToken).toBeTruthy();
      },
      SLOW,
    );
  });

  describeOn(`login throttle: growing waits (${counter})`, () => {
    let api: TestApi;

    beforeAll(async () => {
      api = await startTestApi({
        LOGIN_FREE_FAILURES: '2',
        LOGIN_BACKOFF_SECONDS: '3',
        TRUST_PROXY: '1',
        REDIS_URL: redisUrl,
      });
    });
    afterAll(() => api.close());

    const login = (email: string, password: string, client: string) =>
      api.graphql.execute<{ login: { accessToken: string } }>(
        LOGIN,
        { input: { email, password } },
        { headers: { 'x-forwarded-for': client } },
      );
    const waitOf = (answer: GraphqlResponse<unknown>) => {
      expect(codeOf(answer)).toBe('RATE_LIMITED');
      return answer.errors?.[0]?.extensions.retryAfterSeconds as number;
    };

    it(
      'doubles the wait after each further failure, and a success clears it',
      async () => {
        const email = freshEmail('backoff');
        await api.graphql.ok(REGISTER, {
          input: { email, password: PASSWORD, displayName: 'Minseo Cho' },
        });
        const client = '198.51.100.60';
        // Each wait runs from the failure that opened it, so a slow hash shortens what is left:
        // what is left is the wait (3 s, then 6 s) less the seconds since that failure began.
        const secondsSince = (start: number) => (Date.now() - start) / 1000;
        let start = 0;
        for (let attempt = 0; attempt < 2; attempt += 1) {
          start = Date.now();
          expect(codeOf(await login(email, 'wrong password', client))).toBe('UNAUTHENTICATED');
        }
        const first = waitOf(await login(email, 'wrong password', client));
        expect(first).toBeGreaterThanOrEqual(Math.max(1, Math.floor(3 - secondsSince(start))));
        expect(first).toBeLessThanOrEqual(3);

        await sleep(first * 1000 + 100);
        start = Date.now();
        expect(codeOf(await login(email, 'wrong password', client))).toBe('UNAUTHENTICATED');
        const second = waitOf(await login(email, PASSWORD, client));
        // Doubled: more than the first wait could ever be, less what the two requests took.
        expect(second).toBeGreaterThanOrEqual(Math.max(1, Math.floor(6 - secondsSince(start))));
        expect(second).toBeLessThanOrEqual(6);

        await sleep(second * 1000 + 100);
        expect((await login(email, PASSWORD, client)).errors).toBeUndefined();
        // Forgiven: the free failures are there again.
        expect(codeOf(await login(email, 'wrong password', client))).toBe('UNAUTHENTICATED');
        expect(codeOf(await login(email, 'wrong password', client))).toBe('UNAUTHENTICATED');
      },
      SLOW,
    );
  });
}

throttleStories(describe, 'in memory', '');
throttleStories(
  process.env.REDIS_URL ? describe : describe.skip,
  'through Redis',
  process.env.REDIS_URL ?? '',
);
