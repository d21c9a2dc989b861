/**
 * The calendar checks behind the DateTime and Date scalars. ECMAScript's own calendar arithmetic
 * (Date.UTC) tells a real day from 2026-02-30; only the strictness of the format is ours.
 */
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
// RFC 3339 date-time: an offset is required; T and Z in capitals; up to 9 fraction digits.
const DATE_TIME =
  /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):([0-5]\d):([0-5]\d)(?:\.(\d{1,9}))?(Z|[+-](?:[01]\d|2[0-3]):[0-5]\d)$/;

/**
 * The years every date and instant must fall in, UTC: PostgreSQL has no year 0 and writes
 * 10000 on as a five-digit year that JS and our scalars cannot read back.
 */
export const FIRST_YEAR = 1;
export const LAST_YEAR = 9999;
const EARLIEST = new Date(0).setUTCFullYear(FIRST_YEAR, 0, 1);
const LATEST = new Date(0).setUTCFullYear(LAST_YEAR + 1, 0, 1) - 1;

/** Whether an instant lies in years 1–9999 (UTC). */
export function isWithinYears(instant: Date): boolean {
  const time = instant.getTime();
  return time >= EARLIEST && time <= LATEST;
}

/** A real calendar day written YYYY-MM-DD (so 2026-02-30 is not one), in years 1–9999. */
export function isCalendarDate(value: unknown): value is string {
  const match = typeof value === 'string' ? DAY.exec(value) : null;
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number);
  if (year < FIRST_YEAR || month < 1 || month > 12 || day < 1) return false;
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/**
 * An RFC 3339 date-time with an offset on a real day, its instant in years 1–9999 UTC → that
 * instant; anything else → undefined.
 */
export function parseRfc3339(value: unknown): Date | undefined {
  const match = typeof value === 'string' ? DATE_TIME.exec(value) : null;
  if (!match || !isCalendarDate(match[1])) return undefined;
  const [, day, hours, minutes, seconds, fraction = '', offset] = match;
  // Date keeps milliseconds: finer fractions are cut, never rounded into the next second.
  const millis = fraction.padEnd(3, '0').slice(0, 3);
  const instant = new Date(`${day}T${hours}:${minutes}:${seconds}.${millis}${offset}`);
  return isWithinYears(instant) ? instant : undefined;
}
