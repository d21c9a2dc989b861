import { formatDay, formatTime, type Language } from '../../lib/park-time';
import { seoulDayOf } from './seoul-week';

// Day and 24-hour clock in Seoul, the same in both languages (Intl's Korean "short" time
// style would say 오후 6:00 beside a 20:00 end).
export function dayAndTime(iso: string, language: Language): string {
  return `${formatDay(seoulDayOf(iso), language)} ${formatTime(iso, language)}`;
}

/** A period inside one day: `7 Dec 2026 10:00–11:00`. */
export function period(startsAt: string, endsAt: string, language: Language): string {
  return `${dayAndTime(startsAt, language)}–${formatTime(endsAt, language)}`;
}
