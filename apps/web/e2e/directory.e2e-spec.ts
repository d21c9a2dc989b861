import { existsSync } from 'node:fs';
import { PASSWORD, Person, SET_UP_MS } from '../../api/test/support';
import { CHROMIUM, ParkConsole, PHONE, startConsole, Tab } from './support/console';

// The directory (search in Korean and English, filters, pages that survive back), creating and
// editing a profile (a version conflict keeps what was typed), its people, the account page,
// and the inbox with the header's unread badge.

const TEST_MS = 180_000;
const inBrowser = existsSync(CHROMIUM) ? describe : describe.skip;

inBrowser('the directory, the account and the inbox in the browser', () => {
  let park: ParkConsole;
  let owner: Person;
  beforeAll(async () => {
    park = await startConsole();
    owner = await park.park.newUser({ label: 'directory-owner' });
    // 22 English names (more than a page of 20) and 3 Korean ones.
    for (let n = 1; n <= 22; n += 1) {
      await park.park.newStakeholder({
        owner,
        name: `Green Lane Studio ${String(n).padStart(2, '0')}`,
        kind: n % 2 ? 'STARTUP' : 'SOCIAL_ENTERPRISE',
        policyAreas: ['ENVIRONMENT_CLIMATE'],
        description: 'Urban gardens for the park.',
      });
    }
    for (const name of ['마을숲 가꾸기 모임', '마을숲 청년단', '마을숲 연구소']) {
      await park.park.newStakeholder({
        owner,
        name,
        kind: 'YOUTH_GROUP',
        policyAreas: ['CULTURE'],
      });
    }
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
    'searches in Korean and English, filters, pages, and back returns to the same page',
    async () => {
      const tab = await Tab.open(park);
      const { page } = tab;
      const first = await tab.countingRequests(() => tab.goto('/stakeholders'));
      expect(first.length).toBeLessThanOrEqual(2);
      const search = page.getByRole('searchbox', { name: '검색', exact: true });
      await search.waitFor();

      await search.fill('마을숲');
      await search.press('Enter');
      await page.getByText('3곳').waitFor();
      expect(await page.getByRole('link', { name: '마을숲 청년단' }).count()).toBe(1);

      await search.fill('green lane');
      await search.press('Enter');
      await page.getByText('22곳').waitFor();
      await page.getByLabel('유형').selectOption('STARTUP');
      await page.getByText('11곳').waitFor();
      await page.getByLabel('유형').selectOption('');
      await page.getByText('22곳').waitFor();
      await page.getByLabel('정책 분야').selectOption('ENVIRONMENT_CLIMATE');
      await page.getByText('22곳').waitFor();
      expect(await tab.accessibilityViolations()).toEqual([]);
      await tab.screenshot('directory');

      await page.getByRole('link', { name: '다음 쪽' }).click();
      await page.getByRole('link', { name: 'Green Lane Studio 22' }).waitFor();
      const secondPage = page.url();
      expect(secondPage).toMatch(/after=/);
      expect(secondPage).toMatch(/search=green\+lane/);
      expect(await page.getByRole('link', { name: 'Green Lane Studio 01' }).count()).toBe(0);

      await page.getByRole('link', { name: 'Green Lane Studio 21' }).click();
      await page.getByRole('heading', { level: 1, name: 'Green Lane Studio 21' }).waitFor();
      expect(await tab.accessibilityViolations()).toEqual([]);
      await tab.screenshot('stakeholder-profile');
      await page.goBack();
      await page.getByRole('link', { name: 'Green Lane Studio 22' }).waitFor();
      expect(page.url()).toBe(secondPage);
      expect(await search.inputValue()).toBe('green lane');
      expect(await page.getByLabel('정책 분야').inputValue()).toBe('ENVIRONMENT_CLIMATE');

      // A deep link shows the same list, and an unknown profile is not found.
      const deep = await Tab.open(park, PHONE);
      await deep.goto(new URL(secondPage).pathname + new URL(secondPage).search);
      await deep.page.getByRole('link', { name: 'Green Lane Studio 22' }).waitFor();
      expect(await deep.accessibilityViolations()).toEqual([]);
      await deep.screenshot('directory-phone');
      await deep.goto('/stakeholders/00000000-0000-4000-8000-000000000000');
      await deep.page.getByRole('heading', { name: '페이지를 찾을 수 없습니다' }).waitFor();
      expect(tab.foreignRequests()).toEqual([]);
      expect([...tab.problems, ...deep.problems]).toEqual([]);
      await deep.close();
      await tab.close();
    },
    TEST_MS,
  );

  it(
    'creates a stakeholder and lands on its profile',
    async () => {
      const maker = await park.park.newUser({ label: 'maker' });
      const tab = await Tab.open(park);
      const { page } = tab;
      await signIn(tab, maker);
      await page.getByRole('link', { name: '이해관계자', exact: true }).click();
      await page.getByRole('link', { name: '새 이해관계자 등록' }).click();
      await page.getByRole('heading', { level: 1, name: '새 이해관계자 등록' }).waitFor();
      await page.getByRole('button', { name: '등록하기' }).click();
      await page.getByText('이름은 2–120자로 입력해 주세요.').waitFor();
      expect(await tab.accessibilityViolations()).toEqual([]);
      await tab.screenshot('stakeholder-new');

      await page.getByLabel('이름').fill('햇살 협동조합');
      await page.getByLabel('유형').selectOption('SOCIAL_ENTERPRISE');
      await page.getByLabel('주거').check();
      await page.getByLabel('소개').fill('주거 문제를 함께 풉니다.');
      await page.getByLabel('웹사이트').fill('https://sunshine.example.org');
      await page.getByLabel('연락 이메일').fill('hello@sunshine.example.org');
      const saving = await tab.countingRequests(() =>
        page.getByRole('button', { name: '등록하기' }).click(),
      );
      await page.getByRole('heading', { level: 1, name: '햇살 협동조합' }).waitFor();
      expect(page.url()).toMatch(/\/stakeholders\/[0-9a-f-]{36}$/);
      expect(saving).toEqual(['CreateStakeholder']);
      await page.getByRole('heading', { name: '사람들' }).waitFor();
      expect(await page.getByText('소유자').count()).toBeGreaterThan(0);

      // A profile's first view, after a reload, costs the session and the profile.
      const reload = await tab.countingRequests(async () => {
        await page.reload();
      });
      await page.getByRole('heading', { level: 1, name: '햇살 협동조합' }).waitFor();
      expect(reload.length).toBeLessThanOrEqual(2);
      expect(tab.problems).toEqual([]);
      await tab.close();
    },
    TEST_MS,
  );

  it(
    'keeps what was typed on a version conflict, reloads and says what changed, then saves',
    async () => {
      const stakeholder = await park.park.newStakeholder({ name: 'Conflict Commons' });
      const colleague = await park.park.newUser({ label: 'colleague' });
      const tab = await Tab.open(park);
      const { page } = tab;
      await signIn(tab, stakeholder.owner);
      await tab.goto(`/stakeholders/${stakeholder.id}`);
      await page.getByRole('button', { name: '정보 수정' }).click();
      await page.getByLabel('소개').fill('What I typed while someone else was editing.');

      // Meanwhile someone else saves a new version through the API.
      await park.api.graphql.ok(
        `mutation Edit($id: ID!) {
        updateStakeholder(id: $id, version: 1, input: { website: "https://changed.example.org" }) { id } }`,
        { id: stakeholder.id },
        stakeholder.owner.as,
      );
      await page.getByRole('button', { name: '저장' }).click();
      await page.getByText('다른 사람이 방금 이 내용을 바꾸었습니다', { exact: false }).waitFor();
      expect(await page.getByLabel('소개').inputValue()).toBe(
        'What I typed while someone else was editing.',
      );
      expect(await tab.accessibilityViolations()).toEqual([]);
      await tab.screenshot('stakeholder-edit-conflict');

      await page.getByRole('button', { name: '새로 불러오기' }).click();
      await page.getByText('다른 사람이 바꾼 내용').waitFor();
      await page.getByText('https://changed.example.org', { exact: false }).first().waitFor();
      expect(await page.getByLabel('소개').inputValue()).toBe(
        'What I typed while someone else was editing.',
      );
      await page.getByRole('button', { name: '저장' }).click();
      await page.getByText('What I typed while someone else was editing.').waitFor();
      expect(await page.getByRole('button', { name: '정보 수정' }).count()).toBe(1);

      // People: invite a colleague by e-mail; once they accept (through the API), make them an
      // admin.
      await page.getByLabel('초대할 사람의 이메일').fill(colleague.email);
      await page.getByRole('button', { name: '초대 보내기', exact: true }).click();
      await page
        .getByText(`${colleague.email}(으)로 초대를 보냈습니다.`, { exact: false })
        .waitFor();
      await page.getByRole('heading', { name: '대기 중인 초대' }).waitFor();
      const invitation = await park.api.prisma.stakeholderInvitation.findFirstOrThrow({
        where: { stakeholderId: stakeholder.id, email: colleague.email },
      });
      await park.park.acceptInvitation(invitation.id, colleague);
      await page.reload();
      const role = page.getByLabel(`${colleague.displayName}의 역할`);
      await role.waitFor();
      const changing = await tab.countingRequests(async () => {
        await role.selectOption('ADMIN');
      });
      expect(changing).toEqual(['ChangeStakeholderMemberRole']);
      for (let tries = 0; tries < 50 && (await role.inputValue()) !== 'ADMIN'; tries += 1) {
        await page.waitForTimeout(100);
      }
      expect(await role.inputValue()).toBe('ADMIN');
      const { stakeholder: saved } = await park.api.graphql.ok<{
        stakeholder: { description: string; website: string; members: { role: string }[] };
      }>(`query One($id: ID!) { stakeholder(id: $id) { description website members { role } } }`, {
        id: stakeholder.id,
      });
      expect(saved.description).toBe('What I typed while someone else was editing.');
      expect(saved.members.map((m) => m.role).sort()).toEqual(['ADMIN', 'OWNER']);
      expect(tab.problems).toEqual([]);
      await tab.close();
    },
    TEST_MS,
  );

  it(
    'changes the name, the language and the password on /account',
    async () => {
      const me = await park.park.newUser({ label: 'account' });
      const tab = await Tab.open(park, PHONE);
      const { page } = tab;
      await signIn(tab, me);
      const first = await tab.countingRequests(() => tab.goto('/account'));
      expect(first.length).toBeLessThanOrEqual(2);
      await page.getByRole('heading', { level: 1, name: '내 계정' }).waitFor();
      expect(await tab.accessibilityViolations()).toEqual([]);
      await tab.screenshot('account-phone');

      await page.getByRole('textbox', { name: '이름', exact: true }).fill('Renamed Person');
      await page.locator('#account-locale').selectOption('en');
      await page.getByRole('button', { name: '저장', exact: true }).click();
      await page.getByRole('heading', { level: 1, name: 'Your account' }).waitFor();
      await page.getByRole('link', { name: 'Renamed Person' }).waitFor();
      expect(await page.evaluate('document.documentElement.lang')).toBe('en');

      await page.getByLabel('Current password').fill('not my password');
      await page.getByLabel('New password').fill('a brand new password');
      await page.getByRole('button', { name: 'Change password' }).click();
      await page.getByText('That is not your current password.').waitFor();
      await page.getByLabel('Current password').fill(PASSWORD);
      await page.getByRole('button', { name: 'Change password' }).click();
      await page.getByText('Every other session of yours', { exact: false }).waitFor();
      // The factory's session for this person was another session: it has ended.
      const other = await park.api.graphql.execute('query { me { id } }', {}, me.as);
      expect(other.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      expect(tab.problems).toEqual([]);
      await tab.close();
    },
    TEST_MS,
  );

  it(
    'shows notifications made through the API, links to their subject, and marking read updates the badge',
    async () => {
      const reader = await park.park.newUser({ label: 'reader' });
      const team = await park.park.newStakeholder({ name: 'Inbox Makers' });
      await park.park.addMember(team, 'MEMBER', reader);
      // Joining came with an invitation notice: the story is about the two role changes.
      await park.api.prisma.notification.deleteMany({
        where: { recipientId: reader.id, kind: 'STAKEHOLDER_INVITATION' },
      });
      for (const role of ['ADMIN', 'MEMBER']) {
        await park.api.graphql.ok(
          `mutation Role($id: ID!, $userId: ID!, $role: StakeholderRole!) {
          changeStakeholderMemberRole(stakeholderId: $id, userId: $userId, role: $role) { member { id } } }`,
          { id: team.id, userId: reader.id, role },
          team.owner.as,
        );
      }
      const tab = await Tab.open(park);
      const { page } = tab;
      await signIn(tab, reader);
      await page.getByRole('link', { name: '알림 (읽지 않음 2건)' }).waitFor();
      const first = await tab.countingRequests(() => tab.goto('/notifications'));
      expect(first.length).toBeLessThanOrEqual(2);
      await page.getByRole('heading', { level: 1, name: '알림' }).waitFor();
      await page.getByText('전체 2건').waitFor();
      expect(await tab.accessibilityViolations()).toEqual([]);
      await tab.screenshot('notifications');

      const marking = await tab.countingRequests(() =>
        page
          .getByRole('button', { name: /^읽음으로 표시:/ })
          .first()
          .click(),
      );
      await page.getByRole('link', { name: '알림 (읽지 않음 1건)' }).waitFor();
      expect(marking).toEqual(['MarkNotificationsRead']);
      const all = await tab.countingRequests(() =>
        page.getByRole('button', { name: '모두 읽음으로 표시' }).click(),
      );
      await page.getByRole('link', { name: '알림 (읽지 않음 0건)' }).waitFor();
      expect(all).toEqual(['MarkAllNotificationsRead']);
      expect(await page.getByText('읽지 않음', { exact: true }).count()).toBe(0);

      const links = page.locator('.inbox-message a');
      expect(await links.count()).toBe(2);
      expect(await links.first().getAttribute('href')).toBe(`/stakeholders/${team.id}`);
      await links.first().click();
      await page.getByRole('heading', { level: 1, name: 'Inbox Makers' }).waitFor();

      const phone = await Tab.open(park, PHONE);
      await signIn(phone, reader);
      await phone.goto('/notifications');
      await phone.page.getByText('전체 2건').waitFor();
      expect(await phone.accessibilityViolations()).toEqual([]);
      await phone.screenshot('notifications-phone');
      expect(tab.foreignRequests()).toEqual([]);
      expect([...tab.problems, ...phone.problems]).toEqual([]);
      await phone.close();
      await tab.close();
    },
    TEST_MS,
  );
});
