import { existsSync } from 'node:fs';
import {
  at,
  Hub,
  Member,
  nextMonday,
  PASSWORD,
  Person,
  ROUND_THE_CLOCK,
  seoulDate,
  SET_UP_MS,
} from '../../api/test/support';
import { CHROMIUM, DESKTOP, ParkConsole, PHONE, startConsole, Tab } from './support/console';

// The staff's spaces, calendar and events in the browser (issue 15): the Youth Hub's manager
// creates a room and changes its hours; approves a member's pending booking from the hub
// calendar (the member's bookings then show it confirmed); hosts an event from the calendar and
// cancels it, and the attendee is told; a plain member is refused by the pages and the API.
// Dates are two weeks ahead in Seoul (never today); the browser runs in UTC.

const inBrowser = existsSync(CHROMIUM) ? describe : describe.skip;
const STORY_MS = 240_000;

inBrowser('staff spaces, calendar and events in the browser', () => {
  let park: ParkConsole;
  let hub: Hub;
  let manager: Person;
  let member: Member;
  let plain: Person;
  let guest: Person;
  let room: { id: string; name: string };
  let hall: { id: string; name: string };
  let pendingId: string;
  const monday = nextMonday(14);
  const week = seoulDate(monday);
  const wednesday = seoulDate(monday + 2 * 24 * 60 * 60 * 1000);

  beforeAll(async () => {
    park = await startConsole();
    hub = await park.park.hub('youth-hub');
    manager = await park.park.hubStaff(hub, 'MANAGER', {
      displayName: park.park.unique('허브매니저'),
    });
    member = await park.park.newMember(hub);
    plain = await park.park.newUser({ label: 'plain' });
    guest = await park.park.newUser({ displayName: park.park.unique('참석자 김하늘') });
    room = await park.park.newSpace(hub, {
      name: park.park.unique('승인 회의실'),
      policy: { requiresApproval: true, bufferMinutes: 15 },
      openingHours: ROUND_THE_CLOCK,
      by: manager,
    });
    hall = await park.park.newSpace(hub, {
      name: park.park.unique('다목적홀'),
      kind: 'EVENT_HALL',
      capacity: 30,
      openingHours: ROUND_THE_CLOCK,
      by: manager,
    });
    const { bookSpace } = await park.api.graphql.ok<{ bookSpace: { id: string; status: string } }>(
      `mutation ($input: BookSpaceInput!) { bookSpace(input: $input) { id status } }`,
      {
        input: {
          spaceId: room.id,
          stakeholderId: member.id,
          startsAt: at(monday, '10:00'),
          endsAt: at(monday, '11:00'),
          purpose: '주간 기획 회의',
          attendees: 4,
        },
      },
      member.owner.as,
    );
    expect(bookSpace.status).toBe('PENDING');
    pendingId = bookSpace.id;
  }, SET_UP_MS);
  afterAll(() => park?.close());

  async function signedIn(person: Person, viewport = DESKTOP): Promise<Tab> {
    const tab = await Tab.open(park, viewport);
    await tab.goto(`/sign-in?next=${encodeURIComponent('/signed-in')}`);
    await tab.page.getByLabel('이메일').fill(person.email);
    await tab.page.getByLabel('비밀번호').fill(PASSWORD);
    await tab.page.getByRole('button', { name: '로그인' }).click();
    await tab.page.getByRole('link', { name: person.displayName }).waitFor();
    await tab.page.getByRole('heading', { name: '페이지를 찾을 수 없습니다' }).waitFor();
    return tab;
  }

  /** Opens `route` afresh: its first view costs at most two GraphQL requests. */
  async function firstView(tab: Tab, route: string, heading: string | RegExp): Promise<void> {
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

  it(
    'a hub manager creates a space and changes its opening hours',
    async () => {
      const tab = await signedIn(manager);
      const { page } = tab;
      await firstView(tab, '/staff/spaces', '공간');
      await checkScreen(tab, 'staff-spaces');

      const name = park.park.unique('청년 작업실');
      await page.getByRole('button', { name: '새 공간' }).click();
      await page.getByLabel('이름', { exact: true }).fill(name);
      await page.getByLabel('수용 인원').fill('12');
      await page.getByLabel('편의 시설').fill('스크린, 화이트보드');
      await page.getByLabel('예약 사이 완충 시간(분)').fill('10');
      await checkScreen(tab, 'staff-space-form');
      await page.getByRole('button', { name: '공간 만들기' }).click();
      await page.getByText(`${name}을(를) 저장했습니다.`).waitFor();
      const card = page.locator('li.card', { hasText: name });
      await card.getByText('월 09:00–18:00').waitFor();

      await card.getByRole('button', { name: `${name} 수정` }).click();
      await page.getByLabel('월 닫는 시간').fill('21:00');
      await page.getByLabel('토', { exact: true }).check();
      await page.getByLabel('토 여는 시간').fill('10:00');
      await page.getByLabel('토 닫는 시간').fill('25:00');
      await page.getByRole('button', { name: '저장', exact: true }).click();
      // The form's own check first: the field says what is wrong and nothing is sent.
      await page.getByText('HH:MM 형식의 시간(자정은 24:00).').waitFor();
      await page.getByLabel('토 닫는 시간').fill('16:00');
      const saving = await tab.countingRequests(() =>
        page.getByRole('button', { name: '저장', exact: true }).click(),
      );
      expect(saving).toEqual(['StaffUpdateSpace']);
      await card.getByText('월 09:00–21:00').waitFor();
      await card.getByText('토 10:00–16:00').waitFor();

      const { hub: saved } = await park.api.graphql.ok<{
        hub: { spaces: { name: string; amenities: string[]; openingHours: unknown[] }[] };
      }>(
        `query ($id: ID!) { hub(id: $id) { spaces { name amenities openingHours { weekday opens closes } } } }`,
        { id: hub.id },
      );
      const space = saved.spaces.find((s) => s.name === name);
      expect(space?.amenities).toEqual(['스크린', '화이트보드']);
      expect(space?.openingHours).toEqual(
        expect.arrayContaining([
          { weekday: 1, opens: '09:00', closes: '21:00' },
          { weekday: 6, opens: '10:00', closes: '16:00' },
        ]),
      );
      expect(tab.problems).toEqual([]);
      await tab.close();

      const phone = await signedIn(manager, PHONE);
      await firstView(phone, '/staff/spaces', '공간');
      await checkScreen(phone, 'staff-spaces-phone');
      await phone.close();
    },
    STORY_MS,
  );

  it(
    'approves a pending booking from the calendar, and the member sees it confirmed',
    async () => {
      const tab = await signedIn(manager);
      const { page } = tab;
      await firstView(tab, `/staff/calendar?hub=youth-hub&view=week&date=${week}`, '예약 달력');
      const block = page.getByTestId(`booking-${pendingId}`);
      await block.getByText('승인 대기').waitFor();
      await checkScreen(tab, 'staff-calendar-week');

      await block.click();
      const panel = page.locator('aside.booking-panel');
      await panel.getByText(member.name).waitFor();
      await panel.getByText('앞뒤로 15분').waitFor();
      await checkScreen(tab, 'staff-calendar-booking');
      const approving = await tab.countingRequests(() =>
        panel.getByRole('button', { name: '승인', exact: true }).click(),
      );
      expect(approving).toEqual(['StaffApproveBooking']);
      await panel.getByText('승인했습니다. 예약자에게 알렸습니다.').waitFor();
      await block.getByText('확정').waitFor();
      expect(await panel.getByRole('button', { name: '승인', exact: true }).count()).toBe(0);

      await page.getByRole('button', { name: '일', exact: true }).click();
      await page.getByTestId(`booking-${pendingId}`).getByText('확정').waitFor();
      await checkScreen(tab, 'staff-calendar-day');
      expect(tab.problems).toEqual([]);
      await tab.close();

      const phone = await signedIn(manager, PHONE);
      await firstView(phone, `/staff/calendar?hub=youth-hub&view=day&date=${week}`, '예약 달력');
      await checkScreen(phone, 'staff-calendar-day-phone');
      await phone.close();

      const mine = await signedIn(member.owner);
      await firstView(mine, '/me/bookings', '내 예약');
      const item = mine.page.locator('.booking-item', { hasText: room.name });
      await item.getByText('확정').waitFor();
      await mine.close();
    },
    STORY_MS,
  );

  it(
    'hosts an event from the calendar, cancels it, and its attendee is told',
    async () => {
      const tab = await signedIn(manager);
      const { page } = tab;
      await firstView(tab, `/staff/calendar?hub=youth-hub&view=day&date=${wednesday}`, '예약 달력');
      await page.getByRole('button', { name: '행사 열기' }).click();
      const form = page.locator('form', { has: page.getByRole('heading', { name: '행사 열기' }) });
      await form.getByLabel('제목').fill('청년 네트워킹의 밤');
      await form.getByLabel('공간', { exact: true }).selectOption({ label: hall.name });
      await form.getByLabel('좌석').fill('20');
      await checkScreen(tab, 'staff-event-host');
      await form.getByRole('button', { name: '행사 만들기' }).click();
      await page.getByRole('heading', { level: 1, name: '청년 네트워킹의 밤' }).waitFor();
      const eventId = new URL(page.url()).pathname.split('/').pop() as string;

      await park.api.graphql.ok(
        `mutation ($id: ID!) { rsvpEvent(id: $id) { id } }`,
        { id: eventId },
        guest.as,
      );
      await firstView(tab, `/staff/events/${eventId}`, '청년 네트워킹의 밤');
      await page.getByRole('heading', { name: '참석 (1)' }).waitFor();
      await page.getByText(guest.displayName).waitFor();
      await checkScreen(tab, 'staff-event');

      await page.getByRole('button', { name: '행사 수정' }).click();
      await page.getByLabel('좌석').fill('40');
      await page.getByRole('button', { name: '저장', exact: true }).click();
      await page
        .getByText(/수용 인원/)
        .first()
        .waitFor();
      await page.getByLabel('좌석').fill('25');
      await page.getByRole('button', { name: '저장', exact: true }).click();
      await page.getByText('25석 중 1석, 대기 0명').waitFor();

      await page.getByRole('button', { name: '행사 취소' }).click();
      await page.getByText('좌석이나 대기 순번이 있는 1명에게 모두 알림이 갑니다.').waitFor();
      await page.getByLabel(/사유/).fill('공간 공사');
      const cancelling = await tab.countingRequests(() =>
        page.getByRole('button', { name: '행사 취소하기' }).click(),
      );
      expect(cancelling).toEqual(['StaffCancelEvent']);
      await page.getByText('참석자와 대기자 1명에게 알렸습니다.', { exact: false }).waitFor();
      expect(await page.getByRole('button', { name: '행사 수정' }).count()).toBe(0);
      await checkScreen(tab, 'staff-event-cancelled');
      expect(tab.problems).toEqual([]);
      await tab.close();

      const phone = await signedIn(manager, PHONE);
      await firstView(phone, `/staff/events/${eventId}`, '청년 네트워킹의 밤');
      await checkScreen(phone, 'staff-event-phone');
      await phone.close();

      const told = await signedIn(guest);
      await firstView(told, '/notifications', '알림');
      await told.page.getByText(/청년 네트워킹의 밤.*행사가 취소되었습니다/).waitFor();
      await told.close();
    },
    STORY_MS,
  );

  it(
    'refuses a plain member: the not-allowed page on each route, FORBIDDEN from the API',
    async () => {
      const tab = await signedIn(plain);
      for (const route of [
        '/staff/spaces',
        `/staff/calendar?hub=youth-hub&date=${week}`,
        '/staff/events/00000000-0000-4000-8000-000000000000',
      ]) {
        await tab.goto(route);
        await tab.page.getByRole('heading', { level: 1, name: '파크 운영진 전용' }).waitFor();
      }
      await checkScreen(tab, 'staff-spaces-not-allowed');
      await tab.close();

      const approve = await park.api.graphql.errorCode(
        `mutation ($id: ID!) { approveBooking(id: $id) { id } }`,
        { id: pendingId },
        plain.as,
      );
      expect(approve.extensions.code).toBe('FORBIDDEN');
      const calendar = await park.api.graphql.errorCode(
        `query ($hubId: ID!, $from: DateTime, $to: DateTime) {
        bookings(hubId: $hubId, from: $from, to: $to) { totalCount } }`,
        { hubId: hub.id, from: at(monday, '00:00'), to: at(monday + 7 * 86_400_000, '00:00') },
        member.owner.as,
      );
      expect(calendar.extensions.code).toBe('FORBIDDEN');
    },
    STORY_MS,
  );
});
