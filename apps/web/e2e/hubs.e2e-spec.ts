import { existsSync } from 'node:fs';
import {
  at,
  midnightAhead,
  PASSWORD,
  Person,
  ROUND_THE_CLOCK,
  SET_UP_MS,
  workdayAhead,
} from '../../api/test/support';
import { CHROMIUM, DESKTOP, ParkConsole, PHONE, startConsole, Tab } from './support/console';

// The park's home page (anonymous, and a signed-in person's week) and a hub's page: applying
// to the Youth Hub through the form, staff approving through the API, withdrawing another.

const inBrowser = existsSync(CHROMIUM) ? describe : describe.skip;

inBrowser('the park and its hubs in the browser', () => {
  let park: ParkConsole;
  let person: Person;
  let eventTitle: string;
  let roomName: string;

  /** A hall of `slug`'s hub, open round the clock, and an event in it `days` ahead. */
  async function hostEvent(slug: 'youth-hub' | 'social-economy-centre', days: number, seats = 20) {
    const hub = await park.park.hub(slug);
    const hall = await park.park.newSpace(hub, {
      kind: 'EVENT_HALL',
      capacity: 60,
      openingHours: ROUND_THE_CLOCK,
      policy: { maxAdvanceDays: 120, maxDurationMinutes: 480 },
    });
    const title = park.park.unique('Neighbourhood Evening');
    const { createEvent } = await park.api.graphql.ok<{ createEvent: { id: string } }>(
      `mutation Host($input: CreateEventInput!) { createEvent(input: $input) { id } }`,
      {
        input: {
          hubId: hub.id,
          spaceId: hall.id,
          title,
          startsAt: at(midnightAhead(days), '18:00'),
          endsAt: at(midnightAhead(days), '20:00'),
          capacity: seats,
        },
      },
      (await park.park.manager(hub)).as,
    );
    return { id: createEvent.id, title };
  }

  async function signIn(tab: Tab, who: Person): Promise<void> {
    await tab.goto('/sign-in');
    await tab.page.getByLabel('이메일').fill(who.email);
    await tab.page.getByLabel('비밀번호').fill(PASSWORD);
    await tab.page.getByRole('button', { name: '로그인' }).click();
    await tab.page.getByRole('link', { name: who.displayName }).waitFor();
    // Signing in lands on the home page: let its query finish before a test counts requests.
    await tab.page.getByRole('region', { name: '나의 한 주' }).waitFor();
  }

  /** A main screen's checks at both widths: axe, a screenshot, nothing foreign, no CSP. */
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

  beforeAll(async () => {
    park = await startConsole();
    for (const slug of ['youth-hub', 'social-economy-centre', 'local-community-centre'] as const)
      await park.park.hub(slug);
    person = await park.park.newUser({ displayName: '한지우' });
    const youth = await park.park.hub('youth-hub');
    const social = await park.park.hub('social-economy-centre');

    // A booking: a room of the Youth Hub, booked by the person.
    const room = await park.park.newSpace(youth, { name: '모임방 나무' });
    roomName = room.name;
    await park.api.graphql.ok(
      `mutation Book($input: BookSpaceInput!) { bookSpace(input: $input) { id } }`,
      {
        input: {
          spaceId: room.id,
          startsAt: at(workdayAhead(3), '10:00'),
          endsAt: at(workdayAhead(3), '11:00'),
          purpose: 'Planning',
          attendees: 3,
        },
      },
      person.as,
    );

    // An RSVP on the waitlist: one seat, taken by someone else first.
    const full = await hostEvent('youth-hub', 5, 1);
    eventTitle = full.title;
    const RSVP = `mutation Rsvp($id: ID!) { rsvpEvent(id: $id) { id } }`;
    await park.api.graphql.ok(RSVP, { id: full.id }, (await park.park.newUser()).as);
    await park.api.graphql.ok(RSVP, { id: full.id }, person.as);
    await hostEvent('social-economy-centre', 6);

    // Thirteen members of the Youth Hub: a page of twelve, then "more".
    for (let first = 0; first < 13; first += 5) {
      await Promise.all(
        Array.from({ length: Math.min(5, 13 - first) }, () => park.park.newMember(youth)),
      );
    }

    // An application in progress: the person's stakeholder applied to the centre.
    const studio = await park.park.newStakeholder({ owner: person, name: '푸른 작업실' });
    await park.park.apply(social, studio);
  }, SET_UP_MS);
  afterAll(() => park?.close());

  it('shows the park to anyone: hubs, upcoming events and the search, in two requests', async () => {
    const tab = await Tab.open(park);
    const { page } = tab;
    // Counted until the page shows its data: a loaded machine may pause between requests.
    const requests = await tab.countingRequests(async () => {
      await tab.goto('/');
      await page.getByRole('link', { name: '서울청년허브' }).waitFor();
    });
    expect(requests).toEqual(['ResumeSession', 'ParkHome']);
    await page.getByRole('heading', { level: 1, name: '서울혁신파크 커먼즈' }).waitFor();
    await page.getByRole('link', { name: eventTitle }).waitFor();
    expect(await page.getByRole('heading', { name: '나의 한 주' }).count()).toBe(0);
    await checkScreen(tab, 'park-home');

    await page.getByRole('searchbox', { name: '이해관계자 검색' }).fill('작업실');
    await page.getByRole('button', { name: '검색' }).click();
    await page.waitForURL(/\/stakeholders\?search=/);
    expect(new URL(page.url()).searchParams.get('search')).toBe('작업실');
    await tab.close();
  });

  it('shows a signed-in person their week from the same request', async () => {
    const tab = await Tab.open(park);
    await signIn(tab, person);
    const week = tab.page.getByRole('region', { name: '나의 한 주' });
    const requests = await tab.countingRequests(async () => {
      await tab.goto('/');
      await week.waitFor();
    });
    expect(requests).toEqual(['ResumeSession', 'ParkHome']);
    await week.getByRole('link', { name: roomName }).waitFor();
    await week.getByText('대기 1번').waitFor();
    await week.getByRole('link', { name: eventTitle }).waitFor();
    await week.getByRole('link', { name: '서울시사회적경제지원센터' }).waitFor();
    await week.getByText('접수됨').waitFor();
    await checkScreen(tab, 'park-home-my-week');
    await tab.close();
  });

  it('applies to the Youth Hub through the form, then shows the staff’s approval', async () => {
    const owner = await park.park.newUser({ displayName: '박서연' });
    const collective = await park.park.newStakeholder({ owner, name: '청년 목공 모임' });
    const tab = await Tab.open(park);
    await signIn(tab, owner);
    const { page } = tab;
    const requests = await tab.countingRequests(async () => {
      await tab.goto('/hubs/youth-hub');
      await page.getByRole('heading', { level: 1, name: '서울청년허브' }).waitFor();
    });
    expect(requests).toEqual(['ResumeSession', 'HubPage']);
    await checkScreen(tab, 'hub');
    const members = page.getByRole('region', { name: /회원/ }).getByRole('listitem');
    expect(await members.count()).toBe(12);
    const more = await tab.countingRequests(() =>
      page.getByRole('button', { name: '회원 더 보기' }).click(),
    );
    expect(more).toEqual(['HubMoreMembers']);
    await members.nth(12).waitFor();
    expect(await page.getByRole('button', { name: '회원 더 보기' }).count()).toBe(0);

    // Too short a motivation is refused next to its field, and nothing is sent.
    const sent = tab.graphqlRequests.length;
    await page.getByLabel('신청하는 이해관계자').selectOption({ label: collective.name });
    await page.getByLabel('이용 형태').selectOption('RESIDENT');
    await page.getByLabel('신청 동기').fill('짧음');
    await page.getByRole('button', { name: '가입 신청하기' }).click();
    await page.getByText('신청 동기는 10자 이상 2000자 이하로 적어 주세요.').waitFor();
    expect(tab.graphqlRequests.length).toBe(sent);

    await page.getByLabel('신청 동기').fill('매주 목공 작업과 나눔 수업을 허브에서 열고 싶습니다.');
    const applying = await tab.countingRequests(() =>
      page.getByRole('button', { name: '가입 신청하기' }).click(),
    );
    expect(applying).toEqual(['ApplyToHub']);
    const application = page.getByRole('region', { name: collective.name });
    await application.getByText('접수됨').first().waitFor();
    await application.getByText('입주').waitFor();
    await application.getByRole('listitem').filter({ hasText: owner.displayName }).waitFor();
    // The stakeholder now holds an application here: no form to apply again.
    expect(await page.getByRole('button', { name: '가입 신청하기' }).count()).toBe(0);
    await checkScreen(tab, 'hub-applied');

    const membership = await park.api.prisma.membership.findFirstOrThrow({
      where: { stakeholderId: collective.id },
    });
    const admin = await park.park.admin();
    await park.api.graphql.ok(
      `mutation Review($id: ID!) { startMembershipReview(id: $id) { id } }`,
      { id: membership.id },
      admin.as,
    );
    await park.api.graphql.ok(
      `mutation Approve($id: ID!, $note: String) { approveMembership(id: $id, note: $note) { id } }`,
      { id: membership.id, note: '환영합니다' },
      admin.as,
    );
    await page.reload();
    await application.getByText('승인됨').first().waitFor();
    const steps = application.getByRole('listitem');
    expect(await steps.count()).toBe(3);
    await steps.filter({ hasText: admin.displayName }).filter({ hasText: '환영합니다' }).waitFor();
    expect(await application.getByRole('button', { name: '신청 철회' }).count()).toBe(0);
    await tab.close();
  });

  it('withdraws another application when the API allows it', async () => {
    const owner = await park.park.newUser({ displayName: '이도윤' });
    const circle = await park.park.newStakeholder({ owner, name: '동네 책 모임' });
    await park.park.apply(await park.park.hub('youth-hub'), circle);
    const tab = await Tab.open(park, PHONE);
    await signIn(tab, owner);
    await tab.goto('/hubs/youth-hub');
    const application = tab.page.getByRole('region', { name: circle.name });
    await application.getByText('접수됨').first().waitFor();
    const withdrawing = await tab.countingRequests(() =>
      application.getByRole('button', { name: '신청 철회' }).click(),
    );
    expect(withdrawing).toEqual(['WithdrawApplication']);
    await application.getByText('철회됨').first().waitFor();
    expect(await application.getByRole('button', { name: '신청 철회' }).count()).toBe(0);
    // Withdrawn, the stakeholder may apply again.
    await tab.page.getByRole('button', { name: '가입 신청하기' }).waitFor();
    expect(tab.problems).toEqual([]);
    await tab.close();
  });

  it('names the hub in the language chosen, and shows not-found for a hub that does not exist', async () => {
    const tab = await Tab.open(park);
    await tab.goto('/hubs/youth-hub');
    await tab.page.getByRole('button', { name: 'English' }).click();
    await tab.page.getByRole('heading', { level: 1, name: 'Youth Hub' }).waitFor();
    await tab.page.getByRole('link', { name: 'Sign in to apply' }).waitFor();
    await tab.goto('/hubs/no-such-hub');
    await tab.page.getByRole('heading', { name: 'Page not found' }).waitFor();
    expect(await tab.accessibilityViolations()).toEqual([]);
    await tab.close();
  });
});
