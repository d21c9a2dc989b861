import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { QueryState } from '../../components/QueryState';
import { WorkflowMoves, type WorkflowMove } from '../../components/WorkflowMoves';
import { WorkflowTimeline } from '../../components/WorkflowTimeline';
import type { ProjectAction, ProjectDetailFragment } from '../../graphql/generated/graphql';
import { FundingList } from './FundingList';
import { Milestones } from './Milestones';
import { Outcomes } from './Outcomes';
import { ProjectHeader } from './ProjectHeader';
import { CANCEL_PROJECT, COMPLETE_PROJECT, PROJECT_PAGE, START_PROJECT } from './project-documents';
import './project.css';

type Move = 'START' | 'COMPLETE' | 'CANCEL';
const MOVES: { action: Move; asks: 'note' | 'reason'; tone?: 'primary' | 'danger' }[] = [
  { action: 'START', asks: 'note', tone: 'primary' },
  { action: 'COMPLETE', asks: 'note', tone: 'primary' },
  { action: 'CANCEL', asks: 'reason', tone: 'danger' },
];

/** `/projects/:id`: status and history, team, funding, milestones and outcomes, and its moves. */
export default function ProjectPage() {
  const { id = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(PROJECT_PAGE, { variables: { id } });
  const project = data?.project;
  return (
    <QueryState loading={loading && !data} error={error} missing={!project}>
      {() => (project ? <Project project={project} onReload={() => void refetch()} /> : null)}
    </QueryState>
  );
}

function Project({ project, onReload }: { project: ProjectDetailFragment; onReload: () => void }) {
  const { t } = useTranslation();
  const [start] = useMutation(START_PROJECT);
  const [complete] = useMutation(COMPLETE_PROJECT);
  const [cancel] = useMutation(CANCEL_PROJECT);
  const can = (action: ProjectAction) => project.availableActions.includes(action);
  const moves: WorkflowMove<Move>[] = MOVES.filter((move) => can(move.action)).map((move) => ({
    ...move,
    label: t(`project.action.${move.action}`),
  }));
  const onMove = (action: Move, text: string | undefined) => {
    const variables = { id: project.id };
    if (action === 'START') return start({ variables: { ...variables, note: text } });
    if (action === 'COMPLETE') return complete({ variables: { ...variables, note: text } });
    return cancel({ variables: { ...variables, reason: text ?? '' } });
  };

  return (
    <article className="project-area" aria-labelledby="project-title">
      <ProjectHeader project={project} />
      <WorkflowMoves moves={moves} onMove={onMove} onReload={onReload} />
      <div className="columns">
        <div>
          <Milestones project={project} onReload={onReload} />
          <Outcomes project={project} onReload={onReload} />
        </div>
        <div>
          <section aria-labelledby="team-title">
            <h2 id="team-title">{t('project.page.team')}</h2>
            {project.team.length === 0 ? (
              <p>{t('project.page.noTeam')}</p>
            ) : (
              <ul className="plain-list">
                {project.team.map((member) => (
                  <li key={member.id}>
                    {member.user.displayName}{' '}
                    <span className="hint">{t(`project.role.${member.role}`)}</span>
                  </li>
                ))}
              </ul>
            )}
          </section>
          {project.funding.length > 0 ? (
            <section aria-labelledby="funding-title">
              <h2 id="funding-title">{t('project.page.funding')}</h2>
              <FundingList funding={project.funding} />
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
