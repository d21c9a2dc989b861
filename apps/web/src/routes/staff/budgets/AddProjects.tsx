import { useLazyQuery, useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemNotice } from '../../../components/ProblemNotice';
import { problemOf, type Problem } from '../../../lib/api-errors';
import { formatWon } from '../../../lib/park-time';
import { ADD_PROJECT_TO_ROUND, ROUND_CANDIDATES } from './budget-round-documents';

/**
 * Entering the hub's APPROVED projects in a round open for proposals. The candidates are
 * asked for when staff open the list, so the page's first view stays one request.
 */
export function AddProjects({
  roundId,
  hubId,
  entered,
}: {
  roundId: string;
  hubId: string;
  entered: string[];
}) {
  const { t } = useTranslation();
  const [load, { data, loading, error, called }] = useLazyQuery(ROUND_CANDIDATES);
  const [add] = useMutation(ADD_PROJECT_TO_ROUND);
  const [busy, setBusy] = useState<string | null>(null);
  const [problem, setProblem] = useState<Problem | null>(null);
  const candidates = (data?.projects.edges ?? [])
    .map((edge) => edge.node)
    .filter((project) => !entered.includes(project.id));

  const enter = async (projectId: string) => {
    setBusy(projectId);
    setProblem(null);
    try {
      await add({ variables: { roundId, projectId } });
    } catch (failure) {
      setProblem(problemOf(failure));
    } finally {
      setBusy(null);
    }
  };

  if (!called)
    return (
      <button type="button" onClick={() => void load({ variables: { hubId } })}>
        {t('staffBudgets.add.open')}
      </button>
    );
  return (
    <section aria-labelledby="add-projects-title" className="inline-form">
      <h3 id="add-projects-title">{t('staffBudgets.add.title')}</h3>
      <ProblemNotice problem={problem ?? (error ? problemOf(error) : null)} />
      {loading ? <p role="status">{t('staffBudgets.add.loading')}</p> : null}
      {!loading && candidates.length === 0 ? <p>{t('staffBudgets.add.none')}</p> : null}
      <ul className="plain-list">
        {candidates.map((project) => (
          <li key={project.id}>
            <span>{project.title}</span>{' '}
            <span className="hint">
              {t('project.round.lead', { name: project.leadStakeholder.name })}
            </span>{' '}
            <span className="money">{formatWon(project.requestedBudget)}</span>{' '}
            <button
              type="button"
              disabled={busy !== null}
              onClick={() => void enter(project.id)}
              aria-label={t('staffBudgets.add.enter', { title: project.title })}
            >
              {t('staffBudgets.add.enterShort')}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
