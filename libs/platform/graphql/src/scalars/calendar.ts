/**
 * The calendar checks behind the DateTime and Date scalars. ECMAScript's own calendar arithmetic
 * (Date.UTC) tells a real day from 2026-02-30; only the strictness of the format is ours.
 */
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
// RFC 3339 date-time: an offset is required; T and Z in capitals; up to 9 fraction digits.
const DATE_TIME =
  /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):([0-5]\d):([0-5]\d)(?:\.(\d{1,9}))?(Z|[+-](?:[01]\d|2[0-3]):[0-5]\d)$/;

/** A real calendar day written YYYY-MM-DD (so 2026-02-30 is not one). */
export function isCalendarDate(value: unknown): value is string {
  const match = typeof value === 'string' ? DAY.exec(value) : null;
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number);
  if (month < 1 || month > 12 || day < 1) return false;
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** An RFC 3339 date-time with an offset on a real day → its instant; anything else → undefined. */
export function parseRfc3339(value: unknown): Date | undefined {
  const match = typeof value === 'string' ? DATE_TIME.exec(value) : null;
  if (!match || !isCalendarDate(match[1])) return undefined;
  const [, day, hours, minutes, seconds, fraction = '', offset] = match;
  // Date keeps milliseconds: finer fractions are cut, never rounded into the next second.
  const millis = fraction.padEnd(3, '0').slice(0, 3);
  const instant = new Date(`${day}T${hours}:${minutes}:${seconds}.${millis}${offset}`);
  return Number.isNaN(instant.getTime()) ? undefined : instant;
}
