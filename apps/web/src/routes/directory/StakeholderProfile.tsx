import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { QueryState } from '../../components/QueryState';
import type { StakeholderProfileFragment } from '../../graphql/generated/graphql';
import { currentLanguage } from '../../i18n/i18n';
import { MoreButton } from './MoreButton';
import {
  MORE_MEMBERSHIPS,
  MORE_PARTNERSHIPS,
  MORE_PROJECTS,
  PROFILE_PAGE,
} from './profile-documents';
import { StakeholderEditForm } from './StakeholderEditForm';
import { StakeholderPeople } from './StakeholderPeople';
import './directory.css';

/** `/stakeholders/:id`: the profile, its people, hubs, partnerships and projects. */
export default function StakeholderProfile() {
  const { id = '' } = useParams();
  const { data, loading, error } = useQuery(PROFILE_PAGE, { variables: { id } });
  return (
    <QueryState loading={loading && !data} error={error} missing={!data?.stakeholder}>
      {() => (data?.stakeholder ? <Profile stakeholder={data.stakeholder} /> : null)}
    </QueryState>
  );
}

function Profile({ stakeholder }: { stakeholder: StakeholderProfileFragment }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const korean = currentLanguage() === 'ko';
  const mayEdit = stakeholder.availableActions.includes('EDIT');
  const { memberships, partnerships, projects } = stakeholder;

  return (
    <article className="profile" aria-labelledby="profile-title">
      <p className="crumb">
        <Link to="/stakeholders">← {t('directory.profile.back')}</Link>
      </p>
      <header className="profile-head">
        <h1 id="profile-title">{stakeholder.name}</h1>
        <p className="tags">
          <span className="tag tag-kind">{t(`directory.kinds.${stakeholder.kind}`)}</span>
          {stakeholder.verified ? (
            <span className="tag tag-verified">{t('directory.verified')}</span>
          ) : null}
          {stakeholder.policyAreas.map((area) => (
            <span key={area} className="tag">
              {t(`directory.areas.${area}`)}
            </span>
          ))}
          {stakeholder.tags.map((tag) => (
            <span key={tag} className="tag tag-plain">
              #{tag}
            </span>
          ))}
        </p>
        {stakeholder.description ? <p className="about">{stakeholder.description}</p> : null}
        {stakeholder.website || stakeholder.contactEmail ? (
          <dl className="contact">
            {stakeholder.website ? (
              <>
                <dt>{t('directory.field.website')}</dt>
                <dd>
                  <a href={stakeholder.website} rel="noopener noreferrer">
                    {stakeholder.website}
                  </a>
                </dd>
              </>
            ) : null}
            {stakeholder.contactEmail ? (
              <>
                <dt>{t('directory.field.contactEmail')}</dt>
                <dd>
                  <a href={`mailto:${stakeholder.contactEmail}`}>{stakeholder.contactEmail}</a>
                </dd>
              </>
            ) : null}
          </dl>
        ) : null}
        {mayEdit && !editing ? (
          <button type="button" onClick={() => setEditing(true)}>
            {t('directory.edit.open')}
          </button>
        ) : null}
      </header>

      {mayEdit && editing ? (
        <StakeholderEditForm stakeholder={stakeholder} onDone={() => setEditing(false)} />
      ) : null}

      <div className="profile-sections">
        <StakeholderPeople stakeholder={stakeholder} />

        <section aria-labelledby="memberships-title" className="panel">
          <h2 id="memberships-title">{t('directory.profile.memberships')}</h2>
          {memberships.edges.length === 0 ? (
            <p className="muted">{t('directory.profile.noMemberships')}</p>
          ) : (
            <ul className="rows">
              {memberships.edges.map(({ node }) => (
                <li key={node.id}>
                  <Link to={`/hubs/${node.hub.slug}`}>
                    {korean ? node.hub.nameKo : node.hub.name}
                  </Link>
                  <span className={`status status-${node.status.toLowerCase()}`}>
                    {t(`directory.statuses.${node.status}`, { defaultValue: node.status })}
                  </span>
                </li>
              ))}
            </ul>
          )}
          <MoreButton
            query={MORE_MEMBERSHIPS}
            id={stakeholder.id}
            pageInfo={memberships.pageInfo}
            label={t('directory.profile.memberships')}
          />
        </section>

        <section aria-labelledby="partnerships-title" className="panel">
          <h2 id="partnerships-title">{t('directory.profile.partnerships')}</h2>
          {partnerships.edges.length === 0 ? (
            <p className="muted">{t('directory.profile.noPartnerships')}</p>
          ) : (
            <ul className="rows">
              {partnerships.edges.map(({ node }) => {
                const other = node.proposer.id === stakeholder.id ? node.partner : node.proposer;
                return (
                  <li key={node.id}>
                    <Link to={`/partnerships/${node.id}`}>{node.title}</Link>
                    <span className="muted">
                      {t('directory.profile.with', { partner: other.name })}
                    </span>
                  </li>
                );
              })}
            </ul>
          )}
          <MoreButton
            query={MORE_PARTNERSHIPS}
            id={stakeholder.id}
            pageInfo={partnerships.pageInfo}
            label={t('directory.profile.partnerships')}
          />
        </section>

        <section aria-labelledby="projects-title" className="panel">
          <h2 id="projects-title">{t('directory.profile.projects')}</h2>
          {projects.edges.length === 0 ? (
            <p className="muted">{t('directory.profile.noProjects')}</p>
          ) : (
            <ul className="rows">
              {projects.edges.map(({ node }) => (
                <li key={node.id}>
                  <Link to={`/projects/${node.id}`}>{node.title}</Link>
                  <span className={`status status-${node.status.toLowerCase()}`}>
                    {t(`directory.statuses.${node.status}`, { defaultValue: node.status })}
                  </span>
                </li>
              ))}
            </ul>
          )}
          <MoreButton
            query={MORE_PROJECTS}
            id={stakeholder.id}
            pageInfo={projects.pageInfo}
            label={t('directory.profile.projects')}
          />
        </section>
      </div>
    </article>
  );
}
