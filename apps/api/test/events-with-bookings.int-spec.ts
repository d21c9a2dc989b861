import { GraphqlResponse } from '@park/platform/testing';
import { Hub, Park, Person, startPark } from './support/park';
import { SET_UP_MS, TestApi } from './support/test-api';
import { at, DAY_MS, midnightAhead, openingHours } from './support/time';

// An event lives and dies with its booking. While the booking waits for approval the event is
// not public (its organiser and the hub's staff see it); rejected or cancelled by anyone, the
// event is cancelled in the same transaction and everyone holding a seat or a waitlist place
// is told. Events are days ahead of the clock, each on a day of its own.

const FIELDS = `id title cancelledAt attendeeCount waitlistCount myRsvp { status } availableActions`;
const CREATE = `mutation Host($input: CreateEventInput!) { createEvent(input: $input) { ${FIELDS} } }`;
const EVENT = `query Event($id: ID!) { event(id: $id) { ${FIELDS} } }`;
const NODE = `query Node($id: ID!) { node(id: $id) { id } }`;
const RSVP = `mutation Rsvp($id: ID!) { rsvpEvent(id: $id) { ${FIELDS} } }`;
const EVENTS = `query Events($hubId: ID!, $from: DateTime!, $to: DateTime!) {
  events(hubId: $hubId, from: $from, to: $to, first: 50) { totalCount edges { node { id } } } }`;
const APPROVE = `mutation ($id: ID!) { approveBooking(id: $id) { status } }`;
const REJECT = `mutation ($id: ID!) { rejectBooking(id: $id, reason: "The hall is being repainted") { status } }`;
const CANCEL = `mutation ($id: ID!) { cancelBooking(id: $id, reason: "Plans changed") { status } }`;

interface EventView {
  id: string;
  title: string;
  cancelledAt: string | null;
  attendeeCount: number;
  waitlistCount: number;
  myRsvp: { status: string } | null;
  availableActions: string[];
}

let api: TestApi;
let park: Park;
let youth: Hub;
let manager: Person;
let host: Person;
let guests: Person[];
/** Takes events with no approval; and one whose bookings wait for the hub's staff. */
let openHall: string;
let approvalHall: string;
let day = 0;
const ANONYMOUS = {};

async function hall(policy: Record<string, unknown>): Promise<string> {
  const space = await park.newSpace(youth, {
    kind: 'EVENT_HALL',
    capacity: 50,
    policy: { maxDurationMinutes: 480, maxAdvanceDays: 120, ...policy },
    openingHours: openingHours('08:00', '23:00', [1, 2, 3, 4, 5, 6, 7]),
    by: manager,
  });
  return space.id;
}

/** The host's event in `spaceId` on a fresh day, with its booking's id. */
async function hostEvent(spaceId: string, capacity = 10) {
  day += 1;
  const midnight = midnightAhead(10 + day);
  const input = {
    hubId: youth.id,
    spaceId,
    title: park.unique('Repair Café'),
    description: 'Bring what is broken.',
    startsAt: at(midnight, '18:00'),
    endsAt: at(midnight, '21:00'),
    capacity,
  };
  const { createEvent } = await api.graphql.ok<{ createEvent: EventView }>(
    CREATE,
    { input },
    host.as,
  );
  const row = await api.prisma.event.findUniqueOrThrow({ where: { id: createEvent.id } });
  return { event: createEvent, bookingId: row.bookingId, midnight };
}

async function read(id: string, who: { token?: string } = ANONYMOUS) {
  return (await api.graphql.ok<{ event: EventView | null }>(EVENT, { id }, who)).event;
}

/** The ids in the hub's list for the event's day, as `who` reads it. */
async function listed(midnight: number, who: { token?: string } = ANONYMOUS) {
  const { events } = await api.graphql.ok<{
    events: { totalCount: number; edges: { node: { id: string } }[] };
  }>(
    EVENTS,
    {
      hubId: youth.id,
      from: new Date(midnight).toISOString(),
      to: new Date(midnight + DAY_MS).toISOString(),
    },
    who,
  );
  expect(events.totalCount).toBe(events.edges.length);
  return events.edges.map((edge) => edge.node.id);
}

const code = (response: GraphqlResponse<unknown>) => response.errors?.[0]?.extensions.code;

/** Who was told the event is cancelled, by user id, sorted. */
async function toldOfCancellation(eventId: string): Promise<string[]> {
  const rows = await api.prisma.notification.findMany({
    where: { entityId: eventId, kind: 'EVENT_CANCELLED' },
  });
  return rows.map((row) => row.recipientId).sort();
}

beforeAll(async () => {
  ({ api, park } = await startPark());
  youth = await park.hub('youth-hub');
  manager = await park.manager(youth);
  host = (await park.newMember(youth)).owner;
  guests = await park.newUsers(3, { label: 'guest' });
  openHall = await hall({});
  approvalHall = await hall({ requiresApproval: true });
}, SET_UP_MS);
afterAll(() => api.close());

describe('an event whose booking waits for approval', () => {
  it('is seen by its organiser and the hub’s staff only, and takes RSVPs from no one else', async () => {
    const { event, midnight } = await hostEvent(approvalHall);
    const [guest] = guests;

    expect(await read(event.id)).toBeNull();
    expect(await read(event.id, guest.as)).toBeNull();
    expect(await listed(midnight)).toEqual([]);
    expect(await listed(midnight, guest.as)).toEqual([]);
    const node = await api.graphql.ok<{ node: unknown }>(NODE, { id: event.id }, guest.as);
    expect(node.node).toBeNull();
    expect(code(await api.graphql.execute(RSVP, { id: event.id }, guest.as))).toBe('NOT_FOUND');
    expect(await api.prisma.rsvp.count({ where: { eventId: event.id } })).toBe(0);

    expect((await read(event.id, host.as))?.id).toBe(event.id);
    expect((await read(event.id, manager.as))?.id).toBe(event.id);
    expect(await listed(midnight, host.as)).toEqual([event.id]);
    expect(await listed(midnight, manager.as)).toEqual([event.id]);
  });

  it('goes public once staff approve its booking', async () => {
    const { event, bookingId, midnight } = await hostEvent(approvalHall);
    await api.graphql.ok(APPROVE, { id: bookingId }, manager.as);
    const [guest] = guests;

    expect((await read(event.id))?.id).toBe(event.id);
    expect(await listed(midnight)).toEqual([event.id]);
    const { rsvpEvent } = await api.graphql.ok<{ rsvpEvent: EventView }>(
      RSVP,
      { id: event.id },
      guest.as,
    );
    expect(rsvpEvent.myRsvp).toEqual({ status: 'GOING' });
  });

  it('is cancelled when staff reject its booking; those holding a place are told', async () => {
    const { event, bookingId, midnight } = await hostEvent(approvalHall);
    // The organiser may RSVP to their own event while it waits.
    await api.graphql.ok(RSVP, { id: event.id }, host.as);

    await api.graphql.ok(REJECT, { id: bookingId }, manager.as);

    const after = await read(event.id, host.as);
    expect(after?.cancelledAt).toEqual(expect.any(String));
    expect(after).toMatchObject({ attendeeCount: 0, myRsvp: null, availableActions: [] });
    expect(await listed(midnight, manager.as)).toEqual([]);
    expect(await toldOfCancellation(event.id)).toEqual([host.id]);
  });
});

describe('an event whose booking is cancelled', () => {
  it('by its organiser: cancelled with the booking, its seats and waitlist given up and told', async () => {
    const { event, bookingId, midnight } = await hostEvent(openHall, 1);
    const [going, waiting] = guests;
    await api.graphql.ok(RSVP, { id: event.id }, going.as);
    const { rsvpEvent } = await api.graphql.ok<{ rsvpEvent: EventView }>(
      RSVP,
      { id: event.id },
      waiting.as,
    );
    expect(rsvpEvent.myRsvp).toEqual({ status: 'WAITLISTED' });
    expect(await listed(midnight)).toEqual([event.id]);

    await api.graphql.ok(CANCEL, { id: bookingId }, host.as);

    const seen = await read(event.id, going.as);
    expect(seen?.cancelledAt).toEqual(expect.any(String));
    expect(seen).toMatchObject({
      attendeeCount: 0,
      waitlistCount: 0,
      myRsvp: null,
      availableActions: [],
    });
    expect(await listed(midnight)).toEqual([]);
    expect(await toldOfCancellation(event.id)).toEqual([going.id, waiting.id].sort());
    expect(
      await api.prisma.auditLogEntry.count({
        where: { action: 'Event.cancel', entityId: event.id },
      }),
    ).toBe(1);
  });

  it('by staff: cancelled, and nobody RSVPs to it afterwards', async () => {
    const { event, bookingId } = await hostEvent(openHall);
    const [going, , late] = guests;
    await api.graphql.ok(RSVP, { id: event.id }, going.as);

    await api.graphql.ok(CANCEL, { id: bookingId }, manager.as);

    const refusal = await api.graphql.execute(RSVP, { id: event.id }, late.as);
    expect(refusal.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: ['id'],
    });
    expect(refusal.errors?.[0].message).toContain('cancelled');
    expect(await api.prisma.rsvp.count({ where: { eventId: event.id, userId: late.id } })).toBe(0);
    expect(await toldOfCancellation(event.id)).toEqual([going.id]);
    // The host hears of the booking's cancellation from the booking's own notice (after the
    // confirmation it had when booked).
    const hostNotices = await api.prisma.notification.findMany({
      where: { recipientId: host.id, entityId: bookingId },
      orderBy: { createdAt: 'asc' },
    });
    expect(hostNotices.map((row) => row.kind)).toEqual(['BOOKING_CONFIRMED', 'BOOKING_CANCEL']);
  });

  it('frees the slot for another group, whose event is the one listed', async () => {
    const { event, bookingId, midnight } = await hostEvent(openHall);
    await api.graphql.ok(CANCEL, { id: bookingId }, manager.as);
    const other = (await park.newMember(youth)).owner;
    const { createEvent } = await api.graphql.ok<{ createEvent: EventView }>(
      CREATE,
      {
        input: {
          hubId: youth.id,
          spaceId: openHall,
          title: park.unique('Other group'),
          description: 'Another group.',
          startsAt: at(midnight, '18:00'),
          endsAt: at(midnight, '21:00'),
          capacity: 10,
        },
      },
      other.as,
    );

    expect(await listed(midnight)).toEqual([createEvent.id]);
    expect((await read(event.id))?.cancelledAt).toEqual(expect.any(String));
  });
});
