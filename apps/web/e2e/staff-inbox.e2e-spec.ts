import { existsSync } from 'node:fs';
import { Hub, PASSWORD, Person, SET_UP_MS, Stakeholder } from '../../api/test/support';
import { CHROMIUM, DESKTOP, ParkConsole, PHONE, startConsole, Tab } from './support/console';

// The staff inbox (/staff): the Youth Hub's manager approves an application with the keyboard,
// the counts drop without a reload and the applicant sees it approved; another hub's
// coordinator does not see it; a member is refused at every staff address and by the API.

const inBrowser = existsSync(CHROMIUM) ? describe : describe.skip;

const STAFF_ROUTES = [
  '/staff',
  '/staff/spaces',
  '/staff/calendar',
  '/staff/committees',
  '/staff/budget-rounds',
  '/staff/dashboard',
  '/staff/audit',
  '/staff/people',
];

inBrowser('the staff inbox in the browser', () => {
  let park: ParkConsole;
  let youth: Hub;
  let manager: Person;
  let coordinator: Person;
  let member: Person;
  let older: Stakeholder;
  let newer: Stakeholder;
  let elsewhere: Stakeholder;

  async function signIn(tab: Tab, who: Person, home = true): Promise<void> {
    await tab.goto('/sign-in');
    await tab.page.getByLabel('이메일').fill(who.email);
    await tab.page.getByLabel('비밀번호').fill(PASSWORD);
    await tab.page.getByRole('button', { name: '로그인' }).click();
    await tab.page.getByRole('link', { name: who.displayName }).waitFor();
    if (home) await tab.page.getByRole('region', { name: '나의 한 주' }).waitFor();
  }

  async function checkScreen(tab: Tab, name: string): Promise<void> {
    for (const [viewport, suffix] of [
      [DESKTOP, ''],
      [PHONE, '-phone'],
    ] as const) {
      await tab.page.setViewportSize(viewport);
      expect(await tab.accessibilityViolations()).toEqual([]);
      await tab.screenshot(`${name}${suffix}`);
    }
    await tab.page.setViewportSize(DESKTOP);
    expect(tab.foreignRequests()).toEqual([]);
    expect(tab.problems).toEqual([]);
  }

  /** Presses Tab until the focused element is the one `matches` picks (at most 60 times). */
  async function tabTo(tab: Tab, matches: string): Promise<void> {
    for (let i = 0; i < 60; i += 1) {
      await tab.page.keyboard.press('Tab');
      const found = await tab.page.evaluate(
        `document.activeElement?.matches(${JSON.stringify(matches)}) ?? false`,
      );
      if (found) return;
    }
    throw new Error(`Tab never reached ${matches}`);
  }

  // Strings, not functions: these files are compiled without the DOM's types.
  const focusedText = (tab: Tab) =>
    tab.page.evaluate('document.activeElement?.textContent') as Promise<string | null>;

  const navCount = (tab: Tab) => tab.page.locator('[data-nav-count="applications"]').textContent();
  const queueCount = (tab: Tab) => tab.page.locator('[data-count="applications"]').textContent();

  beforeAll(async () => {
    park = await startConsole();
    youth = await park.park.hub('youth-hub');
    const social = await park.park.hub('social-economy-centre');
    await park.park.hub('local-community-centre');
    manager = await park.park.hubStaff(youth, 'MANAGER', { displayName: '청년허브 매니저' });
    coordinator = await park.park.hubStaff(social, 'COORDINATOR', {
      displayName: '사경센터 코디네이터',
    });
    member = await park.park.newUser({ displayName: '일반 회원' });
    older = await park.park.newStakeholder({ name: park.park.unique('먼저 신청한 모임') });
    newer = await park.park.newStakeholder({ name: park.park.unique('나중에 신청한 모임') });
    elsewhere = await park.park.newStakeholder({ name: park.park.unique('다른 허브 신청 모임') });
    await park.park.apply(youth, older);
    await park.park.apply(youth, newer);
    await park.park.apply(social, elsewhere);
  }, SET_UP_MS);
  afterAll(() => park?.close());

  it('the Youth Hub manager approves the oldest application with the keyboard, in place', async () => {
    const tab = await Tab.open(park);
    await signIn(tab, manager);
    const first = await tab.countingRequests(async () => {
      await tab.goto('/staff');
      await tab.page.getByRole('heading', { name: /회원 가입 신청/ }).waitFor();
    });
    // The session and the inbox: the navigation's counts come with the inbox's answer.
    expect(first.sort()).toEqual(['ResumeSession', 'StaffInboxPage']);
    const list = tab.page.locator('.inbox-queues');
    const items = list.locator('button[data-item]');
    // Oldest first, and only the Youth Hub's.
    expect(await items.allTextContents()).toEqual([
      expect.stringContaining(older.name),
      expect.stringContaining(newer.name),
    ]);
    expect(await list.textContent()).not.toContain(elsewhere.name);
    expect([await queueCount(tab), await navCount(tab)]).toEqual(['2', '2']);
    await tab.page.getByText('키보드').waitFor();
    await checkScreen(tab, 'staff-inbox');

    // j / k (and the arrows) move through the queue, Enter opens the item beside it.
    await items.first().focus();
    await tab.page.keyboard.press('j');
    expect(await focusedText(tab)).toContain(newer.name);
    await tab.page.keyboard.press('k');
    await tab.page.keyboard.press('Enter');
    const pane = tab.page.locator('.inbox-detail');
    await pane.getByRole('heading', { name: older.name }).waitFor();
    // Its history: the application, submitted by its owner.
    await pane
      .getByRole('region', { name: '진행 기록' })
      .getByText(older.owner.displayName)
      .waitFor();
    await checkScreen(tab, 'staff-inbox-item');

    // Tab reaches the moves; each answers in place, with no query sent again.
    const review = await tab.countingRequests(async () => {
      await tabTo(tab, '.inbox-detail button.primary');
      expect(await focusedText(tab)).toBe('검토 시작');
      await tab.page.keyboard.press('Enter');
      await pane.getByText('검토 중').first().waitFor();
    });
    expect(review).toEqual(['StaffStartMembershipReview']);
    expect(await queueCount(tab)).toBe('2');

    const approve = await tab.countingRequests(async () => {
      await tabTo(tab, '.inbox-detail button.primary');
      expect(await focusedText(tab)).toBe('승인');
      await tab.page.keyboard.press('Enter');
      await tabTo(tab, '.inbox-detail textarea');
      await tab.page.keyboard.type('환영합니다');
      await tabTo(tab, '.inbox-detail button[type="submit"]');
      await tab.page.keyboard.press('Enter');
      await list.getByText(older.name).waitFor({ state: 'detached' });
    });
    // The answer takes the item out: no inbox or count is fetched again (the next item opens,
    // and its history may be read).
    expect(approve.filter((name) => name !== 'StaffInboxHistory')).toEqual([
      'StaffApproveMembership',
    ]);
    expect([await queueCount(tab), await navCount(tab)]).toEqual(['1', '1']);
    // The next item is open and focused, ready for the next decision.
    await pane.getByRole('heading', { name: newer.name }).waitFor();
    expect(await focusedText(tab)).toContain(newer.name);
    await tab.close();

    // The applicant's console shows it approved.
    const applicant = await Tab.open(park);
    await signIn(applicant, older.owner, false);
    await applicant.goto('/hubs/youth-hub');
    const card = applicant.page.getByRole('region', { name: older.name });
    await card.getByText('승인됨').first().waitFor();
    await card.getByText('환영합니다').waitFor();
    await applicant.close();
  }, 240_000);

  it('another hub’s coordinator sees that hub’s inbox, not the Youth Hub’s application', async () => {
    const tab = await Tab.open(park, PHONE);
    await signIn(tab, coordinator);
    await tab.goto('/staff');
    await tab.page.getByRole('heading', { name: /회원 가입 신청/ }).waitFor();
    const list = tab.page.locator('.inbox-queues');
    await list.getByText(elsewhere.name).waitFor();
    expect(await list.textContent()).not.toContain(newer.name);
    expect(await queueCount(tab)).toBe('1');
    // On a phone the item opens below the list.
    await list.getByRole('button', { name: new RegExp(elsewhere.name) }).click();
    await tab.page
      .locator('.inbox-detail')
      .getByRole('heading', { name: elsewhere.name })
      .waitFor();
    await checkScreen(tab, 'staff-inbox-coordinator');
    await tab.close();
  }, 120_000);

  it('a member meets the not-allowed page at every staff address, and FORBIDDEN from the API', async () => {
    const tab = await Tab.open(park);
    await signIn(tab, member);
    for (const route of STAFF_ROUTES) {
      await tab.goto(route);
      await tab.page.getByRole('heading', { name: '파크 운영진 전용' }).waitFor();
      expect(await tab.page.locator('.staff-nav').count()).toBe(0);
    }
    expect(tab.graphqlRequests).not.toContain('StaffNavCounts');
    await checkScreen(tab, 'staff-not-allowed');
    await tab.close();
    const answer = await park.api.graphql.execute(
      `{ staffInbox { counts { total } } }`,
      {},
      member.as,
    );
    expect(answer.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  }, 180_000);
});
