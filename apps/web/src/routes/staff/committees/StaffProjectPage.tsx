import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { QueryState } from '../../../components/QueryState';
import { WorkflowMoves, type WorkflowMove } from '../../../components/WorkflowMoves';
import { WorkflowTimeline } from '../../../components/WorkflowTimeline';
import type {
  ProjectAction,
  ProjectDecision,
  StaffProjectDetailFragment,
} from '../../../graphql/generated/graphql';
import { FundingList } from '../../project/FundingList';
import { ProjectHeader } from '../../project/ProjectHeader';
import { ReviewList } from '../../reviews/ReviewList';
import { DECIDE_PROJECT, STAFF_PROJECT } from './committee-documents';
import { FundingForm } from './FundingForm';
import '../../project/project.css';
import './committees.css';

// A decision is one mutation with three answers; each is offered only as availableActions says.
const DECISIONS: {
  action: ProjectAction & ProjectDecision;
  asks: 'note' | 'reason';
  tone?: 'primary' | 'danger';
}[] = [
  { action: 'APPROVE', asks: 'note', tone: 'primary' },
  { action: 'REQUEST_CHANGES', asks: 'reason' },
  { action: 'REJECT', asks: 'note', tone: 'danger' },
];

/**
 * `/staff/projects/:id`: the member page's header and fragments, with what staff add: the
 * committee's reviews and their summary, the decision, and funding by source.
 */
export default function StaffProjectPage() {
  const { id = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(STAFF_PROJECT, { variables: { id } });
  const project = data?.project;
  return (
    <QueryState loading={loading && !data} error={error} missing={!project}>
      {() => (project ? <StaffProject project={project} onReload={() => void refetch()} /> : null)}
    </QueryState>
  );
}

function StaffProject({
  project,
  onReload,
}: {
  project: StaffProjectDetailFragment;
  onReload: () => void;
}) {
  const { t } = useTranslation();
  const [decide] = useMutation(DECIDE_PROJECT);
  const moves: WorkflowMove<ProjectDecision>[] = DECISIONS.filter((move) =>
    project.availableActions.includes(move.action),
  ).map((move) => ({ ...move, label: t(`staffCommittees.project.decision.${move.action}`) }));
  const summary = project.reviewSummary;
  return (
    <article className="project-area staff-project" aria-labelledby="project-title">
      <p>
        <Link to="/staff/committees">{t('staffCommittees.project.back')}</Link>
      </p>
      <ProjectHeader project={project} />
      {moves.length > 0 ? (
        <section aria-labelledby="decide-title">
          <h2 id="decide-title">{t('staffCommittees.project.decide')}</h2>
          <WorkflowMoves
            moves={moves}
            onReload={onReload}
            onMove={(decision, note) =>
              decide({ variables: { projectId: project.id, decision, note } })
            }
          />
        </section>
      ) : null}
      <div className="columns">
        <div>
          <section aria-labelledby="reviews-title">
            <h2 id="reviews-title">{t('staffCommittees.project.reviews')}</h2>
            <p>
              {t('staffCommittees.project.committee')}:{' '}
              {project.committee?.name ?? t('staffCommittees.project.noCommittee')}
            </p>
            {project.reviews.length === 0 ? (
              <p>{t('staffCommittees.project.noReviews')}</p>
            ) : (
              <ReviewList reviews={project.reviews} />
            )}
          </section>
          <section aria-labelledby="funding-title">
            <h2 id="funding-title">{t('staffCommittees.funding.title')}</h2>
            {project.funding.length === 0 ? (
              <p>{t('staffCommittees.funding.none')}</p>
            ) : (
              <FundingList funding={project.funding} />
            )}
            <FundingForm project={project} onReload={onReload} />
          </section>
        </div>
        <div>
          {summary ? (
            <section aria-labelledby="summary-title">
              <h2 id="summary-title">{t('staffCommittees.project.summary')}</h2>
              <dl className="facts stacked">
                <div>
                  <dt>{t('staffCommittees.project.round', { round: summary.round })}</dt>
                  <dd>
                    {t('staffCommittees.project.reviewCount', { count: summary.reviewCount })}
                  </dd>
                </div>
                <div>
                  <dt>{t('staffCommittees.project.average')}</dt>
                  <dd>{summary.averageScore ?? t('staffCommittees.project.noScore')}</dd>
                </div>
                {summary.recommendations.map((line) => (
                  <div key={line.recommendation}>
                    <dt>{t(`staffCommittees.review.recommend.${line.recommendation}`)}</dt>
                    <dd>{line.count}</dd>
                  </div>
                ))}
                <div>
                  <dt>{t('staffCommittees.project.pending')}</dt>
                  <dd>
                    {summary.pendingReviewers.length === 0
                      ? t('staffCommittees.project.nobodyPending')
                      : summary.pendingReviewers.map((person) => person.displayName).join(', ')}
                  </dd>
                </div>
              </dl>
            </section>
          ) : null}
          <WorkflowTimeline
            steps={project.history}
            statusLabel={(status) => t(`project.status.${status}`)}
          />
        </div>
      </div>
    </article>
  );
}
