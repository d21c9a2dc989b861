// Times in the park are read in its hubs' zone, whatever the browser's own zone is.
export const PARK_TIME_ZONE = 'Asia/Seoul';

export type Language = 'ko' | 'en';

const LOCALE: Record<Language, string> = { ko: 'ko-KR', en: 'en-GB' };

export function formatDateTime(iso: string, language: Language): string {
  return new Intl.DateTimeFormat(LOCALE[language], {
    timeZone: PARK_TIME_ZONE,
    dateStyle: 'medium',
    timeStyle: 'short',
  }).format(new Date(iso));
}

export function formatTime(iso: string, language: Language): string {
  return new Intl.DateTimeFormat(LOCALE[language], {
    timeZone: PARK_TIME_ZONE,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(new Date(iso));
}

/** A calendar day (`YYYY-MM-DD`, the API's `Date`), shown without any zone shift. */
export function formatDay(day: string, language: Language): string {
  return new Intl.DateTimeFormat(LOCALE[language], { timeZone: 'UTC', dateStyle: 'medium' }).format(
    new Date(`${day}T00:00:00Z`),
  );
}

const won = new Intl.NumberFormat('ko-KR', { style: 'currency', currency: 'KRW' });

export function formatWon(amount: number): string {
  return won.format(amount);
}
