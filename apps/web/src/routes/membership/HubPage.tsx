import { useTranslation } from 'react-i18next';

export default function HubPage() {
  const { t } = useTranslation();
  return <p>{t('screen.comingSoon')}</p>;
}
