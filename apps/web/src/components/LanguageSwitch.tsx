import { useTranslation } from 'react-i18next';
import { currentLanguage, LANGUAGES, switchLanguage } from '../i18n/i18n';

/** 한국어 / English; the choice is remembered in this browser. */
export function LanguageSwitch() {
  const { t } = useTranslation();
  const language = currentLanguage();
  return (
    <div className="language-switch" role="group" aria-label={t('layout.language')}>
      {LANGUAGES.map((option) => (
        <button
          key={option}
          type="button"
          lang={option}
          aria-pressed={option === language}
          onClick={() => switchLanguage(option)}
        >
          {option === 'ko' ? '한국어' : 'English'}
        </button>
      ))}
    </div>
  );
}
