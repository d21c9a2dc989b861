import { JwtService } from '@nestjs/jwt';
import { createHmac } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { firstFailedSend, verificationLink } from './support/mail-outbox';
import { codeOf, freshEmail } from './support/responses';
import { SmtpCatcher } from './support/smtp-catcher';
import { SET_UP_MS, startTestApi, TestApi } from './support/test-api';

// The links go through the job queue to a real SMTP server in the test process: the worker is
// on, and each test waits for the mail to arrive.

const TEST_SECRET = 'test-secret-that-is-long-enough-for-hs256-signing';
const PUBLIC_URL = 'https://park.example.org';
const REGISTER = `
  mutation Register($input: RegisterInput!) {
    register(input: $input) { accessToken user { id email emailVerified emailVerifiedAt } }
  }
`;
const VERIFY = `
  mutation Verify($token: String!) {
    verifyEmail(token: $token) { id email emailVerified emailVerifiedAt }
  }
`;
const REQUEST = 'mutation { requestEmailVerification }';
const ME = '{ me { id emailVerified emailVerifiedAt } }';

interface VerifiedUser {
  id: string;
  email: string | null;
  emailVerified: boolean;
  emailVerifiedAt: string | null;
}

describe('e-mail verification', () => {
  const smtp = new SmtpCatcher();
  let api: TestApi;

  beforeAll(async () => {
    await smtp.start();
    api = await startTestApi({
      PUBLIC_URL,
      SMTP_URL: smtp.url,
      JOBS_WORKER: 'true',
      JOBS_POLL_MS: '200',
    });
  }, SET_UP_MS);
  afterAll(async () => {
    await api?.close();
    await smtp.stop();
  });

  async function register(email: string, locale?: string) {
    const data = await api.graphql.ok<{ register: { accessToken: string; user: VerifiedUser } }>(
      REGISTER,
      { input: { email, password: 'correct horse battery', displayName: '박서연', locale } },
    );
    return data.register;
  }
  const verify = (token: string) =>
    api.graphql.execute<{ verifyEmail: VerifiedUser }>(VERIFY, { token });
  const me = async (token: string) =>
    (await api.graphql.ok<{ me: VerifiedUser }>(ME, {}, { token })).me;
  const verifiedAt = async (id: string) =>
    (await api.prisma.user.findUniqueOrThrow({ where: { id } })).emailVerifiedAt;

  /** Refused as BAD_USER_INPUT on `token`, and the account is still unverified. */
  async function expectRefused(token: string, userId: string) {
    const refused = await verify(token);
    expect(refused.data).toBeNull();
    expect(codeOf(refused)).toBe('BAD_USER_INPUT');
    expect(refused.errors?.[0]?.extensions.fields).toEqual(['token']);
    expect(await verifiedAt(userId)).toBeNull();
  }

  it('mails a link on sign-up whose token verifies the address', async () => {
    const email = freshEmail('mina');
    const signedUp = await register(email);
    expect(signedUp.user).toMatchObject({ emailVerified: false, emailVerifiedAt: null });

    const [mail] = await smtp.waitFor(email);
    expect(mail!.subject).toBe('[파크 커먼즈] 이메일 주소를 확인해 주세요');
    expect(mail!.text).toContain('박서연님,');
    expect(mail!.html).toContain('lang="ko"');
    expect(mail!.text).toContain(`${PUBLIC_URL}/account`);
    const link = verificationLink(mail!);
    expect(link.url.startsWith(`${PUBLIC_URL}/verify-email?token=`)).toBe(true);
    expect(mail!.html).toContain(`href="${link.url}"`);

    const verified = (await verify(link.token)).data?.verifyEmail;

    expect(verified).toMatchObject({ id: signedUp.user.id, email, emailVerified: true });
    expect(Date.parse(verified?.emailVerifiedAt ?? '')).toBeGreaterThan(Date.now() - 60_000);
    expect(await me(signedUp.accessToken)).toMatchObject({ emailVerified: true });
  });

  it('takes a link once: the second use is refused and changes nothing', async () => {
    const email = freshEmail('once');
    const { user } = await register(email);
    const { token } = verificationLink((await smtp.waitFor(email))[0]!);
    expect((await verify(token)).errors).toBeUndefined();
    const first = await verifiedAt(user.id);

    const again = await verify(token);

    expect(codeOf(again)).toBe('BAD_USER_INPUT');
    expect(again.errors?.[0]?.extensions.fields).toEqual(['token']);
    expect(await verifiedAt(user.id)).toEqual(first);
  });

  it('verifies once when the same link is followed twice at the same moment', async () => {
    const email = freshEmail('twice');
    const { user } = await register(email);
    const { token } = verificationLink((await smtp.waitFor(email))[0]!);

    const answers = await Promise.all([verify(token), verify(token), verify(token)]);

    expect(answers.filter((answer) => !answer.errors)).toHaveLength(1);
    expect(answers.filter((answer) => codeOf(answer) === 'BAD_USER_INPUT')).toHaveLength(2);
    expect(await verifiedAt(user.id)).not.toBeNull();
  });

  it('refuses garbage, tampered, expired and other-purpose tokens', async () => {
    const email = freshEmail('forged');
    const { user, accessToken } = await register(email);
    const { token } = verificationLink((await smtp.waitFor(email))[0]!);
    const [header, payload, signature] = token.split('.');
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
    const linkKey = createHmac('sha256', TEST_SECRET)
      .update('email-verification')
      .digest('base64url');
    const jwt = new JwtService();
    const expired = await jwt.signAsync(
      { sub: user.id, email, exp: Math.floor(Date.now() / 1000) - 60 },
      { secret: linkKey, audience: claims.aud },
    );
    // Right claims, signed with the access-token key rather than the links' own.
    const wrongKey = await jwt.signAsync(
      { sub: user.id, email },
      { secret: TEST_SECRET, audience: claims.aud, expiresIn: 3600 },
    );
    const otherUser = Buffer.from(
      JSON.stringify({ ...claims, sub: '00000000-0000-4000-8000-000000000000' }),
    );
    const flipped = signature.startsWith('A') ? `B${signature.slice(1)}` : `A${signature.slice(1)}`;

    for (const bad of [
      'not-a-token',
      `${header}.${payload}.${flipped}`,
      `${header}.${otherUser.toString('base64url')}.${signature}`,
      expired,
      wrongKey,
      accessToken,
    ]) {
      await expectRefused(bad, user.id);
    }
    // The real link still works after all that.
    expect((await verify(token)).errors).toBeUndefined();
  });

  it('sends a fresh link on request while unverified, and none once verified', async () => {
    const email = freshEmail('again');
    const { accessToken } = await register(email);
    expect(codeOf(await api.graphql.execute(REQUEST))).toBe('UNAUTHENTICATED');

    expect(await api.graphql.ok(REQUEST, {}, { token: accessToken })).toEqual({
      requestEmailVerification: true,
    });
    const mails = await smtp.waitFor(email, 2);
    expect(mails).toHaveLength(2);
    expect((await verify(verificationLink(mails[1]!).token)).errors).toBeUndefined();

    expect(await api.graphql.ok(REQUEST, {}, { token: accessToken })).toEqual({
      requestEmailVerification: false,
    });
    // The first link finds nothing left to verify.
    expect(codeOf(await verify(verificationLink(mails[0]!).token))).toBe('BAD_USER_INPUT');
    expect(smtp.to(email)).toHaveLength(2);
  });

  it('mails at most five fresh links an hour to one account', async () => {
    const email = freshEmail('flood');
    const { accessToken } = await register(email);
    for (let n = 0; n < 5; n += 1) {
      expect(
        (await api.graphql.execute(REQUEST, {}, { token: accessToken })).errors,
      ).toBeUndefined();
    }

    const refused = await api.graphql.execute(REQUEST, {}, { token: accessToken });

    expect(codeOf(refused)).toBe('RATE_LIMITED');
    expect(refused.errors?.[0]?.extensions.retryAfterSeconds).toBeGreaterThan(0);
    expect(await smtp.waitFor(email, 6)).toHaveLength(6);
  });

  it('writes to an English reader in English with the same layout', async () => {
    const email = freshEmail('english');
    await register(email, 'en');

    const [mail] = await smtp.waitFor(email);

    expect(mail!.subject).toBe('[Park Commons] Confirm your e-mail address');
    expect(mail!.text).toContain('Hello 박서연,');
    expect(mail!.text).toContain(`Confirm my address: ${PUBLIC_URL}/verify-email?token=`);
    expect(mail!.html).toContain('lang="en"');
  });

  it('signs up and sends fresh links while the mail server is down, and mails them once it is back', async () => {
    const email = freshEmail('patient');
    await smtp.stop();
    const { accessToken } = await register(email);
    expect(await api.graphql.ok(REQUEST, {}, { token: accessToken })).toEqual({
      requestEmailVerification: true,
    });
    // Wait until the worker has tried and failed, so the mail really went through a retry.
    await firstFailedSend(api.prisma);

    await smtp.start();

    const mails = await smtp.waitFor(email, 2, 45_000);
    expect((await verify(verificationLink(mails[1]!).token)).errors).toBeUndefined();
    await sleep(1000);
    expect(smtp.to(email)).toHaveLength(2);
  }, 90_000);

  it('mails nothing for a sign-up that fails', async () => {
    const email = freshEmail('taken');
    await register(email);
    await smtp.waitFor(email);

    const again = await api.graphql.execute(REGISTER, {
      input: { email, password: 'correct horse battery', displayName: 'Someone else' },
    });

    expect(codeOf(again)).toBe('CONFLICT');
    await sleep(1000);
    expect(smtp.to(email)).toHaveLength(1);
  });
});
