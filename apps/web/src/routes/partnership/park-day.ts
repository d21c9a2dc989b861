import { PARK_TIME_ZONE } from '../../lib/park-time';

/** Today in the park (Asia/Seoul) as `YYYY-MM-DD`: the API's "today" for partnership dates. */
export function parkToday(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: PARK_TIME_ZONE }).format(now);
}
