import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Language } from '../lib/park-time';
import { catalogue } from './catalogues';

// Korean is the park's language; the choice is remembered in this browser (and, signed in, on
// the account: the session switches to the account's saved locale).
const STORAGE_KEY = 'park.language';

export const LANGUAGES: Language[] = ['ko', 'en'];

function rememberedLanguage(): Language {
  const stored = globalThis.localStorage?.getItem(STORAGE_KEY);
  return stored === 'en' || stored === 'ko' ? stored : 'ko';
}

export function startI18n(language: Language = rememberedLanguage()) {
  void i18next.use(initReactI18next).init({
    resources: { ko: { translation: catalogue('ko') }, en: { translation: catalogue('en') } },
    lng: language,
    fallbackLng: 'ko',
    interpolation: { escapeValue: false },
    returnNull: false,
    initAsync: false,
  });
  document.documentElement.lang = language;
  return i18next;
}

export function switchLanguage(language: Language): void {
  globalThis.localStorage?.setItem(STORAGE_KEY, language);
  document.documentElement.lang = language;
  void i18next.changeLanguage(language);
}

/** An account's saved locale (`en`, `en-GB`, `ko-KR`, …) as one of the console's languages. */
export function languageOf(locale: string): Language {
  return locale.toLowerCase().startsWith('en') ? 'en' : 'ko';
}

export function currentLanguage(): Language {
  return i18next.language === 'en' ? 'en' : 'ko';
}
