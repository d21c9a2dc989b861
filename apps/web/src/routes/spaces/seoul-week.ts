// Week arithmetic in Seoul time, independent of the browser's zone. Seoul is UTC+9 all year
// (no daylight saving, docs/api.md "Time zones"), so a fixed offset is exact and avoids
// pulling a zone database into the chunk.
const MINUTE_MS = 60_000;
const DAY_MS = 24 * 60 * MINUTE_MS;
const SEOUL_OFFSET_MS = 9 * 60 * MINUTE_MS;

/** A Seoul calendar day `YYYY-MM-DD` of an instant. */
export function seoulDayOf(instant: Date | string): string {
  return new Date(new Date(instant).getTime() + SEOUL_OFFSET_MS).toISOString().slice(0, 10);
}

/** The Seoul wall clock `HH:MM` of an instant. */
export function seoulClockOf(instant: Date | string): string {
  return new Date(new Date(instant).getTime() + SEOUL_OFFSET_MS).toISOString().slice(11, 16);
}

/** `clock` (`HH:MM`, may be `24:00`) on the Seoul day `day`, as an instant. */
export function seoulInstant(day: string, clock = '00:00'): Date {
  const [hours, minutes] = clock.split(':').map(Number);
  return new Date(
    Date.parse(`${day}T00:00:00Z`) - SEOUL_OFFSET_MS + (hours * 60 + minutes) * MINUTE_MS,
  );
}

export function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** 1 = Monday … 7 = Sunday, as the API's opening hours count. */
export function weekdayOf(day: string): number {
  return new Date(`${day}T00:00:00Z`).getUTCDay() || 7;
}

/** The Monday of the Seoul week holding `day`. */
export function mondayOf(day: string): string {
  return addDays(day, 1 - weekdayOf(day));
}

const DAY_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

/** The week a `?week=` parameter names (any day of it), or the current Seoul week. */
export function weekFromParam(param: string | null, now = new Date()): string {
  if (param && DAY_PATTERN.test(param) && !Number.isNaN(Date.parse(`${param}T00:00:00Z`))) {
    return mondayOf(param);
  }
  return mondayOf(seoulDayOf(now));
}

/** Minutes since Seoul midnight for `HH:MM`. */
export function minutesOf(clock: string): number {
  const [hours, minutes] = clock.split(':').map(Number);
  return hours * 60 + minutes;
}

export function clockOf(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}
