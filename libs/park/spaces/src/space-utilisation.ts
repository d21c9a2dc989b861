import { Injectable } from '@nestjs/common';
import { BookingRepository } from './booking.repository';
import { openIntervals } from './opening-hours';
import { SpaceRepository } from './space.repository';

/**
 * Space utilisation of a hub in [from, to): hours booked by live bookings (clipped to the
 * period) over the hours its non-archived spaces are open in the period (their weekly opening
 * hours in Asia/Seoul), from 0 to 1 (0 when nothing is open). The one definition, for parkStats
 * and anything else that shows it. Two SQL statements for any number of hubs.
 */
@Injectable()
export class SpaceUtilisation {
  constructor(
    private readonly spaces: SpaceRepository,
    private readonly bookings: BookingRepository,
  ) {}

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
    const rows = await this.bookings.bookedSecondsByHub(ids, from, to);
    const seconds = new Map(rows.map((row) => [row.hubId, Number(row.seconds)]));
    return ids.map((hubId) => seconds.get(hubId) ?? 0);
  }

  /** Milliseconds each hub's non-archived spaces are open in [from, to). One SQL statement. */
  private async openMs(hubIds: readonly string[], from: Date, to: Date): Promise<number[]> {
    const ids = [...hubIds];
    const schedules = await this.spaces.weeklySchedules(ids);
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
