import { useTranslation } from 'react-i18next';

export default function StakeholderDirectory() {
  const { t } = useTranslation();
  return <p>{t('screen.comingSoon')}</p>;
}
