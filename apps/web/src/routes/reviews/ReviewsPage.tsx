import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useLocation } from 'react-router';
import { useSession } from '../../app/session';
import { QueryState } from '../../components/QueryState';
import type { ReviewAssignmentFragment } from '../../graphql/generated/graphql';
import { currentLanguage } from '../../i18n/i18n';
import { formatWon } from '../../lib/park-time';
import { MY_REVIEWS } from './review-documents';
import { ReviewForm } from './ReviewForm';
import { ReviewList } from './ReviewList';
import '../project/project.css';
import '../staff/committees/committees.css';

/**
 * `/reviews`: for committee members (often not staff), the projects their committees have to
 * review, the reviews the API lets them read, and their own review form.
 */
export default function ReviewsPage() {
  const { t } = useTranslation();
  const { user } = useSession();
  const { pathname } = useLocation();
  const { data, loading, error } = useQuery(MY_REVIEWS, { skip: !user });
  if (!user) return <Navigate to={`/sign-in?next=${encodeURIComponent(pathname)}`} replace />;
  const assignments = data?.me?.reviewAssignments ?? [];
  return (
    <section aria-labelledby="reviews-title" className="reviews-page">
      <h1 id="reviews-title">{t('staffCommittees.reviews.title')}</h1>
      <p className="hint">{t('staffCommittees.reviews.intro')}</p>
      <QueryState loading={loading && !data} error={error}>
        {() =>
          assignments.length === 0 ? (
            <p>
              {(user.committees?.length ?? 0) > 0
                ? t('staffCommittees.reviews.none')
                : t('staffCommittees.reviews.noCommittee')}
            </p>
          ) : (
            <ul className="review-assignments">
              {assignments.map((project) => (
                <li key={project.id}>
                  <Assignment project={project} viewerId={user.id} />
                </li>
              ))}
            </ul>
          )
        }
      </QueryState>
    </section>
  );
}

function Assignment({
  project,
  viewerId,
}: {
  project: ReviewAssignmentFragment;
  viewerId: string;
}) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const titleId = `assignment-${project.id}`;
  const canReview = project.availableActions.includes('SUBMIT_REVIEW');
  return (
    <article className="card" aria-labelledby={titleId}>
      <p className="eyebrow">
        {language === 'ko' ? project.hub.nameKo : project.hub.name}
        {project.committee
          ? ` · ${t('staffCommittees.reviews.committee', { name: project.committee.name })}`
          : ''}
      </p>
      <h2 id={titleId}>
        <Link to={`/projects/${project.id}`}>{project.title}</Link>
      </h2>
      <dl className="facts">
        <div>
          <dt>{t('project.page.lead')}</dt>
          <dd>{project.leadStakeholder.name}</dd>
        </div>
        <div>
          <dt>{t('project.page.requested')}</dt>
          <dd className="money">{formatWon(project.requestedBudget)}</dd>
        </div>
      </dl>
      <p className="summary">{project.summary}</p>
      {project.reviews.length > 0 ? (
        <section aria-labelledby={`${titleId}-reviews`}>
          <h3 id={`${titleId}-reviews`}>{t('staffCommittees.reviews.visible')}</h3>
          <ReviewList reviews={project.reviews} viewerId={viewerId} />
        </section>
      ) : null}
      {canReview ? (
        <ReviewForm projectId={project.id} title={project.title} />
      ) : (
        <p className="hint">{t('staffCommittees.reviews.done')}</p>
      )}
    </article>
  );
}
