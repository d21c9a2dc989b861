import { codeOf, freshEmail } from './support/responses';
import { startTestApi, TestApi } from './support/test-api';

const LOGIN = `
  mutation Login($input: LoginInput!) { login(input: $input) { accessToken } }
`;
const PER_CLIENT = 3;

/** Whose address a per-address limit counts, by TRUST_PROXY. */
describe.each([
  // One load balancer in front: it appends the real client, and only that entry is trusted.
  {
    trustProxy: '1',
    spoofed: (real: string) => `203.0.113.99, ${real}`,
    sent: (real: string) => real,
  },
  // The proxies named by address: the same, whatever their number.
  {
    trustProxy: '127.0.0.1/8',
    spoofed: (real: string) => `203.0.113.98, ${real}`,
    sent: (real: string) => real,
  },
])('TRUST_PROXY=$trustProxy', ({ trustProxy, spoofed, sent }) => {
  let api: TestApi;

  beforeAll(async () => {
    api = await startTestApi({
      TRUST_PROXY: trustProxy,
      LOGIN_FAILURES_PER_CLIENT: String(PER_CLIENT),
      LOGIN_FREE_FAILURES: '100',
    });
  });
  afterAll(() => api.close());

  const guess = (forwardedFor: string) =>
    api.graphql.execute(
      LOGIN,
      { input: { email: freshEmail('guess'), password: 'wrong password' } },
      { headers: { 'x-forwarded-for': forwardedFor } },
    );

  it('keeps a locked-out address refused when it writes its own X-Forwarded-For entry', async () => {
    const real = '198.51.100.70';
    for (let attempt = 0; attempt < PER_CLIENT; attempt += 1) {
      expect(codeOf(await guess(sent(real)))).toBe('UNAUTHENTICATED');
    }

    expect(codeOf(await guess(spoofed(real)))).toBe('RATE_LIMITED');
    // Another real client behind the same proxy has its own budget.
    expect(codeOf(await guess(sent('198.51.100.71')))).toBe('UNAUTHENTICATED');
  });
});

describe('TRUST_PROXY unset', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await startTestApi({
      LOGIN_FAILURES_PER_CLIENT: String(PER_CLIENT),
      LOGIN_FREE_FAILURES: '100',
    });
  });
  afterAll(() => api.close());

  it('ignores X-Forwarded-For: every entry a client writes is the same socket address', async () => {
    for (let attempt = 0; attempt < PER_CLIENT; attempt += 1) {
      const answer = await api.graphql.execute(
        LOGIN,
        { input: { email: freshEmail('direct'), password: 'wrong password' } },
        { headers: { 'x-forwarded-for': `192.0.2.${attempt + 1}` } },
      );
      expect(codeOf(answer)).toBe('UNAUTHENTICATED');
    }
    const refused = await api.graphql.execute(
      LOGIN,
      { input: { email: freshEmail('direct'), password: 'wrong password' } },
      { headers: { 'x-forwarded-for': '192.0.2.200' } },
    );
    expect(codeOf(refused)).toBe('RATE_LIMITED');
  });
});
