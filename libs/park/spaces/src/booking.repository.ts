import { Injectable } from '@nestjs/common';
import {
  Booking as BookingRow,
  BookingStatus,
  isExclusionViolation,
  Prisma,
  PrismaService,
} from '@park/platform/database';
import { DomainError } from '@park/platform/graphql';
import { Tx } from '@park/platform/workflow';

/** States that hold their slot; the exclusion constraint keeps them from overlapping. */
export const LIVE: BookingStatus[] = ['PENDING', 'CONFIRMED', 'CHECKED_IN'];

export const OVERLAP_MESSAGE =
  'The space is already booked for part of that time (buffer included)';

/** Bookings: the only place that reads and writes them. */
@Injectable()
export class BookingRepository {
  constructor(private readonly prisma: PrismaService) {}

  findById(id: string): Promise<BookingRow | null> {
    return this.prisma.booking.findUnique({ where: { id } });
  }

  /** The database refuses an overlap (exclusion constraint); we answer CONFLICT, never 500. */
  async create(tx: Tx, data: Prisma.BookingUncheckedCreateInput): Promise<BookingRow> {
    try {
      return await tx.booking.create({ data });
    } catch (error) {
      if (isExclusionViolation(error)) throw DomainError.conflict(OVERLAP_MESSAGE);
      throw error;
    }
  }

  async move(
    tx: Tx,
    id: string,
    from: BookingStatus,
    to: BookingStatus,
    data: Prisma.BookingUpdateManyMutationInput = {},
  ) {
    const { count } = await tx.booking.updateMany({
      where: { id, status: from },
      data: { ...data, status: to },
    });
    return count === 1;
  }

  /**
   * Live bookings of one space that keep any time in [from, to), oldest first; the range
   * condition is the exclusion constraint's own GiST index.
   */
  blocking(spaceId: string, from: Date, to: Date, client: Tx = this.prisma) {
    return client.$queryRaw<Pick<BookingRow, 'id' | 'startsAt' | 'endsAt' | 'blockedUntil'>[]>`
      SELECT id, starts_at AS "startsAt", ends_at AS "endsAt", blocked_until AS "blockedUntil"
      FROM bookings
      WHERE space_id = ${spaceId}::uuid
        AND status IN ('PENDING', 'CONFIRMED', 'CHECKED_IN')
        AND tstzrange(starts_at, blocked_until) && tstzrange(${from}::timestamptz, ${to}::timestamptz)
      ORDER BY starts_at`;
  }

  /** A calendar: every booking of the space that starts in [from, to). */
  ofSpace(spaceId: string, from: Date, to: Date): Promise<BookingRow[]> {
    return this.prisma.booking.findMany({
      where: { spaceId, startsAt: { gte: from, lt: to } },
      orderBy: [{ startsAt: 'asc' }, { id: 'asc' }],
    });
  }

  ofBooker(bookerId: string, from: Date, to: Date): Promise<BookingRow[]> {
    return this.prisma.booking.findMany({
      where: { bookerId, startsAt: { gte: from, lt: to } },
      orderBy: [{ startsAt: 'asc' }, { id: 'asc' }],
    });
  }

  /** Hours the stakeholder has live in the hub's spaces during [from, to). */
  async hoursOf(stakeholderId: string, hubId: string, from: Date, to: Date): Promise<number> {
    const [{ hours }] = await this.prisma.$queryRaw<{ hours: number }[]>`
      SELECT COALESCE(SUM(EXTRACT(EPOCH FROM (b.ends_at - b.starts_at))), 0)::float8 / 3600 AS hours
      FROM bookings b JOIN spaces s ON s.id = b.space_id
      WHERE b.stakeholder_id = ${stakeholderId}::uuid AND s.hub_id = ${hubId}::uuid
        AND b.status IN ('PENDING', 'CONFIRMED', 'CHECKED_IN')
        AND b.starts_at >= ${from}::timestamptz AND b.starts_at < ${to}::timestamptz`;
    return hours;
  }

  /**
   * CONFIRMED bookings that started before `before` and were never checked in. An event's own
   * booking is left alone: the event keeps its space whether or not anyone checks it in.
   */
  overdue(before: Date, limit: number) {
    return this.prisma.booking.findMany({
      where: { status: 'CONFIRMED', startsAt: { lt: before }, event: null },
      orderBy: [{ startsAt: 'asc' }],
      take: limit,
    });
  }
}
