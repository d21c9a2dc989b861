import { useApolloClient } from '@apollo/client/react';
import { useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { connection } from '../lib/connection';

/** Shown while the API does not answer; retry sends the screen's queries again. */
export function ConnectionBanner() {
  const { t } = useTranslation();
  const client = useApolloClient();
  const lost = useSyncExternalStore(connection.subscribe, connection.isLost);
  if (!lost) return null;
  return (
    <div className="banner banner-offline" role="alert">
      <span>{t('connection.lost')}</span>
      <button type="button" onClick={() => void client.refetchObservableQueries()}>
        {t('action.retry')}
      </button>
    </div>
  );
}
