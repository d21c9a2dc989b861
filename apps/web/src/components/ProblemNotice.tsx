import { useTranslation } from 'react-i18next';
import type { Problem } from '../lib/api-errors';

// A problem that belongs to no single field, as a sentence; a conflict or a lost race offers
// a reload (the form keeps what was typed: the caller decides what reload means).
export function ProblemNotice({
  problem,
  onReload,
}: {
  problem: Problem | null;
  onReload?: () => void;
}) {
  const { t } = useTranslation();
  if (!problem) return null;
  const reloadable = problem.kind === 'conflict' || problem.kind === 'transition';
  return (
    <div className="notice notice-problem" role="alert">
      <p>
        {t(`problem.${problem.kind}`, {
          seconds: 'retryAfterSeconds' in problem ? problem.retryAfterSeconds : undefined,
        })}
      </p>
      {problem.kind === 'fields' || problem.kind === 'unknown' ? (
        <p className="detail">{problem.message}</p>
      ) : null}
      {reloadable && onReload ? (
        <button type="button" onClick={onReload}>
          {t('action.reload')}
        </button>
      ) : null}
    </div>
  );
}
