// Time in tests: the park's zone is Asia/Seoul (UTC+9 all year, no DST). Every helper takes the
// `now` it counts from, so a story can pin it; by default that is the real clock, which the API
// under test also reads.

export const MINUTE_MS = 60 * 1000;
export const HOUR_MS = 60 * MINUTE_MS;
export const DAY_MS = 24 * HOUR_MS;
export const WEEK_MS = 7 * DAY_MS;
/** Seoul is UTC+9. */
export const SEOUL_MS = 9 * HOUR_MS;

/** A Seoul wall-clock time ("2026-12-07T10:00" or "2026-12-07") as an instant. */
export function seoul(local: string): Date {
  const [date, clock = '00:00'] = local.split('T');
  return new Date(`${date}T${clock.length === 5 ? `${clock}:00` : clock}+09:00`);
}

/** Seoul midnight of the day `instant` falls on, as a UTC instant in ms. */
export function seoulMidnight(instant: number): number {
  return Math.floor((instant + SEOUL_MS) / DAY_MS) * DAY_MS - SEOUL_MS;
}

/** Seoul midnight `days` after the day `now` falls on, as a UTC instant in ms. */
export function midnightAhead(days: number, now = Date.now()): number {
  return seoulMidnight(now) + days * DAY_MS;
}

/** The Seoul calendar date (YYYY-MM-DD) of the day starting at `midnight`. */
export function seoulDate(midnight: number): string {
  return new Date(midnight + SEOUL_MS).toISOString().slice(0, 10);
}

/** The Seoul calendar day `offset` days from `now`, YYYY-MM-DD. */
export function seoulDay(offset = 0, now = Date.now()): string {
  return seoulDate(seoulMidnight(now) + offset * DAY_MS);
}

/** The Seoul weekday (1 = Monday … 7 = Sunday) of the day starting at `midnight`. */
export function seoulWeekday(midnight: number): number {
  return new Date(midnight + SEOUL_MS).getUTCDay() || 7;
}

/** Seoul midnight of the first `weekday` (1 = Monday) at least `days` after `now`'s day. */
export function dayAhead(weekday: number, days: number, now = Date.now()): number {
  for (let day = seoulMidnight(now) + days * DAY_MS; ; day += DAY_MS) {
    if (seoulWeekday(day) === weekday) return day;
  }
}

/** Seoul midnight of the first working day (Monday to Friday) at least `days` after `now`'s day. */
export function workdayAhead(days: number, now = Date.now()): number {
  for (let day = seoulMidnight(now) + days * DAY_MS; ; day += DAY_MS) {
    if (seoulWeekday(day) <= 5) return day;
  }
}

/** The next Monday at least `days` ahead of `now`, as Seoul midnight. */
export const nextMonday = (days: number, now = Date.now()) => dayAhead(1, days, now);

/** `clock` ("HH:MM", Seoul) on the day starting at `day`, as ISO. */
export function at(day: number, clock: string): string {
  const [hours, minutes] = clock.split(':').map(Number);
  return new Date(day + hours * HOUR_MS + minutes * MINUTE_MS).toISOString();
}

/** A whole minute `minutes` after `now`, as ISO. */
export function fromNow(minutes: number, now = Date.now()): string {
  return new Date(Math.ceil(now / MINUTE_MS) * MINUTE_MS + minutes * MINUTE_MS).toISOString();
}

/** Opening hours: the given weekdays (default Monday to Friday), `opens`–`closes` Seoul time. */
export function openingHours(opens = '09:00', closes = '18:00', weekdays = [1, 2, 3, 4, 5]) {
  return weekdays.map((weekday) => ({ weekday, opens, closes }));
}
export const WEEKDAY_HOURS = openingHours();
export const ROUND_THE_CLOCK = openingHours('00:00', '24:00', [1, 2, 3, 4, 5, 6, 7]);
