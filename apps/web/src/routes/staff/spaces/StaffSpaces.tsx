import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Loading } from '../../../components/Loading';
import { ProblemNotice } from '../../../components/ProblemNotice';
import { graphql } from '../../../graphql/generated';
import type { StaffSpaceFragment } from '../../../graphql/generated/graphql';
import { problemOf, type Problem } from '../../../lib/api-errors';
import { HubPicker } from './HubPicker';
import { SpaceForm } from './SpaceForm';
import { useStaffHub } from './staff-hub';
import '../../spaces/spaces.css';
import './staff-spaces.css';

export const STAFF_HUB_SPACES = graphql(`
  query StaffHubSpaces($slug: String!) {
    ...StaffNavCounts
    hubs {
      ...StaffHubChoice
    }
    hub(slug: $slug) {
      id
      slug
      spaces {
        ...StaffSpace
      }
    }
  }
`);

export const ARCHIVE_SPACE = graphql(`
  mutation StaffArchiveSpace($id: ID!) {
    archiveSpace(id: $id) {
      ...StaffSpace
    }
  }
`);

type Editing = { kind: 'new' } | { kind: 'edit'; id: string } | null;

/** /staff/spaces: the hub's rooms, a form to add one, and edit or archive each. */
export default function StaffSpaces() {
  const { t } = useTranslation();
  const { slug, choicesOf, chooseHub } = useStaffHub();
  const [editing, setEditing] = useState<Editing>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const [problem, setProblem] = useState<Problem | null>(null);
  const { data, loading, error } = useQuery(STAFF_HUB_SPACES, {
    variables: { slug: slug ?? '' },
    skip: slug === null,
  });
  const hubs = choicesOf(data?.hubs);
  const hub = hubs.find((h) => h.slug === data?.hub?.slug) ?? null;
  const [archive] = useMutation(ARCHIVE_SPACE);

  if (slug === null || (loading && !data)) return <Loading />;
  if (!hub) return <p>{t('staffSpaces.noHub')}</p>;
  const spaces = (data?.hub?.spaces ?? []) as StaffSpaceFragment[];
  const editedSpace =
    editing?.kind === 'edit' ? spaces.find((s) => s.id === editing.id) : undefined;

  const onArchive = async (space: StaffSpaceFragment) => {
    if (!window.confirm(t('staffSpaces.archiveConfirm', { name: space.name }))) return;
    setProblem(null);
    try {
      await archive({ variables: { id: space.id } });
      setSaved(t('staffSpaces.archived', { name: space.name }));
    } catch (caught) {
      setProblem(problemOf(caught));
    }
  };

  return (
    <section aria-labelledby="staff-spaces-title" className="staff-spaces">
      <HubPicker
        hubs={hubs}
        hub={hub}
        onChoose={(chosen) => (setEditing(null), chooseHub(chosen))}
      />
      <div className="staff-heading">
        <h1 id="staff-spaces-title">{t('staffSpaces.title')}</h1>
        <button type="button" className="primary" onClick={() => setEditing({ kind: 'new' })}>
          {t('staffSpaces.new')}
        </button>
      </div>
      <p className="hint">{t('staffSpaces.seoulTime')}</p>
      {error ? <ProblemNotice problem={problemOf(error)} /> : null}
      <ProblemNotice problem={problem} />
      {saved ? (
        <p className="notice" role="status">
          {saved}
        </p>
      ) : null}
      {editing ? (
        <SpaceForm
          key={editing.kind === 'edit' ? editing.id : 'new'}
          hubId={hub.id}
          space={editedSpace}
          onCancel={() => setEditing(null)}
          onDone={(space) => {
            setEditing(null);
            setSaved(t('staffSpaces.saved', { name: space.name }));
          }}
        />
      ) : null}
      {spaces.length ? (
        <ul className="staff-space-list">
          {spaces.map((space) => (
            <li key={space.id} className="card" aria-labelledby={`space-${space.id}`}>
              <h2 id={`space-${space.id}`}>
                <Link to={`/spaces/${space.id}`}>{space.name}</Link>
                {space.archivedAt ? (
                  <span className="badge">{t('staffSpaces.archivedBadge')}</span>
                ) : null}
              </h2>
              <p className="space-facts">
                {t(`spaces.kind.${space.kind}`)} · {t('spaces.capacity', { n: space.capacity })}
                {space.amenities.length ? ` · ${space.amenities.join(', ')}` : ''}
              </p>
              <dl className="space-policy">
                <dt>{t('staffSpaces.form.hours')}</dt>
                <dd>
                  {space.openingHours.length
                    ? space.openingHours
                        .map(
                          (h) => `${t(`staffSpaces.weekday.${h.weekday}`)} ${h.opens}–${h.closes}`,
                        )
                        .join(', ')
                    : t('staffSpaces.closedAllWeek')}
                </dd>
                <dt>{t('staffSpaces.form.policy')}</dt>
                <dd>
                  {[
                    space.policy.requiresApproval ? t('staffSpaces.form.requiresApproval') : null,
                    space.policy.memberOnly ? t('staffSpaces.form.memberOnly') : null,
                    t('staffSpaces.policyBuffer', { n: space.policy.bufferMinutes }),
                    t('staffSpaces.policyDuration', { n: space.policy.maxDurationMinutes }),
                    space.policy.weeklyQuotaHours != null
                      ? t('staffSpaces.policyQuota', { n: space.policy.weeklyQuotaHours })
                      : null,
                  ]
                    .filter(Boolean)
                    .join(' · ')}
                </dd>
              </dl>
              {space.archivedAt ? null : (
                <div className="form-actions">
                  <button type="button" onClick={() => setEditing({ kind: 'edit', id: space.id })}>
                    {t('staffSpaces.edit', { name: space.name })}
                  </button>
                  <button type="button" onClick={() => void onArchive(space)}>
                    {t('staffSpaces.archive', { name: space.name })}
                  </button>
                  <Link to={`/staff/calendar?hub=${hub.slug}`}>{t('staffSpaces.toCalendar')}</Link>
                </div>
              )}
            </li>
          ))}
        </ul>
      ) : (
        <p>{t('staffSpaces.empty')}</p>
      )}
    </section>
  );
}
