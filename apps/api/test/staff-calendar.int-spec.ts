import { Hub, Park, Person, startPark } from './support/park';
import { SET_UP_MS, TestApi } from './support/test-api';
import { at, DAY_MS, nextMonday, ROUND_THE_CLOCK } from './support/time';

// What the staff console's calendar and event screens ask of the API (issue 15): a hub's
// bookings over a day or a week in one page whatever its number of rooms, booking at the desk
// for any stakeholder, and an event's organiser or staff editing it, cancelling it (its people
// are told) and reading who holds a place.

const WEEK = `query Week($hubId: ID!, $from: DateTime, $to: DateTime, $first: Int) {
  bookings(hubId: $hubId, from: $from, to: $to, first: $first) {
    totalCount
    edges { node { id startsAt status space { id name } stakeholder { id } booker { id }
      event { id title } } } } }`;
const BOOK = `mutation Book($input: BookSpaceInput!) {
  bookSpace(input: $input) { id status stakeholder { id } } }`;
const HOST = `mutation Host($input: CreateEventInput!) { createEvent(input: $input) { id } }`;
const RSVP = `mutation Rsvp($id: ID!) { rsvpEvent(id: $id) { id } }`;
const EVENT_FIELDS = `id title description capacity attendeeCount waitlistCount cancelledAt
  viewerCanManage booking { id status } rsvps { status waitlistPosition user { id } }`;
const EVENT = `query Event($id: ID!) { event(id: $id) { ${EVENT_FIELDS} } }`;
const UPDATE = `mutation Update($id: ID!, $input: UpdateEventInput!) {
  updateEvent(id: $id, input: $input) { ${EVENT_FIELDS} } }`;
const CANCEL = `mutation Cancel($id: ID!, $reason: String) {
  cancelEvent(id: $id, reason: $reason) { ${EVENT_FIELDS} } }`;
const NOTICES = `query Notices { notifications(first: 20) { edges { node { kind entityId } } } }`;

interface EventView {
  id: string;
  title: string;
  description: string;
  capacity: number;
  attendeeCount: number;
  waitlistCount: number;
  cancelledAt: string | null;
  viewerCanManage: boolean;
  booking: { id: string; status: string } | null;
  rsvps: { status: string; waitlistPosition: number | null; user: { id: string } }[] | null;
}

let api: TestApi;
let park: Park;
let youth: Hub;
let manager: Person;
let member: Person;
/** Two Mondays ahead at Seoul midnight: never today, always inside the booking window. */
let monday: number;

beforeAll(async () => {
  ({ api, park } = await startPark());
  youth = await park.hub('youth-hub');
  manager = await park.manager(youth);
  member = (await park.newMember(youth)).owner;
  monday = nextMonday(14);
}, SET_UP_MS);

afterAll(() => api.close());

async function statements(work: () => Promise<unknown>): Promise<number> {
  const before = api.prisma.statementCount;
  await work();
  return api.prisma.statementCount - before;
}

/** A hub (of its own, so counts are its) with `rooms` rooms and a booking in each every day. */
async function busyHub(slug: 'social-economy-centre' | 'local-community-centre', rooms: number) {
  const hub = await park.hub(slug);
  const staff = await park.manager(hub);
  for (let room = 0; room < rooms; room += 1) {
    const space = await park.newSpace(hub, { openingHours: ROUND_THE_CLOCK, by: staff });
    for (let day = 0; day < 3; day += 1) {
      await api.graphql.ok(
        BOOK,
        {
          input: {
            spaceId: space.id,
            startsAt: at(monday + day * DAY_MS, '10:00'),
            endsAt: at(monday + day * DAY_MS, '11:00'),
            purpose: 'Team day',
            attendees: 2,
          },
        },
        staff.as,
      );
    }
  }
  return { hub, staff };
}

describe('a hub’s calendar', () => {
  it('reads a week of every room in one page, in the same statements for 1 room or 4', async () => {
    const small = await busyHub('social-economy-centre', 1);
    const large = await busyHub('local-community-centre', 4);
    const week = (hub: Hub, staff: Person) =>
      api.graphql.ok<{ bookings: { totalCount: number; edges: unknown[] } }>(
        WEEK,
        {
          hubId: hub.id,
          from: new Date(monday).toISOString(),
          to: new Date(monday + 7 * DAY_MS).toISOString(),
          first: 100,
        },
        staff.as,
      );
    expect((await week(small.hub, small.staff)).bookings.totalCount).toBe(3);
    expect((await week(large.hub, large.staff)).bookings.totalCount).toBe(12);
    const few = await statements(() => week(small.hub, small.staff));
    const many = await statements(() => week(large.hub, large.staff));
    expect(many).toBe(few);
    expect(many).toBeLessThanOrEqual(8);

    // Only that window: a day of it holds one booking per room.
    const day = await api.graphql.ok<{ bookings: { totalCount: number } }>(
      WEEK,
      {
        hubId: large.hub.id,
        from: new Date(monday + DAY_MS).toISOString(),
        to: new Date(monday + 2 * DAY_MS).toISOString(),
      },
      large.staff.as,
    );
    expect(day.bookings.totalCount).toBe(4);
  });

  it('reads the same week on the hub found by slug, for its staff only', async () => {
    const HUB_WEEK = `query HubWeek($slug: String!, $from: DateTime!, $to: DateTime!) {
      hub(slug: $slug) { id bookings(from: $from, to: $to, first: 100) { totalCount } } }`;
    const { hub, staff } = await busyHub('local-community-centre', 0);
    const window = {
      slug: hub.slug,
      from: new Date(monday).toISOString(),
      to: new Date(monday + 7 * DAY_MS).toISOString(),
    };
    const seen = await api.graphql.ok<{ hub: { bookings: { totalCount: number } } }>(
      HUB_WEEK,
      window,
      staff.as,
    );
    expect(seen.hub.bookings.totalCount).toBe(12);
    const refused = await api.graphql.errorCode(HUB_WEEK, window, member.as);
    expect(refused).toMatchObject({
      path: ['hub', 'bookings'],
      extensions: { code: 'FORBIDDEN' },
    });
  });

  it('refuses half a window, a window over 62 days, and anyone but the hub’s staff', async () => {
    const from = new Date(monday).toISOString();
    const half = await api.graphql.errorCode(WEEK, { hubId: youth.id, from }, manager.as);
    expect(half.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['to'] });
    const long = await api.graphql.errorCode(
      WEEK,
      { hubId: youth.id, from, to: new Date(monday + 63 * DAY_MS).toISOString() },
      manager.as,
    );
    expect(long.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['to'] });
    const stranger = await api.graphql.errorCode(
      WEEK,
      { hubId: youth.id, from, to: new Date(monday + DAY_MS).toISOString() },
      member.as,
    );
    expect(stranger.extensions.code).toBe('FORBIDDEN');
  });
});

describe('booking at the desk', () => {
  it('lets the hub’s staff book for any stakeholder, and no one else', async () => {
    const room = await park.newSpace(youth, { openingHours: ROUND_THE_CLOCK });
    const stranger = await park.newStakeholder();
    const input = (hour: string) => ({
      spaceId: room.id,
      startsAt: at(monday, hour),
      endsAt: at(monday, `${hour.slice(0, 2)}:30`),
      purpose: 'Walk-in',
      attendees: 1,
      stakeholderId: stranger.id,
    });
    const { bookSpace } = await api.graphql.ok<{ bookSpace: { stakeholder: { id: string } } }>(
      BOOK,
      { input: input('09:00') },
      manager.as,
    );
    expect(bookSpace.stakeholder.id).toBe(stranger.id);
    const refused = await api.graphql.errorCode(BOOK, { input: input('11:00') }, member.as);
    expect(refused.extensions.code).toBe('FORBIDDEN');
    const unknown = await api.graphql.errorCode(
      BOOK,
      { input: { ...input('12:00'), stakeholderId: '00000000-0000-4000-8000-000000000000' } },
      manager.as,
    );
    expect(unknown.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['stakeholderId'] });
  });
});

describe('an event’s organiser and staff', () => {
  async function hostEvent(capacity: number) {
    const hall = await park.newSpace(youth, {
      openingHours: ROUND_THE_CLOCK,
      kind: 'EVENT_HALL',
      capacity: 30,
    });
    const { createEvent } = await api.graphql.ok<{ createEvent: { id: string } }>(
      HOST,
      {
        input: {
          hubId: youth.id,
          spaceId: hall.id,
          title: 'Open studio',
          startsAt: at(monday + 2 * DAY_MS, '18:00'),
          endsAt: at(monday + 2 * DAY_MS, '20:00'),
          capacity,
        },
      },
      manager.as,
    );
    return createEvent.id;
  }

  it('edits it, and more seats take the waitlist up in order, each told', async () => {
    const id = await hostEvent(1);
    const [first, second, third] = await park.newUsers(3, { label: 'guest' });
    for (const guest of [first, second, third]) await api.graphql.ok(RSVP, { id }, guest.as);

    const seen = await api.graphql.ok<{ event: EventView }>(EVENT, { id }, manager.as);
    expect(seen.event.viewerCanManage).toBe(true);
    expect(seen.event.rsvps).toEqual([
      { status: 'GOING', waitlistPosition: null, user: { id: first.id } },
      { status: 'WAITLISTED', waitlistPosition: 1, user: { id: second.id } },
      { status: 'WAITLISTED', waitlistPosition: 2, user: { id: third.id } },
    ]);
    const guestView = await api.graphql.ok<{ event: EventView }>(EVENT, { id }, first.as);
    expect(guestView.event).toMatchObject({ viewerCanManage: false, rsvps: null, booking: null });

    const { updateEvent } = await api.graphql.ok<{ updateEvent: EventView }>(
      UPDATE,
      { id, input: { title: 'Open studio night', capacity: 2 } },
      manager.as,
    );
    expect(updateEvent).toMatchObject({
      title: 'Open studio night',
      capacity: 2,
      attendeeCount: 2,
      waitlistCount: 1,
    });
    const told = await api.graphql.ok<{
      notifications: { edges: { node: { kind: string; entityId: string } }[] };
    }>(NOTICES, {}, second.as);
    expect(told.notifications.edges.map((edge) => edge.node)).toContainEqual({
      kind: 'EVENT_WAITLIST_PROMOTED',
      entityId: id,
    });

    const tooFew = await api.graphql.errorCode(UPDATE, { id, input: { capacity: 1 } }, manager.as);
    expect(tooFew.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['capacity'] });
    const tooMany = await api.graphql.errorCode(
      UPDATE,
      { id, input: { capacity: 31 } },
      manager.as,
    );
    expect(tooMany.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['capacity'] });
    const byGuest = await api.graphql.errorCode(UPDATE, { id, input: { title: 'Mine' } }, first.as);
    expect(byGuest.extensions.code).toBe('FORBIDDEN');
    const after = await api.graphql.ok<{ event: EventView }>(EVENT, { id }, manager.as);
    expect(after.event).toMatchObject({ title: 'Open studio night', capacity: 2 });
  });

  it('cancels it: its booking is cancelled and everyone holding a place is told', async () => {
    const id = await hostEvent(1);
    const [going, waiting] = await park.newUsers(2, { label: 'guest' });
    for (const guest of [going, waiting]) await api.graphql.ok(RSVP, { id }, guest.as);

    const byGuest = await api.graphql.errorCode(CANCEL, { id }, going.as);
    expect(byGuest.extensions.code).toBe('FORBIDDEN');

    const { cancelEvent } = await api.graphql.ok<{ cancelEvent: EventView }>(
      CANCEL,
      { id, reason: 'The hall floods' },
      manager.as,
    );
    expect(cancelEvent).toMatchObject({
      viewerCanManage: false,
      attendeeCount: 0,
      waitlistCount: 0,
      booking: { status: 'CANCELLED' },
      rsvps: [],
    });
    expect(cancelEvent.cancelledAt).not.toBeNull();
    for (const guest of [going, waiting]) {
      const told = await api.graphql.ok<{
        notifications: { edges: { node: { kind: string; entityId: string } }[] };
      }>(NOTICES, {}, guest.as);
      expect(told.notifications.edges.map((edge) => edge.node)).toContainEqual({
        kind: 'EVENT_CANCELLED',
        entityId: id,
      });
    }
    const again = await api.graphql.errorCode(CANCEL, { id }, manager.as);
    expect(again.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['id'] });

    // The calendar shows the booking with its event.
    const week = await api.graphql.ok<{
      bookings: { edges: { node: { status: string; event: { id: string } | null } }[] };
    }>(
      WEEK,
      {
        hubId: youth.id,
        from: new Date(monday + 2 * DAY_MS).toISOString(),
        to: new Date(monday + 3 * DAY_MS).toISOString(),
      },
      manager.as,
    );
    expect(week.bookings.edges.map((edge) => edge.node)).toContainEqual(
      expect.objectContaining({ status: 'CANCELLED', event: { id, title: 'Open studio' } }),
    );
  });
});
