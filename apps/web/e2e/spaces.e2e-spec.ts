import { existsSync } from 'node:fs';
import {
  at,
  nextMonday,
  PASSWORD,
  Person,
  ROUND_THE_CLOCK,
  seoulDate,
  SET_UP_MS,
} from '../../api/test/support';
import { CHROMIUM, DESKTOP, ParkConsole, PHONE, startConsole, Tab } from './support/console';

// Booking a room from its week, seeing and cancelling it in my bookings, a policy breach next
// to its field, and a waitlist place for a full event. Times are next week's in Seoul, so the
// stories never depend on today; the browser runs in UTC to prove the screens read Seoul time.

const inBrowser = existsSync(CHROMIUM) ? describe : describe.skip;

async function signedIn(park: ParkConsole, who: Person, viewport = DESKTOP): Promise<Tab> {
  const tab = await Tab.open(park, viewport);
  // Land on a page that asks nothing, so no late request of the home page counts in the
  // first view measured next.
  await tab.goto(`/sign-in?next=${encodeURIComponent('/signed-in')}`);
  await tab.page.getByLabel('이메일').fill(who.email);
  await tab.page.getByLabel('비밀번호').fill(PASSWORD);
  await tab.page.getByRole('button', { name: '로그인' }).click();
  await tab.page.getByRole('link', { name: who.displayName }).waitFor();
  await tab.page.getByRole('heading', { name: '페이지를 찾을 수 없습니다' }).waitFor();
  return tab;
}

/** The text an input's aria-describedby points at. */
async function descriptionOf(tab: Tab, label: string): Promise<string> {
  const input = tab.page.getByLabel(label, { exact: true });
  const ids = ((await input.getAttribute('aria-describedby')) ?? '').split(' ').filter(Boolean);
  const texts = await Promise.all(ids.map((id) => tab.page.locator(`[id="${id}"]`).textContent()));
  return texts.join(' ');
}

/** Opens `route` afresh and checks its first view costs at most two GraphQL requests. */
async function firstView(tab: Tab, route: string, heading: string): Promise<void> {
  const sent = await tab.countingRequests(async () => {
    await tab.goto(route);
    await tab.page.getByRole('heading', { level: 1, name: heading }).waitFor();
  });
  expect(sent.length <= 2 ? [] : sent).toEqual([]);
}

async function checkScreen(tab: Tab, name: string): Promise<void> {
  expect(await tab.accessibilityViolations()).toEqual([]);
  await tab.screenshot(name);
}

inBrowser('spaces in the browser', () => {
  let park: ParkConsole;
  let space: { id: string; name: string };
  let member: Awaited<ReturnType<ParkConsole['park']['newMember']>>;
  const monday = nextMonday(7);
  const week = seoulDate(monday);

  beforeAll(async () => {
    park = await startConsole();
    const hub = await park.park.hub();
    member = await park.park.newMember(hub);
    space = await park.park.newSpace(hub, {
      policy: { memberOnly: true, maxDurationMinutes: 120, weeklyQuotaHours: 10 },
      capacity: 6,
    });
  }, SET_UP_MS);
  afterAll(() => park?.close());

  it('books a room from its week as an approved member, sees it, and cancels it', async () => {
    const tab = await signedIn(park, member.owner);
    const { page } = tab;
    const route = `/spaces/${space.id}?week=${week}`;
    await firstView(tab, route, space.name);
    await checkScreen(tab, 'space-week');

    await page.getByTestId(`cell-${week}-10:00`).getByRole('button').click();
    expect(await page.getByLabel('시작', { exact: true }).inputValue()).toBe('10:00');
    expect(await page.getByLabel('종료', { exact: true }).inputValue()).toBe('11:00');
    await page.getByLabel('사용 목적').fill('주간 기획 회의');
    await page.getByLabel('인원').fill('3');
    await page.getByLabel('예약 주체').selectOption(member.id);
    await page.getByText('이번 주 남은 예약 한도: 10시간.').waitFor();
    await page.getByRole('button', { name: '예약', exact: true }).click();
    await page.getByText('예약이 확정되었습니다').waitFor();
    await page.getByText('이번 주 남은 예약 한도: 9시간.').first().waitFor();
    await page.locator(`[data-testid="cell-${week}-10:00"][data-state="mine"]`).waitFor();
    expect(await page.getByTestId(`cell-${week}-10:30`).getAttribute('data-state')).toBe('mine');
    await checkScreen(tab, 'space-week-booked');

    await firstView(tab, '/me/bookings', '내 예약');
    const item = page.locator('.booking-item', { hasText: space.name });
    await item.getByText('확정').waitFor();
    await item.getByText('10:00–11:00').waitFor();
    await checkScreen(tab, 'my-bookings');
    await item.getByRole('button', { name: '예약 취소' }).click();
    const cancelling = await tab.countingRequests(() =>
      item.getByRole('button', { name: '네, 취소합니다' }).click(),
    );
    expect(cancelling).toEqual(['CancelMyBooking']);
    await item.getByText('취소됨').waitFor();
    expect(await item.getByRole('button', { name: '예약 취소' }).count()).toBe(0);
    expect(tab.foreignRequests()).toEqual([]);
    expect(tab.problems).toEqual([]);
    await tab.close();
  }, 120_000);

  it('shows a policy breach next to its field, in words, keeping what was typed', async () => {
    const tab = await signedIn(park, member.owner, PHONE);
    const { page } = tab;
    await firstView(tab, `/spaces/${space.id}?week=${week}`, space.name);
    await checkScreen(tab, 'space-week-phone');
    await page.getByTestId(`cell-${week}-14:00`).getByRole('button').click();
    await page.getByLabel('종료', { exact: true }).fill('17:00');
    await page.getByLabel('사용 목적').fill('긴 워크숍');
    await page.getByLabel('예약 주체').selectOption(member.id);
    await page.getByRole('button', { name: '예약', exact: true }).click();
    await page.getByText('한 번에 최대 120분까지 예약할 수 있습니다.').waitFor();
    expect(await descriptionOf(tab, '종료')).toContain(
      '한 번에 최대 120분까지 예약할 수 있습니다.',
    );
    expect(await page.getByLabel('사용 목적').inputValue()).toBe('긴 워크숍');
    await checkScreen(tab, 'space-booking-breach-phone');

    await firstView(tab, '/me/bookings', '내 예약');
    await checkScreen(tab, 'my-bookings-phone');
    expect(tab.problems).toEqual([]);
    await tab.close();
  }, 120_000);

  it('puts you on the waitlist of a full event with your place, and takes you off it', async () => {
    const hub = await park.park.hub();
    const manager = await park.park.manager(hub);
    const hall = await park.park.newSpace(hub, {
      kind: 'EVENT_HALL',
      capacity: 30,
      openingHours: ROUND_THE_CLOCK,
    });
    const { createEvent } = await park.api.graphql.ok<{ createEvent: { id: string } }>(
      `mutation Host($input: CreateEventInput!) { createEvent(input: $input) { id } }`,
      {
        input: {
          hubId: hub.id,
          spaceId: hall.id,
          title: '동네 저녁 모임',
          description: '음식과 음악, 이웃과 함께.',
          startsAt: at(monday + 2 * 86_400_000, '18:00'),
          endsAt: at(monday + 2 * 86_400_000, '20:00'),
          capacity: 1,
        },
      },
      manager.as,
    );
    const [going, waiting, viewer] = await park.park.newUsers(3, { label: 'neighbour' });
    for (const who of [going, waiting]) {
      await park.api.graphql.ok(
        `mutation Rsvp($id: ID!) { rsvpEvent(id: $id) { id } }`,
        { id: createEvent.id },
        who.as,
      );
    }

    for (const viewport of [DESKTOP, PHONE]) {
      const tab = await signedIn(park, viewer, viewport);
      const { page } = tab;
      const suffix = viewport === PHONE ? '-phone' : '';
      await firstView(tab, `/events/${createEvent.id}`, '동네 저녁 모임');
      await page.getByText('마감').waitFor();
      await page.getByText('1명 중 1명 참석').waitFor();
      await page.getByText('1명 대기 중').waitFor();
      await checkScreen(tab, `event${suffix}`);

      const joining = await tab.countingRequests(() =>
        page.getByRole('button', { name: '대기 명단에 올리기' }).click(),
      );
      expect(joining).toEqual(['RsvpEvent']);
      await page.getByText('대기 2번째입니다.').waitFor();
      await page.getByText('2명 대기 중').waitFor();
      await checkScreen(tab, `event-waitlisted${suffix}`);

      const leaving = await tab.countingRequests(() =>
        page.getByRole('button', { name: '대기 취소' }).click(),
      );
      expect(leaving).toEqual(['CancelRsvp']);
      await page.getByRole('button', { name: '대기 명단에 올리기' }).waitFor();
      await page.getByText('1명 대기 중').waitFor();
      expect(await page.getByText('대기 2번째입니다.').count()).toBe(0);
      expect(tab.foreignRequests()).toEqual([]);
      expect(tab.problems).toEqual([]);
      await tab.close();
    }
  }, 180_000);
});
