import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useSession } from '../../app/session';
import { ProblemNotice } from '../../components/ProblemNotice';
import { QueryState } from '../../components/QueryState';
import { WorkflowTimeline } from '../../components/WorkflowTimeline';
import { graphql } from '../../graphql/generated';
import type {
  BudgetResultWhyFragment,
  BudgetRoundBallotFragment,
} from '../../graphql/generated/graphql';
import { currentLanguage } from '../../i18n/i18n';
import { problemOf, type Problem } from '../../lib/api-errors';
import { formatDateTime, formatWon } from '../../lib/park-time';
import { BallotCounter } from './BallotCounter';
import { ResultReason } from './ResultReason';
import './project.css';

export const BUDGET_ROUND_BALLOT = graphql(`
  fragment BudgetRoundBallot on BudgetRound {
    id
    status
    availableActions
    myBallot {
      id
      updatedAt
      projects {
        id
      }
    }
  }
`);

const BUDGET_ROUND_PAGE = graphql(`
  query BudgetRoundPage($id: ID!) {
    budgetRound(id: $id) {
      id
      title
      totalBudget
      minSelections
      maxSelections
      tallyMethod
      requireVerifiedVoters
      voterRule
      hub {
        id
        name
        nameKo
      }
      projects {
        id
        title
        summary
        requestedBudget
        leadStakeholder {
          id
          name
        }
      }
      results {
        funded
        amount
        ...BudgetResultWhy
        project {
          id
          title
          requestedBudget
        }
      }
      history {
        ...WorkflowStep
      }
      ...BudgetRoundBallot
    }
  }
`);

const CAST_BALLOT = graphql(`
  mutation CastBallot($roundId: ID!, $projectIds: [ID!]!) {
    castBallot(roundId: $roundId, projectIds: $projectIds) {
      ballot {
        id
      }
      budgetRound {
        ...BudgetRoundBallot
      }
    }
  }
`);

/** `/budget-rounds/:id`: the round, the viewer's ballot while voting, the results once tallied. */
export default function BudgetRoundPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(BUDGET_ROUND_PAGE, { variables: { id } });
  const round = data?.budgetRound;
  const language = currentLanguage();
  return (
    <QueryState loading={loading && !data} error={error} missing={!round}>
      {() =>
        round ? (
          <article className="project-area" aria-labelledby="round-title">
            <header className="entity-header">
              <p className="eyebrow">{language === 'ko' ? round.hub.nameKo : round.hub.name}</p>
              <h1 id="round-title">{round.title}</h1>
              <p>
                <span className={`status status-${round.status}`}>
                  {t(`project.round.status.${round.status}`)}
                </span>
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
                  <dt>{t('project.round.voterRuleLabel')}</dt>
                  <dd>{t(`project.round.voterRule.${round.voterRule}`)}</dd>
                </div>
              </dl>
              {round.requireVerifiedVoters ? (
                <p className="hint">{t('project.round.verifiedOnly')}</p>
              ) : null}
            </header>
            {round.status === 'TALLIED' ? (
              <Results results={round.results} />
            ) : (
              <Ballot round={round} projects={round.projects} onReload={() => void refetch()} />
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

type RoundProject = {
  id: string;
  title: string;
  summary: string;
  requestedBudget: number;
  leadStakeholder: { id: string; name: string };
};

function Ballot({
  round,
  projects,
  onReload,
}: {
  round: BudgetRoundBallotFragment & {
    totalBudget: number;
    minSelections: number;
    maxSelections: number;
  };
  projects: readonly RoundProject[];
  onReload: () => void;
}) {
  const { t } = useTranslation();
  const { user } = useSession();
  const language = currentLanguage();
  const cast = round.myBallot?.projects.map((project) => project.id) ?? [];
  const [chosen, setChosen] = useState<string[] | null>(null);
  const selected = chosen ?? cast;
  const [problem, setProblem] = useState<Problem | null>(null);
  const [saved, setSaved] = useState(false);
  const [castBallot, { loading }] = useMutation(CAST_BALLOT);
  const canVote = round.availableActions.includes('CAST_BALLOT');
  const costs = projects.filter((p) => selected.includes(p.id)).map((p) => p.requestedBudget);
  const unchanged =
    round.myBallot !== null &&
    round.myBallot !== undefined &&
    selected.length === cast.length &&
    selected.every((id) => cast.includes(id));

  const toggle = (projectId: string) => {
    setSaved(false);
    setChosen(
      selected.includes(projectId)
        ? selected.filter((one) => one !== projectId)
        : [...selected, projectId],
    );
  };

  const submit = async () => {
    setProblem(null);
    try {
      await castBallot({ variables: { roundId: round.id, projectIds: selected } });
      setChosen(null);
      setSaved(true);
    } catch (error) {
      setProblem(problemOf(error));
    }
  };

  return (
    <section aria-labelledby="ballot-title">
      <h2 id="ballot-title">{canVote ? t('project.round.ballot') : t('project.round.projects')}</h2>
      {round.status === 'VOTING' && !canVote ? (
        <p className="hint">
          {user ? t('project.round.cannotVote') : t('project.round.signInToVote')}
        </p>
      ) : null}
      {canVote ? (
        <p className="hint">
          {round.myBallot
            ? t('project.round.yourBallot', {
                time: formatDateTime(round.myBallot.updatedAt, language),
                count: round.myBallot.projects.length,
              })
            : t('project.round.noBallot')}
        </p>
      ) : null}
      {projects.length === 0 ? <p>{t('project.round.noProjects')}</p> : null}
      <form
        className="ballot"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <ProblemNotice problem={problem} onReload={onReload} />
        <ul className="ballot-choices">
          {projects.map((project) => (
            <li key={project.id} className={selected.includes(project.id) ? 'card chosen' : 'card'}>
              {canVote ? (
                <input
                  type="checkbox"
                  id={`choice-${project.id}`}
                  checked={selected.includes(project.id)}
                  onChange={() => toggle(project.id)}
                  aria-label={t('project.round.choose', { title: project.title })}
                />
              ) : null}
              <div>
                <h3>
                  <Link to={`/projects/${project.id}`}>{project.title}</Link>
                </h3>
                <p className="hint">
                  {t('project.round.lead', { name: project.leadStakeholder.name })}
                </p>
                <p>{project.summary}</p>
              </div>
              <p className="money">{formatWon(project.requestedBudget)}</p>
            </li>
          ))}
        </ul>
        {canVote ? (
          <div className="ballot-footer">
            <BallotCounter
              costs={costs}
              rules={round}
              unchanged={unchanged}
              submitting={loading}
              submitLabel={round.myBallot ? t('project.round.change') : t('project.round.cast')}
            />
            {saved ? (
              <p role="status" className="notice notice-ok">
                {t('project.round.saved')}
              </p>
            ) : null}
          </div>
        ) : null}
      </form>
    </section>
  );
}

function Results({
  results,
}: {
  results: readonly (BudgetResultWhyFragment & {
    funded: boolean;
    amount: number;
    project: { id: string; title: string; requestedBudget: number };
  })[];
}) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="results-title">
      <h2 id="results-title">{t('project.round.results')}</h2>
      <div className="table-scroll">
        <table>
          <thead>
            <tr>
              <th scope="col">{t('project.round.projects')}</th>
              <th scope="col">{t('project.round.votes')}</th>
              <th scope="col">{t('project.round.outcome')}</th>
              <th scope="col">{t('project.round.amount')}</th>
              <th scope="col">{t('project.round.reason')}</th>
            </tr>
          </thead>
          <tbody>
            {results.map((result) => (
              <tr key={result.project.id}>
                <th scope="row">
                  <Link to={`/projects/${result.project.id}`}>{result.project.title}</Link>
                </th>
                <td>{result.votes}</td>
                <td>
                  <span className={`status ${result.funded ? 'status-FUNDED' : 'status-REJECTED'}`}>
                    {result.funded
                      ? t('project.round.fundedWord')
                      : t('project.round.notFundedWord')}
                  </span>
                </td>
                <td className="money">{formatWon(result.amount)}</td>
                <td>
                  <ResultReason result={result} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
