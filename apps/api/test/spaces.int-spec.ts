import { GraphqlError } from '@park/platform/testing';
import { NoShowSweeper } from '@park/spaces';
import { Park, Person, startPark } from './support/park';
import { SET_UP_MS, TestApi } from './support/test-api';
import { at, DAY_MS, dayAhead, HOUR_MS, MINUTE_MS, ROUND_THE_CLOCK, WEEK_MS } from './support/time';

// Time in a space: the free intervals `availability` offers, weekly series, the calendars
// (`myBookings`, `spaceBookings`) and the no-show job that frees slots nobody turned up for.
// Managing spaces: spaces-manage.int-spec.ts; single bookings and their moves: booking-policy / booking-moves.int-spec.ts.

const ADMIN = 'park admin';
const YOUTH_MANAGER = 'youth manager';
const SOCIAL_MANAGER = 'social-economy manager';
/** Owners of two stakeholders of their own: signed-in people who book, staff of nothing. */
const MEMBER = 'member';
const OTHER = 'other';
/** Books only in the calendar stories, so their days hold nothing else of theirs, whatever the date. */
const DIARIST = 'diarist';
const ANONYMOUS = 'anonymous';
const NOBODY = '00000000-0000-4000-8000-000000000000';

type Variables = Record<string, unknown>;
interface Slot {
  startsAt: string;
  endsAt: string;
}

const BOOK = `mutation Book($input: BookSpaceInput!) { bookSpace(input: $input) { id status } }`;
const SERIES = `mutation Series($input: BookSeriesInput!) {
  bookSpaceSeries(input: $input) { seriesId booked { id startsAt seriesId status }
    skipped { startsAt endsAt code reason } } }`;
const AVAILABILITY = `query Free($spaceId: ID!, $from: DateTime!, $to: DateTime!) {
  availability(spaceId: $spaceId, from: $from, to: $to) { startsAt endsAt } }`;
const MINE = `query Mine($from: DateTime!, $to: DateTime!) {
  myBookings(from: $from, to: $to) { edges { node { id status startsAt space { id } } } } }`;
const CALENDAR = `query Calendar($spaceId: ID!, $from: DateTime!, $to: DateTime!) {
  spaceBookings(spaceId: $spaceId, from: $from, to: $to) { edges { node {
    id status startsAt booker { displayName } space { name } history { action } } } } }`;

/** A connection's nodes, in order. */
type Edges<T> = { edges: { node: T }[] };
const nodes = <T>(page: Edges<T>): T[] => page.edges.map((edge) => edge.node);

let api: TestApi;
const tokens: Record<string, string | undefined> = { [ANONYMOUS]: undefined };
const ids: Record<string, string> = {};
let youthHub: string;
let sequence = 0;

const as = (who: string) => ({ token: tokens[who] });
const refusal = (who: string, query: string, variables: Variables): Promise<GraphqlError> =>
  api.graphql.errorCode(query, variables, as(who));

const interval = (day: number, from: string, to: string): Slot => ({
  startsAt: at(day, from),
  endsAt: at(day, to),
});

/** A fresh Youth Hub room with the policy and hours a story needs. */
async function room(
  policy: Variables = {},
  openingHours = [1, 2, 3, 4, 5].map((weekday) => ({ weekday, opens: '09:00', closes: '18:00' })),
): Promise<string> {
  sequence += 1;
  const { createSpace } = await api.graphql.ok<{ createSpace: { id: string } }>(
    `mutation Create($input: CreateSpaceInput!) { createSpace(input: $input) { id } }`,
    {
      input: {
        hubId: youthHub,
        name: `Calendar Story Room ${sequence}`,
        kind: 'MEETING_ROOM',
        capacity: 8,
        policy,
        openingHours,
      },
    },
    as(YOUTH_MANAGER),
  );
  return createSpace.id;
}

const request = (spaceId: string, { startsAt, endsAt }: Slot) => ({
  spaceId,
  startsAt,
  endsAt,
  purpose: 'Planning',
  attendees: 3,
});

async function book(who: string, spaceId: string, slot: Slot) {
  const data = await api.graphql.ok<{ bookSpace: { id: string; status: string } }>(
    BOOK,
    { input: request(spaceId, slot) },
    as(who),
  );
  return data.bookSpace;
}

async function free(spaceId: string, from: string, to: string, who = ANONYMOUS): Promise<Slot[]> {
  const data = await api.graphql.ok<{ availability: Slot[] }>(
    AVAILABILITY,
    { spaceId, from, to },
    as(who),
  );
  return data.availability;
}

async function statusOf(id: string): Promise<string> {
  return (await api.prisma.booking.findUniqueOrThrow({ where: { id } })).status;
}

describe('spaces: free time, series, calendars and no-shows', () => {
  beforeAll(async () => {
    let park: Park;
    ({ api, park } = await startPark());
    const youth = await park.hub('youth-hub');
    youthHub = youth.id;
    const cast: [string, Person][] = [
      [ADMIN, await park.admin()],
      [YOUTH_MANAGER, await park.manager(youth)],
      [SOCIAL_MANAGER, await park.manager(await park.hub('social-economy-centre'))],
      [MEMBER, (await park.newStakeholder()).owner],
      [OTHER, (await park.newStakeholder()).owner],
      [DIARIST, (await park.newStakeholder()).owner],
    ];
    for (const [who, person] of cast) {
      tokens[who] = person.token;
      ids[who] = person.id;
    }
  }, SET_UP_MS);
  afterAll(() => api.close());

  describe('availability', () => {
    // Mondays 09:00–18:00 and Wednesdays 10:00–12:00, a 15-minute buffer, approval required.
    const hours = [
      { weekday: 1, opens: '09:00', closes: '18:00' },
      { weekday: 3, opens: '10:00', closes: '12:00' },
    ];
    let spaceId: string;
    let monday: number;

    beforeAll(async () => {
      spaceId = await room({ bufferMinutes: 15, requiresApproval: true }, hours);
      monday = dayAhead(1, 7);
      expect((await book(YOUTH_MANAGER, spaceId, interval(monday, '11:00', '12:00'))).status).toBe(
        'CONFIRMED',
      );
      expect((await book(MEMBER, spaceId, interval(monday, '14:00', '15:30'))).status).toBe(
        'PENDING',
      );
      // Bookings that no longer hold their time: one cancelled, one rejected.
      const cancelled = await book(MEMBER, spaceId, interval(monday, '16:00', '17:00'));
      await api.graphql.ok(
        `mutation { cancelBooking(id: "${cancelled.id}") { id } }`,
        {},
        as(MEMBER),
      );
      const rejected = await book(OTHER, spaceId, interval(monday, '09:00', '10:00'));
      await api.graphql.ok(
        `mutation { rejectBooking(id: "${rejected.id}", reason: "Closed for cleaning") { id } }`,
        {},
        as(YOUTH_MANAGER),
      );
    });

    it('gives the open hours minus live bookings widened by the buffer on both sides; closed days have none', async () => {
      const week = await free(spaceId, at(monday, '00:00'), at(monday + 3 * DAY_MS, '00:00'));

      expect(week).toEqual([
        interval(monday, '09:00', '10:45'),
        interval(monday, '12:15', '13:45'),
        interval(monday, '15:45', '18:00'),
        // Tuesday is closed.
        interval(monday + 2 * DAY_MS, '10:00', '12:00'),
      ]);
    });

    it('clips the intervals to the range asked for, and is the same for a signed-in caller', async () => {
      const from = at(monday, '10:00');
      const to = at(monday, '16:00');

      const clipped = await free(spaceId, from, to);

      expect(clipped).toEqual([
        interval(monday, '10:00', '10:45'),
        interval(monday, '12:15', '13:45'),
        interval(monday, '15:45', '16:00'),
      ]);
      expect(await free(spaceId, from, to, OTHER)).toEqual(clipped);
    });

    it('what it offers can be booked exactly; a minute more is a CONFLICT', async () => {
      const spare = await room({ bufferMinutes: 15 }, hours);
      await book(YOUTH_MANAGER, spare, interval(monday, '11:00', '12:00'));
      const [morning] = await free(spare, at(monday, '00:00'), at(monday, '24:00'));
      expect(morning).toEqual(interval(monday, '09:00', '10:45'));

      const overrun = await refusal(OTHER, BOOK, {
        input: request(spare, interval(monday, '09:00', '10:46')),
      });
      const exact = await book(OTHER, spare, morning);

      expect(overrun.extensions.code).toBe('CONFLICT');
      expect(exact.status).toBe('CONFIRMED');
      expect(await free(spare, at(monday, '00:00'), at(monday, '24:00'))).toEqual([
        interval(monday, '12:15', '18:00'),
      ]);
    });

    it('days that meet at midnight make one interval', async () => {
      const always = await room({}, ROUND_THE_CLOCK);

      const twoDays = await free(always, at(monday, '00:00'), at(monday + 2 * DAY_MS, '00:00'));

      expect(twoDays).toEqual([
        { startsAt: at(monday, '00:00'), endsAt: at(monday + 2 * DAY_MS, '00:00') },
      ]);
    });

    it.each<[string, number]>([
      ['ends where it starts', 0],
      ['ends before it starts', -HOUR_MS],
      ['spans 62 days and a minute', 62 * DAY_MS + MINUTE_MS],
    ])('a range that %s is BAD_USER_INPUT on to', async (_story, length) => {
      const from = at(monday, '00:00');

      const error = await refusal(ANONYMOUS, AVAILABILITY, {
        spaceId,
        from,
        to: new Date(Date.parse(from) + length).toISOString(),
      });

      expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['to'] });
    });

    it('62 days is allowed; an unknown space is NOT_FOUND', async () => {
      const from = at(monday, '00:00');
      const to = new Date(Date.parse(from) + 62 * DAY_MS).toISOString();

      const slots = await free(spaceId, from, to);
      const error = await refusal(ANONYMOUS, AVAILABILITY, { spaceId: NOBODY, from, to });

      expect(slots.length).toBeGreaterThan(9 * 2);
      expect(error.extensions.code).toBe('NOT_FOUND');
    });
  });

  describe('weekly series', () => {
    const weekly = (spaceId: string, first: Slot, mode: string, occurrences = 4) => ({
      input: { ...request(spaceId, first), occurrences, mode },
    });
    const later = (slot: Slot, weeks: number): Slot => ({
      startsAt: new Date(Date.parse(slot.startsAt) + weeks * WEEK_MS).toISOString(),
      endsAt: new Date(Date.parse(slot.endsAt) + weeks * WEEK_MS).toISOString(),
    });
    const bookingCount = () => api.prisma.booking.count();

    it('ALL_OR_NOTHING with one week taken is a CONFLICT listing that week, and books none', async () => {
      const spaceId = await room();
      const first = interval(dayAhead(2, 7), '10:00', '11:00');
      await book(YOUTH_MANAGER, spaceId, later(interval(dayAhead(2, 7), '10:30', '12:00'), 2));
      const before = await bookingCount();

      const error = await refusal(MEMBER, SERIES, weekly(spaceId, first, 'ALL_OR_NOTHING'));

      expect(error.extensions.code).toBe('CONFLICT');
      expect(error.extensions.occurrences).toEqual([
        expect.objectContaining({ ...later(first, 2), code: 'CONFLICT' }),
      ]);
      expect(await bookingCount()).toBe(before);
    });

    it('SKIP_CONFLICTS books the weeks that fit under one seriesId and lists the skipped week', async () => {
      const spaceId = await room();
      const first = interval(dayAhead(2, 7), '10:00', '11:00');
      await book(YOUTH_MANAGER, spaceId, later(interval(dayAhead(2, 7), '09:00', '10:30'), 1));

      const { bookSpaceSeries } = await api.graphql.ok<{
        bookSpaceSeries: {
          seriesId: string;
          booked: { startsAt: string; seriesId: string; status: string }[];
          skipped: (Slot & { code: string; reason: string })[];
        };
      }>(SERIES, weekly(spaceId, first, 'SKIP_CONFLICTS'), as(MEMBER));

      const { seriesId, booked, skipped } = bookSpaceSeries;
      expect(booked.map((b) => b.startsAt)).toEqual(
        [0, 2, 3].map((weeks) => later(first, weeks).startsAt),
      );
      expect(booked.every((b) => b.seriesId === seriesId && b.status === 'CONFIRMED')).toBe(true);
      expect(skipped).toEqual([
        { ...later(first, 1), code: 'CONFLICT', reason: expect.any(String) },
      ]);
      expect(await api.prisma.booking.count({ where: { seriesId } })).toBe(3);
    });

    it('ALL_OR_NOTHING books every week when every week fits, PENDING where approval is required', async () => {
      const spaceId = await room({ requiresApproval: true });
      const first = interval(dayAhead(4, 7), '15:00', '17:00');

      const { bookSpaceSeries } = await api.graphql.ok<{
        bookSpaceSeries: { seriesId: string; booked: { status: string }[]; skipped: unknown[] };
      }>(SERIES, weekly(spaceId, first, 'ALL_OR_NOTHING', 6), as(OTHER));

      expect(bookSpaceSeries.booked.map((b) => b.status)).toEqual(Array(6).fill('PENDING'));
      expect(bookSpaceSeries.skipped).toEqual([]);
      const rows = await api.prisma.booking.findMany({
        where: { seriesId: bookSpaceSeries.seriesId },
        orderBy: { startsAt: 'asc' },
      });
      expect(rows.map((row) => row.startsAt.toISOString())).toEqual(
        [0, 1, 2, 3, 4, 5].map((weeks) => later(first, weeks).startsAt),
      );
    });

    it('a week beyond the booking horizon is BAD_USER_INPUT: all refused, or that week skipped', async () => {
      const spaceId = await room({ maxAdvanceDays: 20 }, ROUND_THE_CLOCK);
      // Two days from now, then 9, 16 and 23 days: only the last is more than 20 days ahead.
      const start = Math.ceil((Date.now() + 2 * DAY_MS) / HOUR_MS) * HOUR_MS;
      const first = {
        startsAt: new Date(start).toISOString(),
        endsAt: new Date(start + HOUR_MS).toISOString(),
      };
      const before = await bookingCount();

      const error = await refusal(MEMBER, SERIES, weekly(spaceId, first, 'ALL_OR_NOTHING'));
      expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['startsAt'] });
      expect(error.extensions.occurrences).toEqual([
        expect.objectContaining({ ...later(first, 3), code: 'BAD_USER_INPUT' }),
      ]);
      expect(await bookingCount()).toBe(before);

      const { bookSpaceSeries } = await api.graphql.ok<{
        bookSpaceSeries: { booked: { startsAt: string }[]; skipped: { code: string }[] };
      }>(SERIES, weekly(spaceId, first, 'SKIP_CONFLICTS'), as(MEMBER));
      expect(bookSpaceSeries.booked.map((b) => b.startsAt)).toEqual(
        [0, 1, 2].map((weeks) => later(first, weeks).startsAt),
      );
      expect(bookSpaceSeries.skipped).toEqual([
        expect.objectContaining({ ...later(first, 3), code: 'BAD_USER_INPUT' }),
      ]);
    });

    it.each(['SKIP_CONFLICTS', 'ALL_OR_NOTHING'])(
      'a series (%s) that ends before it starts is BAD_USER_INPUT on endsAt, not a run of skipped weeks',
      async (mode) => {
        const spaceId = await room();
        const { startsAt, endsAt } = interval(dayAhead(2, 7), '10:00', '11:00');
        const before = await bookingCount();

        const error = await refusal(
          MEMBER,
          SERIES,
          weekly(spaceId, { startsAt: endsAt, endsAt: startsAt }, mode),
        );

        expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['endsAt'] });
        expect(await bookingCount()).toBe(before);
      },
    );

    it.each([0, 27])('%i occurrences is BAD_USER_INPUT on occurrences', async (occurrences) => {
      const spaceId = await room();
      const before = await bookingCount();

      const error = await refusal(
        MEMBER,
        SERIES,
        weekly(spaceId, interval(dayAhead(2, 7), '10:00', '11:00'), 'SKIP_CONFLICTS', occurrences),
      );

      expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['occurrences'] });
      expect(await bookingCount()).toBe(before);
    });
  });

  describe('calendars', () => {
    let spaceId: string;
    let day: number;
    const booked: Record<string, string> = {};

    beforeAll(async () => {
      spaceId = await room();
      day = dayAhead(5, 14);
      booked.late = (await book(DIARIST, spaceId, interval(day, '15:00', '16:00'))).id;
      booked.early = (await book(DIARIST, spaceId, interval(day, '09:00', '10:00'))).id;
      booked.other = (await book(OTHER, spaceId, interval(day, '12:00', '13:00'))).id;
      await api.graphql.ok(
        `mutation { cancelBooking(id: "${booked.late}") { id } }`,
        {},
        as(DIARIST),
      );
    });
    const range = () => ({ from: at(day, '00:00'), to: at(day + DAY_MS, '00:00') });

    it('myBookings lists only my own, cancelled ones too, soonest first', async () => {
      const { myBookings } = await api.graphql.ok<{
        myBookings: Edges<{ id: string; status: string; space: { id: string } }>;
      }>(MINE, range(), as(DIARIST));

      expect(nodes(myBookings).map((b) => [b.id, b.status, b.space.id])).toEqual([
        [booked.early, 'CONFIRMED', spaceId],
        [booked.late, 'CANCELLED', spaceId],
      ]);
    });

    it('myBookings needs a signed-in caller and a range that ends after it starts', async () => {
      const anonymous = await refusal(ANONYMOUS, MINE, range());
      const backwards = await refusal(DIARIST, MINE, { from: range().to, to: range().from });

      expect(anonymous.extensions.code).toBe('UNAUTHENTICATED');
      expect(backwards.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['to'] });
    });

    it.each([
      ['the hub manager', YOUTH_MANAGER],
      ['a park admin', ADMIN],
    ])(
      '%s reads the whole calendar of the space, with bookers and history',
      async (_story, who) => {
        const { spaceBookings: page } = await api.graphql.ok<{
          spaceBookings: Edges<{ id: string; status: string; booker: { displayName: string } }>;
        }>(CALENDAR, { spaceId, ...range() }, as(who));
        const spaceBookings = nodes(page);

        expect(spaceBookings.map((b) => b.id)).toEqual([booked.early, booked.other, booked.late]);
        expect(spaceBookings[2]).toMatchObject({
          status: 'CANCELLED',
          space: { name: expect.stringContaining('Calendar Story Room') },
          history: [{ action: 'create' }, { action: 'cancel' }],
        });
        expect(spaceBookings[0].booker.displayName).toEqual(expect.any(String));
      },
    );

    it.each([
      { story: 'staff of another hub', who: SOCIAL_MANAGER, code: 'FORBIDDEN' },
      { story: 'someone who booked it', who: DIARIST, code: 'FORBIDDEN' },
      { story: 'an anonymous caller', who: ANONYMOUS, code: 'UNAUTHENTICATED' },
    ])('$story may not read the calendar: $code', async ({ who, code }) => {
      const error = await refusal(who, CALENDAR, { spaceId, ...range() });

      expect(error.extensions.code).toBe(code);
    });
  });

  describe('the no-show job', () => {
    let sweeper: NoShowSweeper;
    beforeAll(() => {
      sweeper = api.app.get(NoShowSweeper);
    });

    /** A CONFIRMED booking of a fresh round-the-clock room, moved to start `minutesAgo`. */
    async function started(minutesAgo: number, policy: Variables = {}) {
      const spaceId = await room(policy, ROUND_THE_CLOCK);
      const day = dayAhead(2, 7);
      const booking = await book(MEMBER, spaceId, interval(day, '10:00', '12:00'));
      const startsAt = new Date(Date.now() - minutesAgo * MINUTE_MS);
      const endsAt = new Date(startsAt.getTime() + 2 * HOUR_MS);
      await api.prisma.booking.update({
        where: { id: booking.id },
        data: { startsAt, endsAt, blockedUntil: endsAt },
      });
      return { spaceId, booking, startsAt, endsAt };
    }
    /** What a sweep at `now` should mark: every CONFIRMED booking started over 15 minutes before. */
    const overdueAt = (now: Date) =>
      api.prisma.booking.count({
        where: { status: 'CONFIRMED', startsAt: { lt: new Date(now.getTime() - 15 * MINUTE_MS) } },
      });

    it('no check-in 15 minutes after the start: NO_SHOW, the booker is told, and the slot is free', async () => {
      const { spaceId, booking, startsAt, endsAt } = await started(10);
      const now = new Date();

      // Any other overdue booking is swept too; ours is within its grace.
      const backlog = await overdueAt(now);
      expect(await sweeper.sweep(now)).toBe(backlog);
      expect(await statusOf(booking.id)).toBe('CONFIRMED');

      const later = new Date(now.getTime() + 6 * MINUTE_MS);
      const expected = await overdueAt(later);
      expect(await sweeper.sweep(later)).toBe(expected);
      expect(expected).toBeGreaterThanOrEqual(1);

      expect(await statusOf(booking.id)).toBe('NO_SHOW');
      const steps = await api.prisma.workflowEvent.findMany({
        where: { entityId: booking.id },
        orderBy: { at: 'asc' },
      });
      expect(steps.map((s) => [s.action, s.fromState, s.toState, s.actorId])).toEqual([
        ['create', null, 'CONFIRMED', ids[MEMBER]],
        ['markNoShow', 'CONFIRMED', 'NO_SHOW', null],
      ]);
      const notices = await api.prisma.notification.findMany({
        where: { entityId: booking.id },
        orderBy: { createdAt: 'asc' },
      });
      expect(notices.map((n) => [n.recipientId, n.kind])).toEqual([
        [ids[MEMBER], 'BOOKING_CONFIRMED'],
        [ids[MEMBER], 'BOOKING_NO_SHOW'],
      ]);
      const window = { from: startsAt.toISOString(), to: endsAt.toISOString() };
      expect(await free(spaceId, window.from, window.to)).toEqual([
        { startsAt: window.from, endsAt: window.to },
      ]);
      const rest = { startsAt: new Date(Date.now() + MINUTE_MS).toISOString(), endsAt: window.to };
      expect((await book(OTHER, spaceId, rest)).status).toBe('CONFIRMED');

      expect(await sweeper.sweep(later)).toBe(0);
      expect(await statusOf(booking.id)).toBe('NO_SHOW');
    });

    it('a checked-in booking is left alone, however late the sweep', async () => {
      const { booking } = await started(5);
      await api.graphql.ok(
        `mutation { checkInBooking(id: "${booking.id}") { id } }`,
        {},
        as(MEMBER),
      );

      await sweeper.sweep(new Date(Date.now() + 3 * HOUR_MS));

      expect(await statusOf(booking.id)).toBe('CHECKED_IN');
      expect(
        await api.prisma.notification.count({
          where: { entityId: booking.id, kind: 'BOOKING_NO_SHOW' },
        }),
      ).toBe(0);
    });

    it('a PENDING booking waiting for approval is not a no-show', async () => {
      const { booking } = await started(60, { requiresApproval: true });
      expect(await statusOf(booking.id)).toBe('PENDING');

      await sweeper.sweep(new Date(Date.now() + HOUR_MS));

      expect(await statusOf(booking.id)).toBe('PENDING');
    });
  });
});
