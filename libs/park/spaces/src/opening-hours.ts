/**
 * Time in the park: Asia/Seoul has kept UTC+9 without daylight saving since 1988, so a local
 * day is a fixed 24-hour window starting at 15:00 UTC the day before.
 */
export const SEOUL_OFFSET_MS = 9 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;
const MINUTE_MS = 60 * 1000;

/** One weekday's hours: minutes since local midnight; closes may be 1440 (24:00). */
export interface WeeklyHours {
  weekday: number;
  opensMinute: number;
  closesMinute: number;
}

export interface Interval {
  start: number;
  end: number;
}

/** 1 = Monday … 7 = Sunday, for the Seoul day containing `instant`. */
export function seoulWeekday(instant: number): number {
  const day = new Date(instant + SEOUL_OFFSET_MS).getUTCDay();
  return day === 0 ? 7 : day;
}

/** The UTC instant of the Seoul midnight that starts the day containing `instant`. */
export function seoulMidnight(instant: number): number {
  return Math.floor((instant + SEOUL_OFFSET_MS) / DAY_MS) * DAY_MS - SEOUL_OFFSET_MS;
}

/** Monday 00:00 in Seoul of the week containing `instant`. */
export function seoulWeekStart(instant: number): number {
  return seoulMidnight(instant) - (seoulWeekday(instant) - 1) * DAY_MS;
}

/** The open intervals between `from` and `to`, with days that touch at midnight merged. */
export function openIntervals(hours: WeeklyHours[], from: number, to: number): Interval[] {
  const byWeekday = new Map(hours.map((h) => [h.weekday, h]));
  const intervals: Interval[] = [];
  for (let midnight = seoulMidnight(from); midnight < to; midnight += DAY_MS) {
    const day = byWeekday.get(seoulWeekday(midnight));
    if (!day) continue;
    const start = Math.max(from, midnight + day.opensMinute * MINUTE_MS);
    const end = Math.min(to, midnight + day.closesMinute * MINUTE_MS);
    if (start >= end) continue;
    const last = intervals.at(-1);
    if (last && last.end === start) last.end = end;
    else intervals.push({ start, end });
  }
  return intervals;
}

/**
 * Whether the space is open for the whole of [from, to). Stops at the first gap, so a staff
 * booking without a duration limit ending in year 9999 costs a week of days, not millennia.
 */
export function coversWhole(hours: WeeklyHours[], from: number, to: number): boolean {
  const byWeekday = new Map(hours.map((h) => [h.weekday, h]));
  const allDay = (weekday: number) => {
    const day = byWeekday.get(weekday);
    return !!day && day.opensMinute === 0 && day.closesMinute === 1440;
  };
  if ([1, 2, 3, 4, 5, 6, 7].every(allDay)) return true;
  let cursor = from;
  for (let midnight = seoulMidnight(from); cursor < to; midnight += DAY_MS) {
    const day = byWeekday.get(seoulWeekday(midnight));
    if (!day) return false;
    const opens = midnight + day.opensMinute * MINUTE_MS;
    const closes = midnight + day.closesMinute * MINUTE_MS;
    if (closes <= cursor) continue;
    if (opens > cursor) return false;
    cursor = closes;
  }
  return true;
}

/** `intervals` minus `taken`: what is left, in order. Both lists may be in any order. */
export function subtract(intervals: Interval[], taken: Interval[]): Interval[] {
  const busy = [...taken].sort((a, b) => a.start - b.start);
  return intervals.flatMap((interval) => {
    const free: Interval[] = [];
    let cursor = interval.start;
    for (const block of busy) {
      if (block.end <= cursor || block.start >= interval.end) continue;
      if (block.start > cursor) free.push({ start: cursor, end: block.start });
      cursor = Math.max(cursor, block.end);
    }
    if (cursor < interval.end) free.push({ start: cursor, end: interval.end });
    return free;
  });
}

/** "09:30" ↔ 570. "24:00" is allowed as a closing time. */
export function parseClock(clock: string): number | undefined {
  const match = /^([01]\d|2[0-4]):([0-5]\d)$/.exec(clock);
  if (!match) return undefined;
  const minutes = Number(match[1]) * 60 + Number(match[2]);
  return minutes <= 1440 ? minutes : undefined;
}

export function formatClock(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}
