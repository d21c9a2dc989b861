import { Injectable } from '@nestjs/common';
import {
  Event as EventRow,
  pastPosition,
  Prisma,
  PrismaService,
  Rsvp as RsvpRow,
  RsvpStatus,
} from '@park/platform/database';
import { TimePosition } from '@park/platform/graphql';
import { Tx } from '@park/platform/workflow';

/** Which events a hub's list shows, to whom. */
export interface EventFilter {
  /** Left out: every hub's. */
  hubId?: string;
  /** Starts in [from, to). */
  from: Date;
  to: Date;
  /** Shows events whose booking is PENDING: all of them (staff), or this organiser's. */
  pendingOf: 'all' | { organizerId: string } | null;
}

/** Never a cancelled event; a PENDING booking's event only to whom `pendingOf` names. */
function listed(filter: EventFilter): Prisma.EventWhereInput {
  const { hubId, from, to, pendingOf } = filter;
  const where: Prisma.EventWhereInput = {
    hubId,
    startsAt: { gte: from, lt: to },
    cancelledAt: null,
  };
  if (pendingOf === 'all') return where;
  const confirmed: Prisma.EventWhereInput = { booking: { status: { not: 'PENDING' } } };
  return { ...where, OR: pendingOf ? [confirmed, pendingOf] : [confirmed] };
}

/** Events and their RSVPs. */
@Injectable()
export class EventRepository {
  constructor(private readonly prisma: PrismaService) {}

  findById(id: string): Promise<EventRow | null> {
    return this.prisma.event.findUnique({ where: { id } });
  }

  findRsvp(id: string): Promise<RsvpRow | null> {
    return this.prisma.rsvp.findUnique({ where: { id } });
  }

  findByIds(ids: readonly string[]): Promise<EventRow[]> {
    return this.prisma.event.findMany({ where: { id: { in: [...ids] } } });
  }

  create(tx: Tx, data: Prisma.EventUncheckedCreateInput): Promise<EventRow> {
    return tx.event.create({ data });
  }

  /** Locks the event row: RSVPs to one event take turns, so its seats are counted right. */
  async lock(tx: Tx, id: string): Promise<EventRow | null> {
    const [locked] = await tx.$queryRaw<
      { id: string }[]
    >`SELECT id FROM events WHERE id = ${id}::uuid FOR UPDATE`;
    return locked ? tx.event.findUnique({ where: { id } }) : null;
  }

  /** The event its booking holds, locked (RSVPs wait for its cancellation); null if none. */
  async lockForBooking(tx: Tx, bookingId: string): Promise<EventRow | null> {
    const [locked] = await tx.$queryRaw<{ id: string }[]>`
      SELECT id FROM events WHERE booking_id = ${bookingId}::uuid FOR UPDATE`;
    return locked ? tx.event.findUnique({ where: { id: locked.id } }) : null;
  }

  /** Calls the event off: every seat and waitlist place is given up with it. */
  async cancel(tx: Tx, id: string, at: Date): Promise<void> {
    await tx.event.update({ where: { id }, data: { cancelledAt: at } });
    await tx.rsvp.updateMany({
      where: { eventId: id, status: { in: ['GOING', 'WAITLISTED'] } },
      data: { status: 'CANCELLED' },
    });
  }

  /** Who holds a seat or a waitlist place. */
  async placeHolders(tx: Tx, eventId: string): Promise<string[]> {
    const rows = await tx.rsvp.findMany({
      where: { eventId, status: { in: ['GOING', 'WAITLISTED'] } },
      select: { userId: true },
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    });
    return rows.map((row) => row.userId);
  }

  /** Whether the event's booking still waits for approval. */
  async bookingPending(event: Pick<EventRow, 'bookingId'>, client: Tx = this.prisma) {
    const booking = await client.booking.findUnique({
      where: { id: event.bookingId },
      select: { status: true },
    });
    return booking?.status === 'PENDING';
  }

  page(filter: EventFilter, after: TimePosition | undefined, limit: number) {
    return this.prisma.event.findMany({
      where: { ...listed(filter), ...pastPosition('startsAt', 'asc', after) },
      orderBy: [{ startsAt: 'asc' }, { id: 'asc' }],
      take: limit,
    });
  }

  count(filter: EventFilter): Promise<number> {
    return this.prisma.event.count({ where: listed(filter) });
  }

  rsvpOf(tx: Tx, eventId: string, userId: string): Promise<RsvpRow | null> {
    return tx.rsvp.findUnique({ where: { eventId_userId: { eventId, userId } } });
  }

  going(tx: Tx, eventId: string): Promise<number> {
    return tx.rsvp.count({ where: { eventId, status: 'GOING' } });
  }

  setRsvp(tx: Tx, eventId: string, userId: string, status: RsvpStatus): Promise<RsvpRow> {
    return tx.rsvp.upsert({
      where: { eventId_userId: { eventId, userId } },
      create: { eventId, userId, status },
      // Rejoining puts you at the back of the queue.
      update: { status, createdAt: new Date() },
    });
  }

  firstWaiting(tx: Tx, eventId: string): Promise<RsvpRow | null> {
    return tx.rsvp.findFirst({
      where: { eventId, status: 'WAITLISTED' },
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    });
  }

  promote(tx: Tx, id: string): Promise<RsvpRow> {
    return tx.rsvp.update({ where: { id }, data: { status: 'GOING' } });
  }

  /** GOING and WAITLISTED counts per event, in one query. */
  counts(eventIds: readonly string[]) {
    return this.prisma.rsvp.groupBy({
      by: ['eventId', 'status'],
      where: { eventId: { in: [...eventIds] }, status: { in: ['GOING', 'WAITLISTED'] } },
      _count: { _all: true },
    });
  }

  rsvpsOf(userId: string, eventIds: readonly string[]): Promise<RsvpRow[]> {
    return this.prisma.rsvp.findMany({ where: { userId, eventId: { in: [...eventIds] } } });
  }

  /** The person's RSVPs to events not yet over (GOING or WAITLISTED), soonest first. */
  upcomingRsvpsOf(userId: string, now: Date, limit: number): Promise<RsvpRow[]> {
    return this.prisma.rsvp.findMany({
      where: { userId, status: { in: ['GOING', 'WAITLISTED'] }, event: { endsAt: { gt: now } } },
      orderBy: [{ event: { startsAt: 'asc' } }, { id: 'asc' }],
      take: limit,
    });
  }

  /** Places in their events' waitlists (1 = next in line), by the queue's order. */
  async waitlistPlaces(rsvpIds: readonly string[]): Promise<Map<string, number>> {
    const rows = await this.prisma.$queryRaw<{ id: string; place: number }[]>(Prisma.sql`
      SELECT mine.id, (
               SELECT count(*)::int FROM rsvps ahead
               WHERE ahead.event_id = mine.event_id AND ahead.status = 'WAITLISTED'
                 AND (ahead.created_at, ahead.id) <= (mine.created_at, mine.id)
             ) AS place
      FROM rsvps mine
      WHERE mine.id = ANY(${[...rsvpIds]}::uuid[]) AND mine.status = 'WAITLISTED'`);
    return new Map(rows.map((row) => [row.id, row.place]));
  }

  /** The events these bookings hold (at most one each). */
  ofBookings(bookingIds: readonly string[]): Promise<EventRow[]> {
    return this.prisma.event.findMany({ where: { bookingId: { in: [...bookingIds] } } });
  }

  /** Who holds a place, for its organiser and staff: the seats, then the waitlist in its order. */
  placesOf(eventIds: readonly string[]): Promise<RsvpRow[]> {
    return this.prisma.rsvp.findMany({
      where: { eventId: { in: [...eventIds] }, status: { in: ['GOING', 'WAITLISTED'] } },
      orderBy: [{ status: 'asc' }, { createdAt: 'asc' }, { id: 'asc' }],
    });
  }

  update(tx: Tx, id: string, data: Prisma.EventUncheckedUpdateInput): Promise<EventRow> {
    return tx.event.update({ where: { id }, data });
  }

  /** Which of these bookings hold an event's space (the no-show sweep leaves those alone). */
  async holdingEvents(bookingIds: readonly string[]): Promise<Set<string>> {
    const rows = await this.prisma.event.findMany({
      where: { bookingId: { in: [...bookingIds] } },
      select: { bookingId: true },
    });
    return new Set(rows.map((row) => row.bookingId));
  }
}
