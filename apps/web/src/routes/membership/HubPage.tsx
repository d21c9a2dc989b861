import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { QueryState } from '../../components/QueryState';
import { graphql } from '../../graphql/generated';
import { currentLanguage } from '../../i18n/i18n';
import { formatDateTime, formatTime } from '../../lib/park-time';
import { ApplyToJoin } from './ApplyToJoin';
import { applicationsHere, stakeholdersThatMayApply } from './applying';
import { HubMembers } from './HubMembers';
import { MyApplication } from './MyApplication';
import './hub.css';

const DAY_MS = 24 * 60 * 60 * 1000;

// The hub, its spaces, events and members, and what the viewer's stakeholders have to do with
// it, in one request (`me` is null when anonymous).
const HUB_PAGE = graphql(`
  query HubPage($slug: String!, $from: DateTime!, $to: DateTime!) {
    hub(slug: $slug) {
      id
      slug
      name
      nameKo
      description
      spaces {
        id
        name
        kind
        capacity
      }
      events(from: $from, to: $to, first: 10) {
        totalCount
        edges {
          node {
            id
            title
            startsAt
            endsAt
            space {
              id
              name
            }
          }
        }
      }
      ...HubMembers
    }
    me {
      id
      stakeholders {
        id
        role
        stakeholder {
          id
          name
          availableActions
          memberships(first: 10) {
            edges {
              node {
                id
                hub {
                  id
                }
                ...MyApplication
              }
            }
          }
        }
      }
    }
  }
`);

/** `/hubs/:slug`: a hub, and applying to join it for a stakeholder you own. */
export default function HubPage() {
  const { t } = useTranslation();
  const { slug = '' } = useParams();
  const [upcoming] = useState(() => {
    const from = Math.floor(Date.now() / 60_000) * 60_000;
    return { from: new Date(from).toISOString(), to: new Date(from + 90 * DAY_MS).toISOString() };
  });
  const { data, loading, error } = useQuery(HUB_PAGE, { variables: { slug, ...upcoming } });
  const language = currentLanguage();
  const hub = data?.hub;
  return (
    <QueryState loading={loading} error={error} missing={!hub}>
      {() => {
        if (!hub) return null;
        const seats = data.me?.stakeholders ?? [];
        const applications = applicationsHere(seats, hub.id);
        const applicants = stakeholdersThatMayApply(seats, hub.id);
        return (
          <article className="hub-page" aria-labelledby="hub-title">
            <header className="hub-header">
              <h1 id="hub-title">{language === 'ko' ? hub.nameKo : hub.name}</h1>
              <p lang={language === 'ko' ? 'en' : 'ko'} className="muted">
                {language === 'ko' ? hub.name : hub.nameKo}
              </p>
              <p className="lead">{hub.description}</p>
            </header>
            <div className="hub-columns">
              <div>
                <section aria-labelledby="hub-spaces">
                  <h2 id="hub-spaces">{t('membership.hub.spaces')}</h2>
                  {hub.spaces.length ? (
                    <ul className="hub-list">
                      {hub.spaces.map((space) => (
                        <li key={space.id}>
                          <Link to={`/spaces/${space.id}`}>{space.name}</Link>
                          <span className="muted">
                            {t('membership.hub.capacity', { count: space.capacity })}
                          </span>
                        </li>
                      ))}
                    </ul>
                  ) : (
                    <p className="muted">{t('membership.hub.noSpaces')}</p>
                  )}
                </section>
                <section aria-labelledby="hub-events">
                  <h2 id="hub-events">{t('membership.hub.events')}</h2>
                  {hub.events.edges.length ? (
                    <ul className="hub-list">
                      {hub.events.edges.map(({ node: event }) => (
                        <li key={event.id}>
                          <Link to={`/events/${event.id}`}>{event.title}</Link>
                          <span className="muted">
                            <time dateTime={event.startsAt}>
                              {formatDateTime(event.startsAt, language)}–
                              {formatTime(event.endsAt, language)}
                            </time>{' '}
                            · {event.space.name}
                          </span>
                        </li>
                      ))}
                    </ul>
                  ) : (
                    <p className="muted">{t('membership.hub.noEvents')}</p>
                  )}
                </section>
                <HubMembers hub={hub} />
              </div>
              <aside aria-labelledby="hub-join" className="hub-join">
                <h2 id="hub-join">{t('membership.join.title')}</h2>
                {applications.map(({ membership, stakeholderName }) => (
                  <MyApplication
                    key={membership.id}
                    membership={membership}
                    stakeholderName={stakeholderName}
                  />
                ))}
                {data.me ? (
                  applicants.length ? (
                    <ApplyToJoin hubId={hub.id} stakeholders={applicants} />
                  ) : applications.length ? null : (
                    <p className="muted">
                      {t('membership.join.noStakeholder')}{' '}
                      <Link to="/stakeholders">{t('membership.join.toDirectory')}</Link>
                    </p>
                  )
                ) : (
                  <p>
                    <Link to={`/sign-in?next=${encodeURIComponent(`/hubs/${hub.slug}`)}`}>
                      {t('membership.join.signIn')}
                    </Link>
                  </p>
                )}
              </aside>
            </div>
          </article>
        );
      }}
    </QueryState>
  );
}
