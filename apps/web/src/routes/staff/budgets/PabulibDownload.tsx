import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { accessTokens } from '../../../app/access-token';
import { saveFile } from '../../../lib/save-file';

/**
 * The round as a pabulib file (GET /budget-rounds/:id/pabulib): a button, not a link, since the
 * route wants the bearer token, which lives in memory and never in a cookie a link would send.
 */
export function PabulibDownload({ roundId, title }: { roundId: string; title: string }) {
  const { t } = useTranslation();
  const [failed, setFailed] = useState(false);
  const [busy, setBusy] = useState(false);

  const download = async () => {
    setBusy(true);
    setFailed(false);
    try {
      const token = accessTokens.current();
      const answer = await fetch(`/budget-rounds/${roundId}/pabulib`, {
        headers: token ? { authorization: `Bearer ${token}` } : {},
      });
      if (!answer.ok) throw new Error(`HTTP ${answer.status}`);
      saveFile(`${title}.pb`, await answer.blob());
    } catch {
      setFailed(true);
    } finally {
      setBusy(false);
    }
  };

  return (
    <p>
      <button type="button" onClick={() => void download()} disabled={busy}>
        {t('staffBudgets.detail.pabulib')}
      </button>{' '}
      <span className="hint">{t('staffBudgets.detail.pabulibHint')}</span>
      {failed ? <span role="alert"> {t('staffBudgets.detail.pabulibFailed')}</span> : null}
    </p>
  );
}
