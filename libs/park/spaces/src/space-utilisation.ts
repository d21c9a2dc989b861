import { Injectable } from '@nestjs/common';
import { Prisma, PrismaService } from '@park/platform/database';
import { openIntervals } from './opening-hours';

/**
 * Bookings that hold their slot. NO_SHOW does not count: the sweep freed the slot and nobody
 * used the space; REJECTED and CANCELLED never held it. The exclusion constraint and the
 * booked-time rollup's trigger (migration 20261127060000_park_rollups) use the same states.
 */
export const LIVE_BOOKING_STATES = ['PENDING', 'CONFIRMED', 'CHECKED_IN'] as const;

// A literal list, not a parameter: the planner then matches the exclusion constraint's partial
// GiST index (WHERE status IN (…)) to find the bookings that overlap a period's edges.
const LIVE = Prisma.raw(LIVE_BOOKING_STATES.map((state) => `'${state}'`).join(', '));

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
    const [open, booked] = await Promise.all([
      this.openMs(hubIds, from, to),
      this.bookedSeconds(hubIds, from, to),
    ]);
    return open.map((openMs, index) => {
      if (!openMs) return 0;
      const ratio = Math.min(1, (booked[index] * 1000) / openMs);
      return Math.round(ratio * 10_000) / 10_000;
    });
  }

  /**
   * Seconds of live bookings in each hub's non-archived spaces, clipped to [from, to). The park
   * days (Asia/Seoul, see park_day in the migration) wholly inside the period come from the
   * per-space, per-day rollup a trigger keeps on bookings; the (at most two) pieces of a day left
   * at either end are summed from the bookings that overlap them. So the cost follows the spaces
   * and the length of the period, not how many bookings there are. One SQL statement.
   */
  async bookedSeconds(hubIds: readonly string[], from: Date, to: Date): Promise<number[]> {
    const ids = [...hubIds];
    const rows = await this.prisma.$queryRaw<{ hubId: string; seconds: number }[]>`
      WITH period AS (
        SELECT f, t,
               park_day(f) + CASE WHEN park_day_start(park_day(f)) = f THEN 0 ELSE 1 END AS first_day,
               park_day(t) AS end_day
        FROM (SELECT ${from}::timestamptz AS f, ${to}::timestamptz AS t) p
      ), edges AS (
        -- [from, the first whole day) and [the end of the whole days, to); a single piece,
        -- [from, to), when no whole day fits. Either may be empty.
        SELECT f AS lo, LEAST(park_day_start(first_day), t) AS hi FROM period
        UNION ALL
        SELECT GREATEST(park_day_start(end_day), LEAST(park_day_start(first_day), t)), t FROM period
      ), booked AS (
        -- Per space first (a range of the rollup's key), then the hubs' live spaces.
        SELECT r.space_id, SUM(r.booked_ms)::numeric AS ms
        FROM period JOIN space_booked_days r ON r.day >= period.first_day AND r.day < period.end_day
        GROUP BY r.space_id
        UNION ALL
        SELECT b.space_id,
               SUM(EXTRACT(EPOCH FROM LEAST(b.ends_at, e.hi) - GREATEST(b.starts_at, e.lo)) * 1000)
        FROM edges e
        JOIN bookings b ON tstzrange(b.starts_at, b.blocked_until) && tstzrange(e.lo, e.hi)
        WHERE b.status IN (${LIVE}) AND b.starts_at < e.hi AND b.ends_at > e.lo
        GROUP BY b.space_id
      )
      -- Whole milliseconds summed exactly, then one rounding: the same float as summing seconds.
      SELECT s.hub_id AS "hubId", SUM(booked.ms)::float8 / 1000 AS seconds
      FROM spaces s JOIN booked ON booked.space_id = s.id
      WHERE s.hub_id = ANY(${ids}::uuid[]) AND s.archived_at IS NULL
      GROUP BY s.hub_id`;
    const seconds = new Map(rows.map((row) => [row.hubId, Number(row.seconds)]));
    return ids.map((hubId) => seconds.get(hubId) ?? 0);
  }

  /**
   * Milliseconds each hub's non-archived spaces are open in [from, to). Spaces with the same
   * weekly hours come back as one row with their number, so the work follows the hubs' distinct
   * schedules, not their rooms (a hundred rooms cost 700 rows and 8 ms of CPU before). One SQL
   * statement.
   */
  private async openMs(hubIds: readonly string[], from: Date, to: Date): Promise<number[]> {
    const ids = [...hubIds];
    const schedules = await this.prisma.rows<{ hubId: string; week: number[][]; spaces: number }>(
      Prisma.sql`
        SELECT "hubId", week, count(*)::int AS spaces FROM (
          SELECT s.hub_id AS "hubId",
                 array_agg(ARRAY[h.weekday, h.opens_minute, h.closes_minute]::int[]
                           ORDER BY h.weekday, h.opens_minute) AS week
          FROM spaces s JOIN space_opening_hours h ON h.space_id = s.id
          WHERE s.hub_id = ANY(${ids}::uuid[]) AND s.archived_at IS NULL
          GROUP BY s.id, s.hub_id) per_space
        GROUP BY "hubId", week`,
    );
    const openMs = new Map<string, number>();
    for (const { hubId, week, spaces } of schedules) {
      const weekly = week.map(([weekday, opensMinute, closesMinute]) => ({
        weekday,
        opensMinute,
        closesMinute,
      }));
      const open = openIntervals(weekly, from.getTime(), to.getTime());
      const total = open.reduce((sum, interval) => sum + interval.end - interval.start, 0);
      openMs.set(hubId, (openMs.get(hubId) ?? 0) + total * spaces);
    }
    return ids.map((hubId) => openMs.get(hubId) ?? 0);
  }
}
