import type { Language } from '../../../lib/park-time';

// How the dashboard shows parkStats' figures: exactly, never rounded further than the API.

const LOCALE: Record<Language, string> = { ko: 'ko-KR', en: 'en-GB' };

export function formatCount(value: number, language: Language): string {
  return new Intl.NumberFormat(LOCALE[language]).format(value);
}

/** Utilisation (0 … 1, four places) as a percentage with two places: 0.1161 → 11.61%. */
export function formatShare(value: number, language: Language): string {
  return new Intl.NumberFormat(LOCALE[language], {
    style: 'percent',
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  }).format(value);
}

/** An outcome total as recorded (sums are exact: 0.1 + 0.2 is 0.3). */
export function formatTotal(value: number, language: Language): string {
  return new Intl.NumberFormat(LOCALE[language], { maximumFractionDigits: 20 }).format(value);
}
