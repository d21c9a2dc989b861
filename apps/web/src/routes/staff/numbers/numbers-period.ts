// The period a staff screen reads, kept in the URL as Seoul calendar days (`from` and `to`, both
// included) and sent to the API as the instants [from 00:00, the day after to 00:00) in Seoul.

const DAY_MS = 24 * 60 * 60 * 1000;
const SEOUL_OFFSET_MS = 9 * 60 * 60 * 1000;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

export type SeriesInterval = 'WEEK' | 'MONTH';

export interface DayPeriod {
  from: string;
  to: string;
}

/** Today's Seoul calendar day, `days` days back (for defaults only). */
export function seoulDay(now: number, daysBack = 0): string {
  return new Date(now + SEOUL_OFFSET_MS - daysBack * DAY_MS).toISOString().slice(0, 10);
}

function isDay(value: string | null): value is string {
  return !!value && DAY.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`));
}

/** The URL's period, or the four weeks up to today when it has none (or a malformed one). */
export function periodFromParams(params: URLSearchParams, now: number): DayPeriod {
  const from = params.get('from');
  const to = params.get('to');
  if (isDay(from) && isDay(to)) return { from, to };
  return { from: seoulDay(now, 27), to: seoulDay(now) };
}

export function intervalFromParams(params: URLSearchParams): SeriesInterval {
  return params.get('interval') === 'MONTH' ? 'MONTH' : 'WEEK';
}

/** The API's [from, to) for a period of whole Seoul days. */
export function periodInstants(period: DayPeriod): { from: string; to: string } {
  const end = new Date(Date.parse(`${period.to}T00:00:00Z`) + DAY_MS).toISOString().slice(0, 10);
  return { from: `${period.from}T00:00:00+09:00`, to: `${end}T00:00:00+09:00` };
}

/** The Seoul day an instant falls on (for a series period's first day). */
export function dayOf(iso: string): string {
  return new Date(Date.parse(iso) + SEOUL_OFFSET_MS).toISOString().slice(0, 10);
}

/** The Seoul day before an exclusive end (a series period's last day). */
export function lastDayBefore(iso: string): string {
  return new Date(Date.parse(iso) + SEOUL_OFFSET_MS - 1).toISOString().slice(0, 10);
}
