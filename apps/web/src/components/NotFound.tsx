import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** An unknown URL, or a thing that does not exist or that the viewer may not see. */
export function NotFound() {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="not-found-title">
      <h1 id="not-found-title">{t('notFound.title')}</h1>
      <p>{t('notFound.body')}</p>
      <Link to="/">{t('notFound.home')}</Link>
    </section>
  );
}
