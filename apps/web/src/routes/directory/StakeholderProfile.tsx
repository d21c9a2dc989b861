import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import type { ComponentProps, ReactNode } from 'react';
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
import { StakeholderTags } from './StakeholderTags';
import { StakeholderWebhooks } from './StakeholderWebhooks';
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
        <StakeholderTags stakeholder={stakeholder}>
          {stakeholder.tags.map((tag) => (
            <span key={tag} className="tag tag-plain">
              #{tag}
            </span>
          ))}
        </StakeholderTags>
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
        {mayEdit ? <StakeholderWebhooks stakeholderId={stakeholder.id} /> : null}

        <ProfileList
          name="memberships"
          items={memberships.edges.map((edge) => edge.node)}
          more={{ query: MORE_MEMBERSHIPS, id: stakeholder.id, pageInfo: memberships.pageInfo }}
        >
          {(node) => (
            <>
              <Link to={`/hubs/${node.hub.slug}`}>{korean ? node.hub.nameKo : node.hub.name}</Link>
              <Status status={node.status} />
            </>
          )}
        </ProfileList>

        <ProfileList
          name="partnerships"
          items={partnerships.edges.map((edge) => edge.node)}
          more={{ query: MORE_PARTNERSHIPS, id: stakeholder.id, pageInfo: partnerships.pageInfo }}
        >
          {(node) => {
            const other = node.proposer.id === stakeholder.id ? node.partner : node.proposer;
            return (
              <>
                <Link to={`/partnerships/${node.id}`}>{node.title}</Link>
                <span className="muted">
                  {t('directory.profile.with', { partner: other.name })}
                </span>
              </>
            );
          }}
        </ProfileList>

        <ProfileList
          name="projects"
          items={projects.edges.map((edge) => edge.node)}
          more={{ query: MORE_PROJECTS, id: stakeholder.id, pageInfo: projects.pageInfo }}
        >
          {(node) => (
            <>
              <Link to={`/projects/${node.id}`}>{node.title}</Link>
              <Status status={node.status} />
            </>
          )}
        </ProfileList>
      </div>
    </article>
  );
}

const EMPTY = {
  memberships: 'directory.profile.noMemberships',
  partnerships: 'directory.profile.noPartnerships',
  projects: 'directory.profile.noProjects',
} as const;

/** One of the profile's lists (hubs, partnerships, projects), with its next page on demand. */
function ProfileList<T extends { id: string }, Q>({
  name,
  items,
  more,
  children,
}: {
  name: keyof typeof EMPTY;
  items: T[];
  more: Omit<ComponentProps<typeof MoreButton<Q>>, 'label'>;
  children: (item: T) => ReactNode;
}) {
  const { t } = useTranslation();
  const title = t(`directory.profile.${name}`);
  return (
    <section aria-labelledby={`${name}-title`} className="panel">
      <h2 id={`${name}-title`}>{title}</h2>
      {items.length === 0 ? (
        <p className="muted">{t(EMPTY[name])}</p>
      ) : (
        <ul className="rows">
          {items.map((item) => (
            <li key={item.id}>{children(item)}</li>
          ))}
        </ul>
      )}
      <MoreButton {...more} label={title} />
    </section>
  );
}

function Status({ status }: { status: string }) {
  const { t } = useTranslation();
  return (
    <span className={`status status-${status.toLowerCase()}`}>
      {t(`directory.statuses.${status}`, { defaultValue: status })}
    </span>
  );
}
