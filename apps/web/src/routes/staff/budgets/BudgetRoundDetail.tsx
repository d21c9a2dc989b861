import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { QueryState } from '../../../components/QueryState';
import { WorkflowMoves } from '../../../components/WorkflowMoves';
import { WorkflowTimeline } from '../../../components/WorkflowTimeline';
import type { BudgetRoundAction } from '../../../graphql/generated/graphql';
import { currentLanguage } from '../../../i18n/i18n';
import { formatWon } from '../../../lib/park-time';
import { AddProjects } from './AddProjects';
import {
  CLOSE_ROUND,
  OPEN_ROUND,
  STAFF_BUDGET_ROUND,
  START_VOTING,
  TALLY_ROUND,
} from './budget-round-documents';
import { PabulibDownload } from './PabulibDownload';
import { StaffResults } from './StaffResults';
import '../../project/project.css';
import './staff-budgets.css';

type StaffMove = Exclude<BudgetRoundAction, 'CAST_BALLOT'>;
const ORDER: StaffMove[] = ['OPEN', 'START_VOTING', 'CLOSE', 'TALLY'];

/**
 * `/staff/budget-rounds/:id`: run a round — open it, enter projects, start and close voting,
 * tally — and read its results with the reasons, as CSV too. Buttons only as availableActions
 * say; each move answers the round with what this page shows.
 */
export default function BudgetRoundDetail() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(STAFF_BUDGET_ROUND, { variables: { id } });
  const [open] = useMutation(OPEN_ROUND);
  const [startVoting] = useMutation(START_VOTING);
  const [close] = useMutation(CLOSE_ROUND);
  const [tally] = useMutation(TALLY_ROUND);
  const round = data?.budgetRound;
  const language = currentLanguage();

  const run = (action: StaffMove) => {
    switch (action) {
      case 'OPEN':
        return open({ variables: { id } });
      case 'START_VOTING':
        return startVoting({ variables: { id } });
      case 'CLOSE':
        return close({ variables: { id } });
      case 'TALLY':
        return tally({ variables: { roundId: id } });
    }
  };

  return (
    <QueryState loading={loading && !data} error={error} missing={!round}>
      {() =>
        round ? (
          <article className="staff-budgets" aria-labelledby="staff-round-title">
            <p>
              <Link to="/staff/budget-rounds">{t('staffBudgets.detail.back')}</Link>
            </p>
            <header className="entity-header">
              <p className="eyebrow">{language === 'ko' ? round.hub.nameKo : round.hub.name}</p>
              <h1 id="staff-round-title">{round.title}</h1>
              <p>
                <span className={`status status-${round.status}`}>
                  {t(`project.round.status.${round.status}`)}
                </span>{' '}
                <Link to={`/budget-rounds/${round.id}`}>{t('staffBudgets.detail.publicPage')}</Link>
              </p>
              <dl className="facts">
                <div>
                  <dt>{t('project.round.budget')}</dt>
                  <dd>{formatWon(round.totalBudget)}</dd>
                </div>
                <div>
                  <dt>{t('project.round.projects')}</dt>
                  <dd>
                    {t('project.round.limits', {
                      min: round.minSelections,
                      max: round.maxSelections,
                    })}
                  </dd>
                </div>
                <div>
                  <dt>{t('project.round.methodLabel')}</dt>
                  <dd>{t(`project.round.method.${round.tallyMethod}`)}</dd>
                </div>
                <div>
                  <dt>{t('staffBudgets.detail.voters')}</dt>
                  <dd>
                    {t(`project.round.voterRule.${round.voterRule}`)}
                    {round.requireVerifiedVoters
                      ? ` · ${t('staffBudgets.detail.verifiedVoters')}`
                      : ''}
                  </dd>
                </div>
              </dl>
              <p className="hint">{t(`staffBudgets.detail.next.${round.status}`)}</p>
              <PabulibDownload roundId={round.id} title={round.title} />
            </header>
            <WorkflowMoves<StaffMove>
              moves={ORDER.filter((action) => round.availableActions.includes(action)).map(
                (action) => ({
                  action,
                  label: t(`staffBudgets.moves.${action}`),
                  tone: 'primary',
                }),
              )}
              onMove={(action) => run(action)}
              onReload={() => void refetch()}
            />
            {round.status === 'TALLIED' ? (
              <StaffResults
                title={round.title}
                tallyMethod={round.tallyMethod}
                results={round.results}
              />
            ) : (
              <section aria-labelledby="round-projects-title">
                <h2 id="round-projects-title">
                  {t('staffBudgets.detail.projects', { count: round.projects.length })}
                </h2>
                {round.projects.length === 0 ? (
                  <p>{t('project.round.noProjects')}</p>
                ) : (
                  <ul className="plain-list">
                    {round.projects.map((project) => (
                      <li key={project.id}>
                        <Link to={`/projects/${project.id}`}>{project.title}</Link>{' '}
                        <span className="hint">
                          {t('project.round.lead', { name: project.leadStakeholder.name })}
                        </span>{' '}
                        <span className="money">{formatWon(project.requestedBudget)}</span>
                      </li>
                    ))}
                  </ul>
                )}
                {round.status === 'OPEN_FOR_PROPOSALS' ? (
                  <AddProjects
                    roundId={round.id}
                    hubId={round.hub.id}
                    entered={round.projects.map((project) => project.id)}
                  />
                ) : null}
              </section>
            )}
            <WorkflowTimeline
              steps={round.history}
              statusLabel={(status) => t(`project.round.status.${status}`)}
            />
          </article>
        ) : null
      }
    </QueryState>
  );
}
