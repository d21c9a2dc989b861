import { existsSync } from 'node:fs';
import { PASSWORD, Person, SET_UP_MS } from '../../api/test/support';
import { CHROMIUM, ParkConsole, PHONE, startConsole, Tab } from './support/console';

// Adding a person invites them (issue 21 item 17): the owner invites by e-mail on the profile,
// the person signs in, finds the invitation on the home page (where the inbox links), accepts
// it and sees the stakeholder in their list; the owner's people list shows them.

const TEST_MS = 180_000;
const inBrowser = existsSync(CHROMIUM) ? describe : describe.skip;

inBrowser('inviting a person to a stakeholder in the browser', () => {
  let park: ParkConsole;
  beforeAll(async () => {
    park = await startConsole();
  }, SET_UP_MS);
  afterAll(() => park?.close());

  async function signIn(tab: Tab, who: Person): Promise<void> {
    await tab.goto('/sign-in');
    await tab.page.getByLabel('이메일').fill(who.email);
    await tab.page.getByLabel('비밀번호').fill(PASSWORD);
    await tab.page.getByRole('button', { name: '로그인' }).click();
    await tab.page.getByRole('link', { name: who.displayName }).waitFor();
  }

  it(
    'the owner invites by e-mail, the person accepts, and the owner sees them among its people',
    async () => {
      const stakeholder = await park.park.newStakeholder({ name: 'Invitation Commons' });
      const person = await park.park.newUser({ label: 'invitee' });
      // Only a verified address answers an invitation (email-links.e2e-spec.ts shows the way there).
      await park.park.verifyEmail(person.email);

      const owner = await Tab.open(park);
      await signIn(owner, stakeholder.owner);
      await owner.goto(`/stakeholders/${stakeholder.id}`);
      await owner.page.getByRole('heading', { name: '구성원 초대' }).waitFor();
      await owner.page.getByLabel('초대할 사람의 이메일').fill(person.email);
      await owner.page.getByLabel('역할', { exact: true }).selectOption('ADMIN');
      const inviting = await owner.countingRequests(() =>
        owner.page.getByRole('button', { name: '초대 보내기' }).click(),
      );
      await owner.page
        .getByText(`${person.email}(으)로 초대를 보냈습니다.`, { exact: false })
        .waitFor();
      expect(inviting).toEqual(['AddStakeholderMember']);
      await owner.page.getByRole('heading', { name: '대기 중인 초대' }).waitFor();
      await owner.page.getByRole('button', { name: `${person.email} 초대 취소` }).waitFor();
      expect(await owner.accessibilityViolations()).toEqual([]);
      await owner.screenshot('invitation-sent');

      // The person signs in: the inbox links to the invitation on the home page.
      const invitee = await Tab.open(park, PHONE);
      await signIn(invitee, person);
      await invitee.goto('/notifications');
      await invitee.page.getByRole('link', { name: /Invitation Commons이\(가\)/ }).click();
      await invitee.page.getByRole('heading', { name: '초대', exact: true }).waitFor();
      expect(invitee.page.url()).toMatch(/#invitations$/);
      expect(await invitee.accessibilityViolations()).toEqual([]);
      await invitee.screenshot('invitation-received-phone');
      const accepting = await invitee.countingRequests(() =>
        invitee.page.getByRole('button', { name: 'Invitation Commons의 초대 수락' }).click(),
      );
      expect(accepting).toEqual(['AcceptStakeholderInvitation']);
      // The stakeholder joins their list from the answer, without another request.
      await invitee.page
        .getByRole('region', { name: '나의 이해관계자' })
        .getByRole('link', { name: 'Invitation Commons' })
        .waitFor();
      expect(await invitee.page.getByRole('heading', { name: '초대', exact: true }).count()).toBe(
        0,
      );

      // The owner's people list shows them once the profile is read again (the owner's page
      // holds its cached copy until then).
      await owner.goto(`/stakeholders/${stakeholder.id}`);
      await owner.page.reload();
      await owner.page
        .getByRole('region', { name: '사람들' })
        .getByText(person.displayName, { exact: true })
        .waitFor();
      expect(await owner.page.getByRole('heading', { name: '대기 중인 초대' }).count()).toBe(0);
      expect(await owner.accessibilityViolations()).toEqual([]);
      expect([...owner.problems, ...invitee.problems]).toEqual([]);
      await invitee.close();
      await owner.close();
    },
    TEST_MS,
  );
});
