import { GraphqlError } from '@park/platform/testing';
import { NoShowSweeper } from '@park/spaces';
import { startPark } from './support/park';
import { SET_UP_MS, TestApi } from './support/test-api';
import { at, DAY_MS, HOUR_MS, openingHours, midnightAhead } from './support/time';

// Community events: hosting one books its space in the same transaction; RSVPs fill the seats,
// then a waitlist that moves up when someone gives a seat back; the hub's events page by page.
// 50 people racing for 10 seats: booking-concurrency.int-spec.ts.

const ADMIN = 'park admin';
const YOUTH_MANAGER = 'youth manager';
const SOCIAL_MANAGER = 'social-economy manager';
/** Owner of a Youth Hub member stakeholder: hosts the events. */
const HOST = 'host';
/** Owners of other stakeholders: the guests, in the order they answer. */
const GUESTS = ['ann', 'ben', 'cho', 'dan', 'eun'];
const [ANN, BEN, CHO, DAN, EUN] = GUESTS;
const ANONYMOUS = 'anonymous';
const NOBODY = '00000000-0000-4000-8000-000000000000';

type Variables = Record<string, unknown>;
interface EventView {
  id: string;
  title: string;
  description: string;
  startsAt: string;
  endsAt: string;
  capacity: number;
  attendeeCount: number;
  waitlistCount: number;
  myRsvp: { status: string } | null;
  organizer: { displayName: string };
  space: { id: string; name: string };
  hub: { slug: string };
  stakeholder: { id: string } | null;
}

interface EventPage {
  edges: { cursor: string; node: { id: string } }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  totalCount: number;
}

const EVENT_FIELDS = `id title description startsAt endsAt capacity attendeeCount waitlistCount
  myRsvp { status } organizer { displayName } space { id name } hub { slug } stakeholder { id }`;
const CREATE = `mutation Host($input: CreateEventInput!) { createEvent(input: $input) { ${EVENT_FIELDS} } }`;
const EVENT = `query Event($id: ID!) { event(id: $id) { ${EVENT_FIELDS} } }`;
const RSVP = `mutation Rsvp($id: ID!) { rsvpEvent(id: $id) { ${EVENT_FIELDS} } }`;
const CANCEL_RSVP = `mutation Cancel($id: ID!) { cancelRsvp(id: $id) { ${EVENT_FIELDS} } }`;
const EVENTS = `query Events($hubId: ID!, $from: DateTime!, $to: DateTime!, $first: Int, $after: String) {
  events(hubId: $hubId, from: $from, to: $to, first: $first, after: $after) {
    edges { cursor node { id startsAt } } pageInfo { hasNextPage endCursor } totalCount } }`;

let api: TestApi;
const tokens: Record<string, string | undefined> = { [ANONYMOUS]: undefined };
const ids: Record<string, string> = {};
const hubs: Record<string, string> = {};
let hostStakeholder: string;
let hall: string;
let sequence = 0;

const as = (who: string) => ({ token: tokens[who] });
const refusal = (who: string, query: string, variables: Variables): Promise<GraphqlError> =>
  api.graphql.errorCode(query, variables, as(who));

/** A fresh hall, open every day 08:00–23:00, for a hub's manager to host in. */
async function newHall(hub = 'youth-hub', capacity = 100): Promise<string> {
  sequence += 1;
  const { createSpace } = await api.graphql.ok<{ createSpace: { id: string } }>(
    `mutation Create($input: CreateSpaceInput!) { createSpace(input: $input) { id } }`,
    {
      input: {
        hubId: hubs[hub],
        name: `Event Story Hall ${sequence}`,
        kind: 'EVENT_HALL',
        capacity,
        policy: { maxDurationMinutes: 480, maxAdvanceDays: 120, bufferMinutes: 30 },
        openingHours: openingHours('08:00', '23:00', [1, 2, 3, 4, 5, 6, 7]),
      },
    },
    as(hub === 'youth-hub' ? YOUTH_MANAGER : SOCIAL_MANAGER),
  );
  return createSpace.id;
}

function eventInput(overrides: Variables = {}): Variables {
  sequence += 1;
  const day = midnightAhead(10 + sequence);
  return {
    hubId: hubs['youth-hub'],
    spaceId: hall,
    title: `Neighbourhood Evening ${sequence}`,
    description: 'Food, music and neighbours.',
    startsAt: at(day, '18:00'),
    endsAt: at(day, '21:00'),
    capacity: 40,
    ...overrides,
  };
}

async function host(overrides: Variables = {}, who = HOST): Promise<EventView> {
  const input = eventInput(overrides);
  return (await api.graphql.ok<{ createEvent: EventView }>(CREATE, { input }, as(who))).createEvent;
}

async function read(id: string, who = ANONYMOUS): Promise<EventView> {
  return (await api.graphql.ok<{ event: EventView }>(EVENT, { id }, as(who))).event;
}

/** The event as rsvpEvent answers it, with `who`'s RSVP and the counts. */
async function rsvpEvent(who: string, id: string): Promise<EventView> {
  return (await api.graphql.ok<{ rsvpEvent: EventView }>(RSVP, { id }, as(who))).rsvpEvent;
}

/** The status of `who`'s RSVP once they have answered. */
async function rsvp(who: string, id: string): Promise<string | undefined> {
  return (await rsvpEvent(who, id)).myRsvp?.status;
}

async function cancelRsvp(who: string, id: string): Promise<EventView> {
  return (await api.graphql.ok<{ cancelRsvp: EventView }>(CANCEL_RSVP, { id }, as(who))).cancelRsvp;
}

/** Status of each guest's RSVP, by their name in the cast. */
async function rsvpsOf(eventId: string): Promise<Record<string, string>> {
  const rows = await api.prisma.rsvp.findMany({ where: { eventId } });
  const byId = new Map(Object.entries(ids).map(([who, id]) => [id, who]));
  return Object.fromEntries(rows.map((row) => [byId.get(row.userId) ?? row.userId, row.status]));
}

async function totals() {
  const [events, bookings, audit] = await Promise.all([
    api.prisma.event.count(),
    api.prisma.booking.count(),
    api.prisma.auditLogEntry.count(),
  ]);
  return { events, bookings, audit };
}

describe('community events', () => {
  beforeAll(async () => {
    const started = await startPark();
    api = started.api;
    const park = started.park;
    const [youth, social] = [await park.hub('youth-hub'), await park.hub('social-economy-centre')];
    for (const hub of [youth, social]) hubs[hub.slug] = hub.id;
    const cast = (who: string, person: { id: string; token: string }) => {
      tokens[who] = person.token;
      ids[who] = person.id;
    };
    cast(ADMIN, await park.admin());
    cast(YOUTH_MANAGER, await park.manager(youth));
    cast(SOCIAL_MANAGER, await park.manager(social));
    const hosting = await park.newMember(youth);
    cast(HOST, hosting.owner);
    hostStakeholder = hosting.id;
    for (const guest of GUESTS) cast(guest, (await park.newStakeholder()).owner);
    hall = await newHall();
  }, SET_UP_MS);
  afterAll(() => api.close());

  describe('hosting', () => {
    it('a member hosts an event for their stakeholder: the event and the booking of its hall are made together', async () => {
      const event = await host({
        stakeholderId: hostStakeholder,
        title: 'Repair Café (수리 카페)',
      });

      expect(event).toEqual({
        id: expect.any(String),
        title: 'Repair Café (수리 카페)',
        description: 'Food, music and neighbours.',
        startsAt: expect.any(String),
        endsAt: expect.any(String),
        capacity: 40,
        attendeeCount: 0,
        waitlistCount: 0,
        myRsvp: null,
        organizer: { displayName: expect.any(String) },
        space: { id: hall, name: expect.stringContaining('Event Story Hall') },
        hub: { slug: 'youth-hub' },
        stakeholder: { id: hostStakeholder },
      });
      const row = await api.prisma.event.findUniqueOrThrow({
        where: { id: event.id },
        include: { booking: true, organizer: true },
      });
      expect(row.organizer.id).toBe(ids[HOST]);
      expect(row.booking).toMatchObject({
        spaceId: hall,
        bookerId: ids[HOST],
        stakeholderId: hostStakeholder,
        status: 'CONFIRMED',
        purpose: 'Event: Repair Café (수리 카페)',
        attendees: 40,
        startsAt: new Date(event.startsAt),
        endsAt: new Date(event.endsAt),
      });
      expect(await read(event.id)).toEqual(event);
    });

    it('when the hall is taken the event is a CONFLICT, and neither an event nor a booking is made', async () => {
      const taken = await host();
      const before = await totals();

      const error = await refusal(HOST, CREATE, {
        input: eventInput({ startsAt: taken.startsAt, endsAt: taken.endsAt, title: 'Clash' }),
      });

      expect(error.extensions.code).toBe('CONFLICT');
      expect(await totals()).toEqual(before);
    });

    it.each<[string, string, string, () => Variables]>([
      ['more seats than the hall has', 'capacity', 'CAPACITY', () => ({ capacity: 101 })],
      ['a hall of another hub', 'spaceId', '', () => ({ hubId: hubs['social-economy-centre'] })],
      [
        'a start before the hall opens',
        'startsAt',
        'OPENING_HOURS',
        () => ({
          startsAt: at(midnightAhead(30), '07:00'),
          endsAt: at(midnightAhead(30), '09:00'),
        }),
      ],
    ])('%s is BAD_USER_INPUT naming %s, and nothing is made', async (_story, field, rule, bad) => {
      const before = await totals();

      const error = await refusal(HOST, CREATE, { input: eventInput(bad()) });

      expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [field] });
      if (rule) {
        expect(error.extensions.violations).toContainEqual(expect.objectContaining({ rule }));
      }
      expect(await totals()).toEqual(before);
    });

    it('keeps the hall for an event that nobody checked in: the no-show job leaves it alone', async () => {
      const event = await host();
      const { bookingId } = await api.prisma.event.findUniqueOrThrow({ where: { id: event.id } });
      const hourAgo = new Date(Date.now() - HOUR_MS);
      await api.prisma.booking.update({
        where: { id: bookingId },
        data: { startsAt: hourAgo, endsAt: new Date(), blockedUntil: new Date() },
      });

      await api.app.get(NoShowSweeper).sweep(new Date());

      const booking = await api.prisma.booking.findUniqueOrThrow({ where: { id: bookingId } });
      expect(booking.status).toBe('CONFIRMED');
    });

    it('an anonymous caller may not host: UNAUTHENTICATED', async () => {
      const error = await refusal(ANONYMOUS, CREATE, { input: eventInput() });

      expect(error.extensions.code).toBe('UNAUTHENTICATED');
    });
  });

  describe('RSVPs and the waitlist', () => {
    it('seats go to the first who answer, then the waitlist; answering again changes nothing', async () => {
      const { id } = await host({ capacity: 2 });

      const answers = [];
      for (const guest of [ANN, BEN, CHO, DAN]) answers.push(await rsvp(guest, id));
      const again = [await rsvp(ANN, id), await rsvp(CHO, id)];

      expect(answers).toEqual(['GOING', 'GOING', 'WAITLISTED', 'WAITLISTED']);
      expect(again).toEqual(['GOING', 'WAITLISTED']);
      expect(await rsvpsOf(id)).toEqual({
        [ANN]: 'GOING',
        [BEN]: 'GOING',
        [CHO]: 'WAITLISTED',
        [DAN]: 'WAITLISTED',
      });
      expect(await read(id, CHO)).toMatchObject({
        attendeeCount: 2,
        waitlistCount: 2,
        myRsvp: { status: 'WAITLISTED' },
      });
      expect((await read(id, ANN)).myRsvp).toEqual({ status: 'GOING' });
      expect((await read(id, EUN)).myRsvp).toBeNull();
      expect((await read(id)).myRsvp).toBeNull();
    });

    it('answers with the event, its counts and the caller’s RSVP, so a cached copy is current', async () => {
      const { id } = await host({ capacity: 1 });

      const going = await rsvpEvent(ANN, id);
      const waiting = await rsvpEvent(BEN, id);
      const gone = await cancelRsvp(ANN, id);
      const nothing = await cancelRsvp(EUN, id);

      expect(going).toMatchObject({
        id,
        attendeeCount: 1,
        waitlistCount: 0,
        myRsvp: { status: 'GOING' },
      });
      expect(waiting).toMatchObject({
        id,
        attendeeCount: 1,
        waitlistCount: 1,
        myRsvp: { status: 'WAITLISTED' },
      });
      // Ann's seat went to Ben: the counts after the change, and no RSVP of Ann's.
      expect(gone).toMatchObject({ id, attendeeCount: 1, waitlistCount: 0, myRsvp: null });
      expect(nothing).toMatchObject({ id, attendeeCount: 1, waitlistCount: 0, myRsvp: null });
      expect(await rsvpsOf(id)).toEqual({ [ANN]: 'CANCELLED', [BEN]: 'GOING' });
    });

    it('a freed seat goes to the first on the waitlist, who alone is told', async () => {
      const { id } = await host({ capacity: 2 });
      for (const guest of [ANN, BEN, CHO, DAN]) await rsvp(guest, id);

      const cancelled = await cancelRsvp(ANN, id);

      expect(cancelled).toMatchObject({ attendeeCount: 2, waitlistCount: 1, myRsvp: null });
      expect(await rsvpsOf(id)).toEqual({
        [ANN]: 'CANCELLED',
        [BEN]: 'GOING',
        [CHO]: 'GOING',
        [DAN]: 'WAITLISTED',
      });
      const notices = await api.prisma.notification.findMany({ where: { entityId: id } });
      expect(notices.map((n) => [n.recipientId, n.kind])).toEqual([
        [ids[CHO], 'EVENT_WAITLIST_PROMOTED'],
      ]);
      expect(await read(id, ANN)).toMatchObject({
        attendeeCount: 2,
        waitlistCount: 1,
        myRsvp: null,
      });
    });

    it('leaving the waitlist promotes nobody; cancelling what you do not have changes nothing', async () => {
      const { id } = await host({ capacity: 1 });
      for (const guest of [ANN, BEN, CHO]) await rsvp(guest, id);

      const left = await cancelRsvp(BEN, id);
      const twice = await cancelRsvp(BEN, id);
      const never = await cancelRsvp(EUN, id);

      expect([left, twice, never].map((e) => [e.attendeeCount, e.waitlistCount, e.myRsvp])).toEqual(
        Array(3).fill([1, 1, null]),
      );
      expect(await rsvpsOf(id)).toEqual({
        [ANN]: 'GOING',
        [BEN]: 'CANCELLED',
        [CHO]: 'WAITLISTED',
      });
      expect(await api.prisma.notification.count({ where: { entityId: id } })).toBe(0);
    });

    it('answering again after cancelling puts you at the back of the queue', async () => {
      const { id } = await host({ capacity: 1 });
      for (const guest of [ANN, BEN, CHO]) await rsvp(guest, id);
      await cancelRsvp(BEN, id);

      const back = await rsvp(BEN, id);
      await cancelRsvp(ANN, id);

      expect(back).toBe('WAITLISTED');
      expect(await rsvpsOf(id)).toEqual({
        [ANN]: 'CANCELLED',
        [BEN]: 'WAITLISTED',
        [CHO]: 'GOING',
      });
    });

    it('an event that has started takes no RSVP: BAD_USER_INPUT on id', async () => {
      const { id } = await host();
      await api.prisma.event.update({
        where: { id },
        data: { startsAt: new Date(Date.now() - HOUR_MS), endsAt: new Date(Date.now() + HOUR_MS) },
      });

      const error = await refusal(ANN, RSVP, { id });

      expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['id'] });
      expect(await api.prisma.rsvp.count({ where: { eventId: id } })).toBe(0);
    });

    it.each([
      { story: 'to an unknown event', who: ANN, id: NOBODY, code: 'NOT_FOUND' },
      { story: 'by an anonymous caller', who: ANONYMOUS, id: undefined, code: 'UNAUTHENTICATED' },
    ])('an RSVP $story is $code', async ({ who, id, code }) => {
      const eventId = id ?? (await host()).id;

      const error = await refusal(who, RSVP, { id: eventId });

      expect(error.extensions.code).toBe(code);
    });
  });

  describe('the hub’s events', () => {
    it('lists the hub’s events in a range soonest first, page by page, across equal start times and without other hubs’', async () => {
      const otherHall = await newHall();
      const socialHall = await newHall('social-economy-centre');
      const base = midnightAhead(100); // beyond every other story's days
      const made: { id: string; startsAt: string }[] = [];
      for (const [hallId, day, starts, ends] of [
        [hall, 3, '19:00', '21:00'],
        [hall, 1, '10:00', '12:00'],
        [otherHall, 1, '10:00', '12:00'], // the same start as the one before, in another hall
        [hall, 2, '14:00', '16:00'],
        [otherHall, 5, '18:00', '20:00'],
      ] as const) {
        const event = await host({
          spaceId: hallId,
          startsAt: at(base + day * DAY_MS, starts),
          endsAt: at(base + day * DAY_MS, ends),
        });
        made.push({ id: event.id, startsAt: event.startsAt });
      }
      await host(
        {
          hubId: hubs['social-economy-centre'],
          spaceId: socialHall,
          startsAt: at(base + DAY_MS, '12:00'),
          endsAt: at(base + DAY_MS, '13:00'),
        },
        HOST,
      );
      const expected = [...made].sort(
        (a, b) => a.startsAt.localeCompare(b.startsAt) || a.id.localeCompare(b.id),
      );

      const seen: string[] = [];
      const pages: boolean[] = [];
      let after: string | null = null;
      do {
        const { events }: { events: EventPage } = await api.graphql.ok(EVENTS, {
          hubId: hubs['youth-hub'],
          from: at(base, '00:00'),
          to: at(base + 7 * DAY_MS, '00:00'),
          first: 2,
          after,
        });
        expect(events.totalCount).toBe(5);
        seen.push(...events.edges.map((edge) => edge.node.id));
        pages.push(events.pageInfo.hasNextPage);
        after = events.pageInfo.hasNextPage ? events.pageInfo.endCursor : null;
      } while (after);

      expect(seen).toEqual(expected.map((event) => event.id));
      expect(pages).toEqual([true, true, false]);
    });

    it('a range that ends before it starts is BAD_USER_INPUT on to', async () => {
      const error = await refusal(ANONYMOUS, EVENTS, {
        hubId: hubs['youth-hub'],
        from: at(midnightAhead(2), '00:00'),
        to: at(midnightAhead(1), '00:00'),
      });

      expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['to'] });
    });
  });
});
