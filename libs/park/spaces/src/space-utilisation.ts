import { Injectable } from '@nestjs/common';
import { BookingRepository } from './booking.repository';
import { openIntervals, SEOUL_OFFSET_MS, seoulMidnight, seoulWeekStart } from './opening-hours';
import { SpaceRepository } from './space.repository';

export type UtilisationInterval = 'WEEK' | 'MONTH';
export interface Period {
  from: Date;
  to: Date;
}

/**
 * Space utilisation of a hub in [from, to): hours booked by live bookings (clipped to the
 * period) over the hours its non-archived spaces are open in the period (their weekly opening
 * hours in Asia/Seoul), from 0 to 1 (0 when nothing is open). The one definition, for parkStats
 * and anything else that shows it. Two SQL statements for any number of hubs and periods.
 */
@Injectable()
export class SpaceUtilisation {
  constructor(
    private readonly spaces: SpaceRepository,
    private readonly bookings: BookingRepository,
  ) {}

  async byHub(hubIds: readonly string[], from: Date, to: Date): Promise<number[]> {
    const [figures] = await this.byHubAndPeriod(hubIds, [{ from, to }]);
    return figures;
  }

  /** Each period's utilisation per hub (periods × hubs, in the order given). Two statements. */
  async byHubAndPeriod(hubIds: readonly string[], periods: readonly Period[]): Promise<number[][]> {
    const [schedules, booked] = await Promise.all([
      this.spaces.weeklySchedules([...hubIds]),
      this.bookings.bookedSecondsByHubAndPeriod([...hubIds], periods),
    ]);
    const seconds = new Map(
      booked.map((row) => [`${row.period} ${row.hubId}`, Number(row.seconds)]),
    );
    return periods.map((period, n) =>
      hubIds.map((hubId) => {
        const openMs = schedules
          .filter((schedule) => schedule.hubId === hubId)
          .reduce((sum, { week, spaces }) => sum + weeklyOpenMs(week, period) * spaces, 0);
        if (!openMs) return 0;
        const ratio = Math.min(1, ((seconds.get(`${n} ${hubId}`) ?? 0) * 1000) / openMs);
        return Math.round(ratio * 10_000) / 10_000;
      }),
    );
  }

  /**
   * The Seoul months from the first live booking's to the last one's (at most the newest
   * `limit`), for series that cover all the park's booked time (the open-data utilisation).
   */
  async bookedMonths(limit = 120): Promise<Period[]> {
    const span = await this.bookings.liveSpan();
    if (!span) return [];
    const local = new Date(seoulMidnight(span.from.getTime()) + SEOUL_OFFSET_MS);
    const start = Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), 1) - SEOUL_OFFSET_MS;
    const end = nextBoundary(span.to.getTime() - 1, 'MONTH');
    return periodsOf(new Date(start), new Date(end), 'MONTH').slice(-limit);
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
    const rows = await this.bookings.bookedSecondsByHub(ids, from, to);
    const seconds = new Map(rows.map((row) => [row.hubId, Number(row.seconds)]));
    return ids.map((hubId) => seconds.get(hubId) ?? 0);
  }
}

/** Milliseconds one space with these weekly hours is open in the period. */
function weeklyOpenMs(week: number[][], period: Period): number {
  const weekly = week.map(([weekday, opensMinute, closesMinute]) => ({
    weekday,
    opensMinute,
    closesMinute,
  }));
  return openIntervals(weekly, period.from.getTime(), period.to.getTime()).reduce(
    (sum, interval) => sum + interval.end - interval.start,
    0,
  );
}

/**
 * [from, to) cut at the starts of Seoul weeks (Mondays) or months: the first and last pieces
 * may be partial. A period of at most 366 days gives at most 54 weeks or 13 months.
 */
export function periodsOf(from: Date, to: Date, interval: UtilisationInterval): Period[] {
  const periods: Period[] = [];
  let start = from.getTime();
  while (start < to.getTime()) {
    const end = Math.min(to.getTime(), nextBoundary(start, interval));
    periods.push({ from: new Date(start), to: new Date(end) });
    start = end;
  }
  return periods;
}

function nextBoundary(instant: number, interval: UtilisationInterval): number {
  if (interval === 'WEEK') return seoulWeekStart(instant) + 7 * 24 * 60 * 60 * 1000;
  const local = new Date(seoulMidnight(instant) + SEOUL_OFFSET_MS);
  return Date.UTC(local.getUTCFullYear(), local.getUTCMonth() + 1, 1) - SEOUL_OFFSET_MS;
}
