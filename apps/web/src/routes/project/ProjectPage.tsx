import { useTranslation } from 'react-i18next';

export default function ProjectPage() {
  const { t } = useTranslation();
  return <p>{t('screen.comingSoon')}</p>;
}
