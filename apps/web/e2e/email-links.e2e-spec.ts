import { existsSync } from 'node:fs';
import { SET_UP_MS } from '../../api/test/support';
import { queuedMailTo, verificationLink } from '../../api/test/support/mail-outbox';
import { CHROMIUM, ParkConsole, PHONE, startConsole, Tab } from './support/console';
import { checkBothSizes, clean, signedIn } from './support/screens';

// Where the park's e-mails lead (issue 21 item 2): an invitation waits for a verified address,
// the console says so and sends the link, and the link verifies on /verify-email; a park
// admin's reset link sets a new password on /reset-password.

const TEST_MS = 180_000;
const inBrowser = existsSync(CHROMIUM) ? describe : describe.skip;

inBrowser('the links in the park’s e-mails, in the browser', () => {
  let park: ParkConsole;
  beforeAll(async () => {
    park = await startConsole();
    await park.park.hub('youth-hub');
  }, SET_UP_MS);
  afterAll(() => park?.close());

  /** The verification mail queued for `email` (the tests' worker is off: it waits there). */
  async function verificationMailFor(email: string) {
    for (let tries = 0; tries < 150; tries += 1) {
      const mails = await queuedMailTo(park.api.prisma, email);
      const mail = mails.find((each) => each.text.includes('/verify-email?token='));
      if (mail) return mail;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    throw new Error(`no verification mail reached ${email}`);
  }

  it(
    'an unverified invitee is sent a link, verifies, and may then accept',
    async () => {
      const stakeholder = await park.park.newStakeholder({ name: 'Verified Commons' });
      const person = await park.park.newUser({ label: 'unverified' });
      await park.park.invite(stakeholder.id, person.email, 'MEMBER', stakeholder.owner);

      const tab = await signedIn(park, person, PHONE);
      const invitations = tab.page.getByRole('region', { name: '초대', exact: true });
      await invitations.getByText('이 초대에 답하려면 이메일 주소를 인증해 주세요.').waitFor();
      expect(await invitations.getByRole('button', { name: /초대 수락/ }).count()).toBe(0);

      await invitations.getByRole('link', { name: '인증하기' }).click();
      await tab.page.getByRole('heading', { name: '이메일 주소' }).waitFor();
      expect(new URL(tab.page.url()).hash).toBe('#email');
      await tab.page.getByRole('button', { name: '인증 링크 보내기' }).click();
      await tab.page.getByRole('status').getByText('보냈습니다.', { exact: false }).waitFor();
      await checkBothSizes(tab, 'account-email-unverified');

      const { url } = verificationLink(await verificationMailFor(person.email));
      const link = new URL(url);
      await tab.goto(`${link.pathname}${link.search}`);
      await tab.page.getByRole('status').getByText('이메일 주소가 인증되었습니다.').waitFor();
      await checkBothSizes(tab, 'verify-email-done');

      // The link is good once: opening it again says so and offers a new one.
      const again = await signedIn(park, person);
      await again.goto(`${link.pathname}${link.search}`);
      await again.page.getByRole('link', { name: '새 링크 받기' }).waitFor();
      await again.close();

      await tab.goto('/#invitations');
      await invitations.getByRole('button', { name: 'Verified Commons의 초대 수락' }).click();
      await tab.page
        .getByRole('region', { name: '나의 이해관계자' })
        .getByRole('link', { name: 'Verified Commons' })
        .waitFor();
      await tab.goto('/account');
      await tab.page.getByText('이메일 주소가 인증되었습니다.').waitFor();
      clean(tab);
      await tab.close();
    },
    TEST_MS,
  );

  it(
    'a park admin’s reset link sets a new password, with which the person signs in',
    async () => {
      const person = await park.park.newUser({ label: 'forgetful' });
      const admin = await park.park.parkAdmin();
      const { issuePasswordReset } = await park.api.graphql.ok<{
        issuePasswordReset: { url: string };
      }>(
        `mutation ($userId: ID!) { issuePasswordReset(userId: $userId) { url } }`,
        { userId: person.id },
        admin.as,
      );
      const link = new URL(issuePasswordReset.url);
      const tab = await Tab.open(park);
      await tab.goto(`${link.pathname}${link.search}`);
      await tab.page.getByRole('heading', { name: '새 비밀번호 정하기' }).waitFor();
      await tab.page.getByLabel('새 비밀번호', { exact: true }).fill('short');
      await tab.page.getByRole('button', { name: '새 비밀번호 저장' }).click();
      await tab.page.getByText('새 비밀번호는 10자 이상이어야 합니다.').waitFor();
      await checkBothSizes(tab, 'reset-password');

      const fresh = 'a brand new garden path 7';
      await tab.page.getByLabel('새 비밀번호', { exact: true }).fill(fresh);
      await tab.page.getByRole('button', { name: '새 비밀번호 저장' }).click();
      await tab.page
        .getByRole('status')
        .getByText('비밀번호를 바꾸었고', { exact: false })
        .waitFor();

      await tab.page.getByRole('link', { name: '로그인' }).last().click();
      await tab.page.getByLabel('이메일').fill(person.email);
      await tab.page.getByLabel('비밀번호').fill(fresh);
      await tab.page.getByRole('button', { name: '로그인' }).click();
      await tab.page.getByRole('link', { name: person.displayName }).waitFor();
      clean(tab);
      await tab.close();
    },
    TEST_MS,
  );
});
