import { useTranslation } from 'react-i18next';

export default function SpacePage() {
  const { t } = useTranslation();
  return <p>{t('screen.comingSoon')}</p>;
}
