import { Injectable } from '@nestjs/common';
import { PrismaService } from '@park/platform/database';
import { openIntervals, WeeklyHours } from './opening-hours';

/**
 * Bookings that hold their slot. NO_SHOW does not count: the sweep freed the slot and nobody
 * used the space; REJECTED and CANCELLED never held it.
 */
export const LIVE_BOOKING_STATES = ['PENDING', 'CONFIRMED', 'CHECKED_IN'] as const;

/** No booking is longer than the longest policy allows (10,080 minutes): bounds the index scan. */
const LONGEST_BOOKING_MS = 7 * 24 * 60 * 60 * 1000;

/**
 * Space utilisation of a hub in [from, to): hours booked by live bookings (clipped to the
 * period) over the hours its non-archived spaces are open in the period (their weekly opening
 * hours in Asia/Seoul), from 0 to 1 (0 when nothing is open). The one definition, for parkStats
 * and anything else that shows it. Two SQL statements for any number of hubs.
 */
@Injectable()
export class SpaceUtilisation {
  constructor(private readonly prisma: PrismaService) {}

  async byHub(hubIds: readonly string[], from: Date, to: Date): Promise<number[]> {
    const ids = [...hubIds];
    const [hours, booked] = await Promise.all([
      this.prisma.$queryRaw<({ hubId: string; spaceId: string } & WeeklyHours)[]>`
        SELECT s.hub_id AS "hubId", s.id AS "spaceId", h.weekday::int AS weekday,
               h.opens_minute::int AS "opensMinute", h.closes_minute::int AS "closesMinute"
        FROM spaces s JOIN space_opening_hours h ON h.space_id = s.id
        WHERE s.hub_id = ANY(${ids}::uuid[]) AND s.archived_at IS NULL`,
      this.prisma.$queryRaw<{ hubId: string; seconds: number }[]>`
        SELECT s.hub_id AS "hubId",
               SUM(EXTRACT(EPOCH FROM LEAST(b.ends_at, ${to}) - GREATEST(b.starts_at, ${from})))::float8 AS seconds
        FROM spaces s JOIN bookings b ON b.space_id = s.id
        WHERE s.hub_id = ANY(${ids}::uuid[]) AND s.archived_at IS NULL
          AND b.status = ANY(${[...LIVE_BOOKING_STATES]}::"BookingStatus"[])
          AND b.starts_at < ${to}
          AND b.starts_at > ${new Date(from.getTime() - LONGEST_BOOKING_MS)}
          AND b.ends_at > ${from}
        GROUP BY s.hub_id`,
    ]);
    const openMs = new Map<string, number>();
    const bySpace = new Map<string, { hubId: string; hours: WeeklyHours[] }>();
    for (const row of hours) {
      const space = bySpace.get(row.spaceId) ?? { hubId: row.hubId, hours: [] };
      space.hours.push(row);
      bySpace.set(row.spaceId, space);
    }
    for (const { hubId, hours: weekly } of bySpace.values()) {
      const open = openIntervals(weekly, from.getTime(), to.getTime());
      const total = open.reduce((sum, interval) => sum + interval.end - interval.start, 0);
      openMs.set(hubId, (openMs.get(hubId) ?? 0) + total);
    }
    const bookedMs = new Map(booked.map((row) => [row.hubId, Number(row.seconds) * 1000]));
    return ids.map((hubId) => {
      const open = openMs.get(hubId) ?? 0;
      if (!open) return 0;
      const ratio = Math.min(1, (bookedMs.get(hubId) ?? 0) / open);
      return Math.round(ratio * 10_000) / 10_000;
    });
  }
}
