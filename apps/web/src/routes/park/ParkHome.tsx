import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Form, Link } from 'react-router';
import { QueryState } from '../../components/QueryState';
import { graphql } from '../../graphql/generated';
import { currentLanguage } from '../../i18n/i18n';
import { formatDateTime } from '../../lib/park-time';
import { MyWeek } from './MyWeek';
import { upcomingWindow } from './upcoming';
import './park-home.css';

// Everything on the page, "my week" included, in one request: `me` is null when anonymous.
const PARK_HOME = graphql(`
  query ParkHome($from: DateTime!, $to: DateTime!) {
    hubs {
      id
      slug
      name
      nameKo
      description
    }
    events(from: $from, to: $to, first: 6) {
      edges {
        node {
          id
          title
          startsAt
          hub {
            id
            name
            nameKo
          }
          space {
            id
            name
          }
        }
      }
    }
    me {
      id
      ...MyWeek
    }
  }
`);

/** `/`: the park's three hubs, what is on soon, a search, and for the signed-in their week. */
export default function ParkHome() {
  const { t } = useTranslation();
  const [upcoming] = useState(() => upcomingWindow(Date.now()));
  const { data, loading, error } = useQuery(PARK_HOME, { variables: upcoming });
  const language = currentLanguage();
  const korean = language === 'ko';
  return (
    <div className="park-home">
      <section aria-labelledby="park-title" className="park-intro">
        <h1 id="park-title">{t('park.title')}</h1>
        <p className="lead">{t('park.lead')}</p>
        <Form method="get" action="/stakeholders" role="search" className="search">
          <label htmlFor="park-search">{t('park.searchLabel')}</label>
          <input id="park-search" name="search" type="search" />
          <button type="submit">{t('action.search')}</button>
        </Form>
      </section>
      <QueryState loading={loading} error={error}>
        {() => (
          <>
            {data?.me ? <MyWeek user={data.me} /> : null}
            <section aria-labelledby="park-hubs">
              <h2 id="park-hubs">{t('park.hubs')}</h2>
              <ul className="cards">
                {data?.hubs.map((hub) => (
                  <li key={hub.id} className="card">
                    <h3>
                      <Link to={`/hubs/${hub.slug}`}>{korean ? hub.nameKo : hub.name}</Link>
                    </h3>
                    <p>{hub.description}</p>
                  </li>
                ))}
              </ul>
            </section>
            <section aria-labelledby="park-events">
              <h2 id="park-events">{t('park.upcomingEvents')}</h2>
              {data?.events.edges.length ? (
                <ul className="event-list">
                  {data.events.edges.map(({ node: event }) => (
                    <li key={event.id}>
                      <time dateTime={event.startsAt}>
                        {formatDateTime(event.startsAt, language)}
                      </time>
                      <Link to={`/events/${event.id}`}>{event.title}</Link>
                      <span className="muted">
                        {korean ? event.hub.nameKo : event.hub.name} · {event.space.name}
                      </span>
                    </li>
                  ))}
                </ul>
              ) : (
                <p className="muted">{t('park.noEvents')}</p>
              )}
            </section>
          </>
        )}
      </QueryState>
    </div>
  );
}
