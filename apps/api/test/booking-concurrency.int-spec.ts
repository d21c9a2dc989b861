import { GraphqlResponse } from '@park/platform/testing';
import { randomUUID } from 'node:crypto';
import { Hub, Park, Person, startPark } from './support/park';
import { SET_UP_MS, TestApi } from './support/test-api';
import { at, DAY_MS, HOUR_MS, MINUTE_MS, midnightAhead, openingHours } from './support/time';

// What the database must guard when many people act at once, over real HTTP: fifty members after
// one slot, fifty people after ten seats. And what reading a busy calendar costs in SQL statements.
// The cast comes from the park factories; every time is counted from the clock, days ahead.

const BOOK = `mutation Book($input: BookSpaceInput!) { bookSpace(input: $input) { id status } }`;
const RSVP = `mutation Rsvp($id: ID!) { rsvpEvent(id: $id) { id myRsvp { status } } }`;
const CANCEL_RSVP = `mutation Cancel($id: ID!) { cancelRsvp(id: $id) { id myRsvp { status } } }`;
/** What RSVP and CANCEL_RSVP answer: the event, with the caller's RSVP. */
type Answer = { id: string; myRsvp: { status: string } | null };
const AVAILABILITY = `query Free($spaceId: ID!, $from: DateTime!, $to: DateTime!) {
  availability(spaceId: $spaceId, from: $from, to: $to) { startsAt endsAt } }`;
const CALENDAR = `query Calendar($spaceId: ID!, $from: DateTime!, $to: DateTime!) {
  spaceBookings(spaceId: $spaceId, from: $from, to: $to, first: 100) { edges { node {
    id status booker { displayName } space { name } history { action } } } } }`;
const ANONYMOUS = {};

let api: TestApi;
let park: Park;
let youth: Hub;
let manager: Person;
/** Fifty people in one Youth Hub member collective. */
let racers: Person[];

/** The racer with this user id, signed in. */
const racer = (userId: string) => racers.find((person) => person.id === userId) as Person;

/** A fresh Youth Hub space, open every day 07:00–22:00, with the policy a story needs. */
async function room(policy: Record<string, unknown>, kind = 'MEETING_ROOM', capacity = 8) {
  const openEveryDay = openingHours('07:00', '22:00', [1, 2, 3, 4, 5, 6, 7]);
  const space = await park.newSpace(youth, {
    policy,
    kind,
    capacity,
    openingHours: openEveryDay,
    by: manager,
  });
  return space.id;
}

/** Every response's outcome: the data's status, or the error code (HTTP status kept apart). */
function outcomes<T>(responses: GraphqlResponse<T>[], status: (data: T) => string) {
  const count: Record<string, number> = {};
  for (const response of responses) {
    const key = response.errors?.length
      ? (response.errors[0].extensions.code as string)
      : status(response.data as T);
    count[key] = (count[key] ?? 0) + 1;
  }
  return count;
}

/** SQL statements the app's Prisma client sends while `work` runs. */
async function statements<T>(work: () => Promise<T>): Promise<{ result: T; count: number }> {
  const before = api.prisma.statementCount;
  const result = await work();
  return { result, count: api.prisma.statementCount - before };
}

describe('booking under load', () => {
  beforeAll(async () => {
    ({ api, park } = await startPark());
    youth = await park.hub('youth-hub');
    manager = await park.manager(youth);
    racers = await park.newUsers(50, { label: 'racer' });
    // All fifty in one collective with an APPROVED Youth Hub membership: members-only rooms are theirs.
    const [owner, ...others] = racers;
    const collective = await park.newStakeholder({ owner, name: park.unique('Race Stories') });
    await park.addMembers(collective, others);
    await park.newMember(youth, collective);
  }, SET_UP_MS);
  afterAll(() => api.close());

  describe('races', () => {
    it('fifty members booking overlapping times of one members-only room at once: one booking, 49 CONFLICTs, no 500s', async () => {
      const spaceId = await room({ memberOnly: true, bufferMinutes: 10 });
      const day = midnightAhead(9);
      // Racer n asks for 10:00 + n minutes, for an hour: every pair overlaps.
      const responses = await Promise.all(
        racers.map((who, index) =>
          api.graphql.execute<{ bookSpace: { id: string; status: string } }>(
            BOOK,
            {
              input: {
                spaceId,
                startsAt: at(day + index * MINUTE_MS, '10:00'),
                endsAt: at(day + index * MINUTE_MS, '11:00'),
                purpose: `Race ${index + 1}`,
                attendees: 4,
              },
            },
            who.as,
          ),
        ),
      );

      expect(responses.map((r) => r.status)).toEqual(Array(50).fill(200));
      expect(outcomes(responses, (data) => data.bookSpace.status)).toEqual({
        CONFIRMED: 1,
        CONFLICT: 49,
      });
      const winner = responses.find((r) => r.data?.bookSpace)?.data?.bookSpace;
      const rows = await api.prisma.booking.findMany({ where: { spaceId } });
      expect(rows.map((row) => [row.id, row.status])).toEqual([[winner?.id, 'CONFIRMED']]);
      // The losers' transactions left nothing behind: one history step, one audit row.
      expect(await api.prisma.workflowEvent.count({ where: { entityId: rows[0].id } })).toBe(1);
      expect(
        await api.prisma.auditLogEntry.count({
          where: { action: 'Booking.create', entityId: { in: rows.map((row) => row.id) } },
        }),
      ).toBe(1);
    });

    describe('fifty people, ten seats', () => {
      let eventId: string;
      const going = () => api.prisma.rsvp.count({ where: { eventId, status: 'GOING' } });
      const waiting = () => api.prisma.rsvp.count({ where: { eventId, status: 'WAITLISTED' } });
      const firstWaiting = () =>
        api.prisma.rsvp.findFirstOrThrow({
          where: { eventId, status: 'WAITLISTED' },
          orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
        });

      beforeAll(async () => {
        const hall = await room({}, 'EVENT_HALL', 100);
        const day = midnightAhead(12);
        const { createEvent } = await api.graphql.ok<{ createEvent: { id: string } }>(
          `mutation Host($input: CreateEventInput!) { createEvent(input: $input) { id } }`,
          {
            input: {
              hubId: youth.id,
              spaceId: hall,
              title: 'Ten-seat Workshop',
              startsAt: at(day, '18:00'),
              endsAt: at(day, '20:00'),
              capacity: 10,
            },
          },
          manager.as,
        );
        eventId = createEvent.id;
      });

      it('all fifty answer at once: exactly ten GOING and forty WAITLISTED', async () => {
        const responses = await Promise.all(
          racers.map((who) =>
            api.graphql.execute<{ rsvpEvent: Answer }>(RSVP, { id: eventId }, who.as),
          ),
        );

        expect(responses.map((r) => r.status)).toEqual(Array(50).fill(200));
        expect(outcomes(responses, (data) => data.rsvpEvent.myRsvp?.status ?? 'none')).toEqual({
          GOING: 10,
          WAITLISTED: 40,
        });
        expect([await going(), await waiting()]).toEqual([10, 40]);
        const { event } = await api.graphql.ok<{
          event: { attendeeCount: number; waitlistCount: number };
        }>(`query Event($id: ID!) { event(id: $id) { attendeeCount waitlistCount } }`, {
          id: eventId,
        });
        expect(event).toEqual({ attendeeCount: 10, waitlistCount: 40 });
      });

      it('one of them answering five times at once still has one RSVP', async () => {
        const [rsvp] = await api.prisma.rsvp.findMany({
          where: { eventId, status: 'WAITLISTED' },
          take: 1,
        });

        const answers = await Promise.all(
          Array.from({ length: 5 }, () =>
            api.graphql.ok<{ rsvpEvent: Answer }>(RSVP, { id: eventId }, racer(rsvp.userId).as),
          ),
        );

        expect(answers.map((a) => a.rsvpEvent.myRsvp?.status)).toEqual(Array(5).fill('WAITLISTED'));
        expect(await api.prisma.rsvp.count({ where: { eventId, userId: rsvp.userId } })).toBe(1);
        expect([await going(), await waiting()]).toEqual([10, 40]);
      });

      it('one GOING person gives their seat back: the first waitlisted is promoted, and told', async () => {
        const leaving = await api.prisma.rsvp.findFirstOrThrow({
          where: { eventId, status: 'GOING' },
        });
        const next = await firstWaiting();

        const cancelled = await api.graphql.ok<{ cancelRsvp: Answer }>(
          CANCEL_RSVP,
          { id: eventId },
          racer(leaving.userId).as,
        );

        expect(cancelled.cancelRsvp).toEqual({ id: eventId, myRsvp: null });
        expect([await going(), await waiting()]).toEqual([10, 39]);
        expect((await api.prisma.rsvp.findUniqueOrThrow({ where: { id: next.id } })).status).toBe(
          'GOING',
        );
        const notices = await api.prisma.notification.findMany({ where: { entityId: eventId } });
        expect(notices.map((n) => [n.recipientId, n.kind])).toEqual([
          [next.userId, 'EVENT_WAITLIST_PROMOTED'],
        ]);
      });

      it('five seats given back at once go to the next five on the waitlist, in order', async () => {
        const leaving = await api.prisma.rsvp.findMany({
          where: { eventId, status: 'GOING' },
          take: 5,
        });
        const queue = await api.prisma.rsvp.findMany({
          where: { eventId, status: 'WAITLISTED' },
          orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
        });

        const responses = await Promise.all(
          leaving.map((rsvp) =>
            api.graphql.execute<{ cancelRsvp: Answer }>(
              CANCEL_RSVP,
              { id: eventId },
              racer(rsvp.userId).as,
            ),
          ),
        );

        expect(responses.map((r) => r.data?.cancelRsvp.myRsvp)).toEqual(Array(5).fill(null));
        expect([await going(), await waiting()]).toEqual([10, 34]);
        const promoted = await api.prisma.rsvp.findMany({
          where: { id: { in: queue.map((rsvp) => rsvp.id) }, status: 'GOING' },
        });
        expect(promoted.map((rsvp) => rsvp.id).sort()).toEqual(
          queue
            .slice(0, 5)
            .map((rsvp) => rsvp.id)
            .sort(),
        );
      });
    });
  });

  describe('statement budgets on a busy calendar', () => {
    let spaceId: string;
    let start: number;

    beforeAll(async () => {
      // 7 one-hour bookings a day for 30 days from tomorrow, 30 minutes apart (buffer 15):
      // 210 bookings, every tenth one cancelled, each with its first history step.
      spaceId = await room({ bufferMinutes: 15 });
      start = midnightAhead(1);
      const rows = Array.from({ length: 210 }, (_, n) => {
        const day = start + Math.floor(n / 7) * DAY_MS;
        const startsAt = new Date(at(day + (n % 7) * 90 * MINUTE_MS, '08:00'));
        const endsAt = new Date(startsAt.getTime() + HOUR_MS);
        return {
          id: randomUUID(),
          spaceId,
          bookerId: racers[n % racers.length].id,
          startsAt,
          endsAt,
          blockedUntil: new Date(endsAt.getTime() + 15 * MINUTE_MS),
          purpose: `Busy month ${n}`,
          attendees: 2,
          status: n % 10 === 9 ? ('CANCELLED' as const) : ('CONFIRMED' as const),
        };
      });
      await api.prisma.booking.createMany({ data: rows });
      await api.prisma.workflowEvent.createMany({
        data: rows.map((row) => ({
          entityType: 'Booking',
          entityId: row.id,
          action: 'create',
          toState: 'CONFIRMED',
          actorId: row.bookerId,
        })),
      });
    });

    it('availability over 31 days costs at most 6 statements; a bearer token adds its session check', async () => {
      const variables = {
        spaceId,
        from: new Date(start).toISOString(),
        to: new Date(start + 31 * DAY_MS).toISOString(),
      };
      const run = (who: { token?: string }) =>
        statements(() =>
          api.graphql.ok<{ availability: { startsAt: string; endsAt: string }[] }>(
            AVAILABILITY,
            variables,
            who,
          ),
        );

      const anonymous = await run(ANONYMOUS);
      const signedIn = await run(racers[0].as);

      // The first day is booked solid from 08:00 to 18:00 (buffers included), none cancelled.
      const firstDay = anonymous.result.availability.filter(
        (slot) => Date.parse(slot.startsAt) < start + DAY_MS,
      );
      expect(firstDay).toEqual([
        { startsAt: at(start, '07:00'), endsAt: at(start, '07:45') },
        { startsAt: at(start, '18:15'), endsAt: at(start, '22:00') },
      ]);
      expect(signedIn.result).toEqual(anonymous.result);
      expect(anonymous.count).toBeLessThanOrEqual(6);
      // Anonymous: the space, its opening hours, the blocking bookings. A bearer token adds the
      // session check of the auth guard: the live session joined to its user, one statement.
      expect(signedIn.count).toBe(anonymous.count + 1);
    });

    it('a page of spaceBookings with bookers, space and history costs the same for a week as for a month', async () => {
      const calendar = (days: number) =>
        statements(() =>
          api.graphql.ok<{
            spaceBookings: { edges: { node: { history: { action: string }[] } }[] };
          }>(
            CALENDAR,
            {
              spaceId,
              from: new Date(start).toISOString(),
              to: new Date(start + days * DAY_MS).toISOString(),
            },
            manager.as,
          ),
        );

      const week = await calendar(7);
      const month = await calendar(31);

      // A week is one page of 49; a month's 210 bookings come 100 to a page.
      expect(week.result.spaceBookings.edges).toHaveLength(49);
      expect(month.result.spaceBookings.edges).toHaveLength(100);
      expect(month.result.spaceBookings.edges.every((b) => b.node.history.length === 1)).toBe(true);
      expect(month.count).toBe(week.count);
      // Session (2), the viewer's roles (1), the space (1), the page (1), then one batch per
      // relation: bookers (1), space (1), history (1) and its actors (1).
      expect(month.count).toBeLessThanOrEqual(10);
    });
  });
});
