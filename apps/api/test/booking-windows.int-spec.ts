import { AuthUser } from '@park/platform/auth';
import { DomainError } from '@park/platform/graphql';
import { BookingService, NoShowSweeper } from '@park/spaces';
import { Hub, Park, Person, Stakeholder, startPark } from './support/park';
import { SET_UP_MS, TestApi } from './support/test-api';
import {
  at,
  DAY_MS,
  fromNow,
  HOUR_MS,
  midnightAhead,
  ROUND_THE_CLOCK,
  seoul,
  seoulMidnight,
} from './support/time';

// When a booking may be cancelled and checked in, when it becomes a no-show, and how much of
// the weekly quota is left: the fields say what the mutations, the sweep and the policy do. The
// rules run at a fixed clock (a Monday morning in Seoul, years ahead) through BookingService,
// as in booking-service.int-spec; the fields are read over GraphQL, where they need no clock.
// The grace period is set to 20 minutes, to show noShowAt follows the configuration.

const NOW = seoul('2031-03-03T09:00'); // a Monday
const MONDAY = seoulMidnight(NOW.getTime());
const THURSDAY = MONDAY + 3 * DAY_MS;
const GRACE_MINUTES = 20;
const MS = 1;

let api: TestApi;
let park: Park;
let bookings: BookingService;
let youth: Hub;
let booker: Person;
let outsider: Person;
let collective: Stakeholder;

const viewer = (who: Person): AuthUser => ({
  id: who.id,
  role: 'MEMBER',
  sessionId: 'booking-windows-test',
  emailVerified: true,
});

const TIMES = `id status startsAt endsAt cancellableUntil checkInOpensAt checkInClosesAt noShowAt
  weeklyQuotaLeft`;
interface Times {
  id: string;
  status: string;
  cancellableUntil: string | null;
  checkInOpensAt: string | null;
  checkInClosesAt: string | null;
  noShowAt: string | null;
  weeklyQuotaLeft: number | null;
}

/** The booker's bookings of the week of `day`, as the API shows them. */
async function mine(day = THURSDAY): Promise<Map<string, Times>> {
  const { myBookings } = await api.graphql.ok<{
    myBookings: { pageInfo: { hasNextPage: boolean }; edges: { node: Times }[] };
  }>(
    `query ($from: DateTime!, $to: DateTime!) { myBookings(from: $from, to: $to, first: 100) {
      pageInfo { hasNextPage } edges { node { ${TIMES} } } } }`,
    {
      from: new Date(day - 7 * DAY_MS).toISOString(),
      to: new Date(day + 7 * DAY_MS).toISOString(),
    },
    booker.as,
  );
  // One page holds the fortnight: none is left off.
  expect(myBookings.pageInfo.hasNextPage).toBe(false);
  return new Map(myBookings.edges.map(({ node }) => [node.id, node]));
}

async function book(spaceId: string, from: string, to: string, day = THURSDAY) {
  return bookings.book(
    viewer(booker),
    {
      spaceId,
      stakeholderId: collective.id,
      startsAt: new Date(at(day, from)),
      endsAt: new Date(at(day, to)),
      purpose: 'Planning',
      attendees: 3,
    },
    NOW,
  );
}

async function refusedAt(id: string, action: 'cancel' | 'checkIn', now: Date) {
  const before = await api.prisma.booking.findUniqueOrThrow({ where: { id } });
  const error = await bookings.act(viewer(booker), id, action, undefined, now).catch((e) => e);
  expect(error).toBeInstanceOf(DomainError);
  expect([error.code, error.details?.fields]).toEqual(['BAD_USER_INPUT', ['id']]);
  expect(await api.prisma.booking.findUniqueOrThrow({ where: { id } })).toEqual(before);
}

beforeAll(async () => {
  ({ api, park } = await startPark({ NO_SHOW_GRACE_MINUTES: String(GRACE_MINUTES) }));
  bookings = api.app.get(BookingService);
  youth = await park.hub('youth-hub');
  booker = await park.newUser({ label: 'booker' });
  outsider = await park.newUser({ label: 'outsider' });
  collective = await park.newStakeholder({ owner: booker });
}, SET_UP_MS);
afterAll(() => api.close());

describe('a booking’s times', () => {
  let roomId: string;
  beforeAll(async () => {
    roomId = (await park.newSpace(youth, { openingHours: ROUND_THE_CLOCK })).id;
  });

  it('a CONFIRMED booking: cancellable until its end, check-in from 15 minutes before, a no-show after the grace period', async () => {
    const { id } = await book(roomId, '10:00', '11:00');
    expect((await mine()).get(id)).toMatchObject({
      status: 'CONFIRMED',
      cancellableUntil: at(THURSDAY, '11:00'),
      checkInOpensAt: at(THURSDAY, '09:45'),
      checkInClosesAt: at(THURSDAY, '11:00'),
      noShowAt: at(THURSDAY, '10:20'),
    });
  });

  it('check-in is refused a moment before checkInOpensAt and taken at it', async () => {
    const { id } = await book(roomId, '12:00', '13:00');
    const opens = new Date(at(THURSDAY, '11:45'));
    await refusedAt(id, 'checkIn', new Date(opens.getTime() - MS));
    const checkedIn = await bookings.act(viewer(booker), id, 'checkIn', undefined, opens);
    expect(checkedIn.status).toBe('CHECKED_IN');
    expect((await mine()).get(id)).toMatchObject({
      cancellableUntil: null,
      checkInOpensAt: null,
      checkInClosesAt: null,
      noShowAt: null,
    });
  });

  it('check-in is refused at checkInClosesAt, cancelling at cancellableUntil; a moment before, cancelling is taken', async () => {
    const { id } = await book(roomId, '14:00', '15:00');
    const end = new Date(at(THURSDAY, '15:00'));
    await refusedAt(id, 'checkIn', end);
    await refusedAt(id, 'cancel', end);
    const cancelled = await bookings.act(
      viewer(booker),
      id,
      'cancel',
      undefined,
      new Date(end.getTime() - MS),
    );
    expect(cancelled.status).toBe('CANCELLED');
    expect((await mine()).get(id)).toMatchObject({ cancellableUntil: null, noShowAt: null });
  });

  it('the no-show sweep leaves a booking alone at noShowAt and releases it just after', async () => {
    const { id } = await book(roomId, '16:00', '17:00');
    const noShowAt = new Date((await mine()).get(id)?.noShowAt as string);
    const sweeper = api.app.get(NoShowSweeper);
    await sweeper.sweep(noShowAt);
    expect((await api.prisma.booking.findUniqueOrThrow({ where: { id } })).status).toBe(
      'CONFIRMED',
    );
    await sweeper.sweep(new Date(noShowAt.getTime() + MS));
    expect((await api.prisma.booking.findUniqueOrThrow({ where: { id } })).status).toBe('NO_SHOW');
    expect((await mine()).get(id)).toMatchObject({
      cancellableUntil: null,
      checkInOpensAt: null,
      noShowAt: null,
    });
  });

  it('a PENDING booking may be cancelled until its end, and has no check-in or no-show yet', async () => {
    const { id: spaceId } = await park.newSpace(youth, {
      policy: { requiresApproval: true },
      openingHours: ROUND_THE_CLOCK,
    });
    const { id } = await book(spaceId, '10:00', '11:30');
    expect((await mine()).get(id)).toMatchObject({
      status: 'PENDING',
      cancellableUntil: at(THURSDAY, '11:30'),
      checkInOpensAt: null,
      checkInClosesAt: null,
      noShowAt: null,
    });
  });

  it('an event’s booking is never a no-show: the sweep leaves it alone', async () => {
    const manager = await park.manager(youth);
    const { id: hall } = await park.newSpace(youth, {
      kind: 'EVENT_HALL',
      openingHours: ROUND_THE_CLOCK,
    });
    const startsAt = fromNow(3 * 24 * 60);
    await api.graphql.ok(
      `mutation ($input: CreateEventInput!) { createEvent(input: $input) { id } }`,
      {
        input: {
          hubId: youth.id,
          spaceId: hall,
          title: park.unique('Open evening'),
          description: 'Neighbours meet.',
          startsAt,
          endsAt: new Date(Date.parse(startsAt) + HOUR_MS).toISOString(),
          capacity: 5,
        },
      },
      manager.as,
    );
    const { spaceBookings } = await api.graphql.ok<{
      spaceBookings: { edges: { node: Times }[] };
    }>(
      `query ($spaceId: ID!, $from: DateTime!, $to: DateTime!) {
        spaceBookings(spaceId: $spaceId, from: $from, to: $to) { edges { node { ${TIMES} } } } }`,
      { spaceId: hall, from: fromNow(0), to: at(midnightAhead(7), '00:00') },
      manager.as,
    );
    expect(spaceBookings.edges).toHaveLength(1);
    expect(spaceBookings.edges[0].node).toMatchObject({ status: 'CONFIRMED', noShowAt: null });
    expect(spaceBookings.edges[0].node.checkInOpensAt).not.toBeNull();
  });
});

describe('the weekly quota left', () => {
  const QUOTA = `query ($spaceId: ID!, $stakeholderId: ID!, $weekOf: DateTime!) {
    space(id: $spaceId) { weeklyQuotaLeft(stakeholderId: $stakeholderId, weekOf: $weekOf) } }`;
  const left = async (spaceId: string, who: Person | null, weekOf = at(THURSDAY2, '12:00')) => {
    const { space } = await api.graphql.ok<{ space: { weeklyQuotaLeft: number | null } }>(
      QUOTA,
      { spaceId, stakeholderId: collective.id, weekOf },
      who?.as ?? {},
    );
    return space.weeklyQuotaLeft;
  };
  // The week after the first describe's: its bookings are the collective's too.
  const MONDAY2 = MONDAY + 7 * DAY_MS;
  const THURSDAY2 = THURSDAY + 7 * DAY_MS;
  let roomId: string;
  let otherRoomId: string;

  beforeAll(async () => {
    // Two rooms of the hub: the quota counts the stakeholder's hours in the hub's spaces.
    const policy = { weeklyQuotaHours: 3 };
    roomId = (await park.newSpace(youth, { policy, openingHours: ROUND_THE_CLOCK })).id;
    otherRoomId = (await park.newSpace(youth, { policy, openingHours: ROUND_THE_CLOCK })).id;
  });

  it('counts the stakeholder’s hours in the hub that week, on the booking and on the space before booking', async () => {
    expect(await left(roomId, booker)).toBe(3);
    const first = await book(roomId, '09:00', '10:00', MONDAY2 + DAY_MS);
    const second = await book(otherRoomId, '09:00', '09:30', THURSDAY2);
    const shown = await mine(THURSDAY2);
    expect([shown.get(first.id)?.weeklyQuotaLeft, shown.get(second.id)?.weeklyQuotaLeft]).toEqual([
      1.5, 1.5,
    ]);
    expect(await left(roomId, booker)).toBe(1.5);
    // The next week starts with the whole quota (Monday 00:00 Seoul).
    expect(await left(roomId, booker, new Date(MONDAY2 + 7 * DAY_MS).toISOString())).toBe(3);
  });

  it('a booking of exactly what is left is taken; then anything more is refused (WEEKLY_QUOTA)', async () => {
    const rest = await book(roomId, '13:00', '14:30', THURSDAY2);
    expect((await mine(THURSDAY2)).get(rest.id)?.weeklyQuotaLeft).toBe(0);
    expect(await left(otherRoomId, booker)).toBe(0);
    const error = await book(roomId, '15:00', '15:15', THURSDAY2).catch((e) => e);
    expect(error).toBeInstanceOf(DomainError);
    expect(error.details.fields).toEqual(['stakeholderId']);
    expect(error.message + JSON.stringify(error.details)).toContain('WEEKLY_QUOTA');
  });

  it('is null for anyone but the stakeholder’s people and staff, and where the space sets no quota', async () => {
    expect(await left(roomId, outsider)).toBeNull();
    expect(await left(roomId, null)).toBeNull();
    expect(await left(roomId, await park.manager(youth))).toBe(0);
    const { id: free } = await park.newSpace(youth, { openingHours: ROUND_THE_CLOCK });
    expect(await left(free, booker)).toBeNull();
  });

  it('refuses a malformed stakeholder id, naming the argument', async () => {
    const error = await api.graphql.errorCode(
      QUOTA,
      { spaceId: roomId, stakeholderId: 'not-an-id', weekOf: at(THURSDAY2, '12:00') },
      booker.as,
    );
    expect(error.extensions.code).toBe('BAD_USER_INPUT');
    expect(error.extensions.fields).toEqual(['stakeholderId']);
  });
});
