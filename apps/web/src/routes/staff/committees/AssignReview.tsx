import { useMutation } from '@apollo/client/react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ProblemNotice } from '../../../components/ProblemNotice';
import type {
  AwaitingCommitteeFragment,
  CommitteeCardFragment,
} from '../../../graphql/generated/graphql';
import { problemOf, type Problem } from '../../../lib/api-errors';
import { formatWon } from '../../../lib/park-time';
import { ASSIGN_REVIEW, STAFF_COMMITTEES } from './committee-documents';

/**
 * The hub's proposals, each given to a committee where availableActions offers ASSIGN_REVIEW,
 * and the projects in review, each opening the staff's project view. An assigned proposal moves
 * from the first list to the second in the cache, as the answer says it now is.
 */
export function AssignReview({
  hubId,
  committees,
  proposed,
  inReview,
  onReload,
}: {
  hubId: string;
  committees: CommitteeCardFragment[];
  proposed: AwaitingCommitteeFragment[];
  inReview: AwaitingCommitteeFragment[];
  onReload: () => void;
}) {
  const { t } = useTranslation();
  const ready = committees.filter((committee) => committee.members.length > 0);
  return (
    <div>
      <section aria-labelledby="assign-title">
        <h2 id="assign-title">{t('staffCommittees.assign.title')}</h2>
        <p className="hint">{t('staffCommittees.assign.intro')}</p>
        {proposed.length === 0 ? (
          <p>{t('staffCommittees.assign.none')}</p>
        ) : (
          <ul className="plain-list proposals">
            {proposed.map((project) => (
              <li key={project.id}>
                <Proposal hubId={hubId} project={project} committees={ready} onReload={onReload} />
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="in-review-title">
        <h2 id="in-review-title">{t('staffCommittees.inReview.title')}</h2>
        {inReview.length === 0 ? (
          <p>{t('staffCommittees.inReview.none')}</p>
        ) : (
          <ul className="plain-list proposals">
            {inReview.map((project) => (
              <li key={project.id}>
                <ProjectLine project={project} />
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}

function ProjectLine({ project }: { project: AwaitingCommitteeFragment }) {
  const { t } = useTranslation();
  return (
    <p>
      <Link to={`/staff/projects/${project.id}`}>{project.title}</Link>{' '}
      <span className="hint">
        {project.leadStakeholder.name} · {formatWon(project.requestedBudget)}
        {project.committee
          ? ` · ${t('staffCommittees.assign.assigned', { committee: project.committee.name })}`
          : ''}
      </span>
    </p>
  );
}

function Proposal({
  hubId,
  project,
  committees,
  onReload,
}: {
  hubId: string;
  project: AwaitingCommitteeFragment;
  committees: CommitteeCardFragment[];
  onReload: () => void;
}) {
  const { t } = useTranslation();
  const [assign, { loading }] = useMutation(ASSIGN_REVIEW);
  const [committeeId, setCommitteeId] = useState('');
  const [problem, setProblem] = useState<Problem | null>(null);
  const selectId = useId();
  const canAssign = project.availableActions.includes('ASSIGN_REVIEW') && committees.length > 0;
  return (
    <div className="proposal">
      <ProjectLine project={project} />
      <ProblemNotice problem={problem} onReload={onReload} />
      {canAssign ? (
        <form
          className="assign-form"
          onSubmit={(event) => {
            event.preventDefault();
            if (!committeeId) return;
            setProblem(null);
            assign({
              variables: { projectId: project.id, committeeId },
              update(cache, { data }) {
                const moved = data?.assignProjectReview;
                if (!moved) return;
                cache.updateQuery({ query: STAFF_COMMITTEES, variables: { hubId } }, (list) =>
                  list
                    ? {
                        ...list,
                        proposed: {
                          ...list.proposed,
                          edges: list.proposed.edges.filter((edge) => edge.node.id !== moved.id),
                        },
                        inReview: {
                          ...list.inReview,
                          edges: [
                            ...list.inReview.edges,
                            { __typename: 'ProjectEdge' as const, node: moved },
                          ],
                        },
                      }
                    : list,
                );
              },
            }).catch((error: unknown) => setProblem(problemOf(error)));
          }}
        >
          <div className="field">
            <label htmlFor={selectId}>
              {t('staffCommittees.assign.committee', { title: project.title })}
            </label>
            <select
              id={selectId}
              value={committeeId}
              onChange={(event) => setCommitteeId(event.target.value)}
            >
              <option value="">{t('staffCommittees.assign.choose')}</option>
              {committees.map((committee) => (
                <option key={committee.id} value={committee.id}>
                  {committee.name}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" disabled={loading || !committeeId}>
            {t('staffCommittees.assign.submit')}
          </button>
        </form>
      ) : null}
    </div>
  );
}
