import { useTranslation } from 'react-i18next';
import { currentLanguage, LANGUAGES } from '../i18n/i18n';
import { useSession } from './session';

/** 한국어 / English; remembered in this browser, and saved on the account when signed in. */
export function LanguageSwitch() {
  const { t } = useTranslation();
  const { chooseLanguage } = useSession();
  const language = currentLanguage();
  return (
    <div className="language-switch" role="group" aria-label={t('layout.language')}>
      {LANGUAGES.map((option) => (
        <button
          key={option}
          type="button"
          lang={option}
          aria-pressed={option === language}
          onClick={() => {
            // Not saved (offline): the console still switches; the account keeps its language.
            chooseLanguage(option).catch(() => undefined);
          }}
        >
          {option === 'ko' ? '한국어' : 'English'}
        </button>
      ))}
    </div>
  );
}
