import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ProjectDetailFragment } from '../../graphql/generated/graphql';
import { currentLanguage } from '../../i18n/i18n';
import { formatWon } from '../../lib/park-time';

type Shown = Pick<
  ProjectDetailFragment,
  | 'title'
  | 'summary'
  | 'status'
  | 'requestedBudget'
  | 'fundedAmount'
  | 'policyAreas'
  | 'decisionNote'
  | 'hub'
  | 'leadStakeholder'
>;

/** A project's header, summary and staff's last note: the member's and the staff's pages alike. */
export function ProjectHeader({ project }: { project: Shown }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  return (
    <>
      <header className="entity-header">
        <p className="eyebrow">{language === 'ko' ? project.hub.nameKo : project.hub.name}</p>
        <h1 id="project-title">{project.title}</h1>
        <p>
          <span className={`status status-${project.status}`}>
            {t(`project.status.${project.status}`)}
          </span>
        </p>
        <dl className="facts">
          <div>
            <dt>{t('project.page.lead')}</dt>
            <dd>
              <Link to={`/stakeholders/${project.leadStakeholder.id}`}>
                {project.leadStakeholder.name}
              </Link>
            </dd>
          </div>
          <div>
            <dt>{t('project.page.requested')}</dt>
            <dd className="money">{formatWon(project.requestedBudget)}</dd>
          </div>
          <div>
            <dt>{t('project.page.funded')}</dt>
            <dd className="money">{formatWon(project.fundedAmount)}</dd>
          </div>
        </dl>
        {project.policyAreas.length > 0 ? (
          <ul className="tags" aria-label={t('project.propose.policyAreas')}>
            {project.policyAreas.map((area) => (
              <li key={area}>{t(`project.policyArea.${area}`)}</li>
            ))}
          </ul>
        ) : null}
      </header>
      <p className="summary">{project.summary}</p>
      {project.decisionNote ? (
        <div className="notice notice-info">
          <p>
            <strong>{t('project.page.decisionNote')}:</strong> {project.decisionNote}
          </p>
        </div>
      ) : null}
    </>
  );
}
