import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useSession } from '../../app/session';
import { Loading } from '../../components/Loading';
import { NotFound } from '../../components/NotFound';
import { ProblemNotice } from '../../components/ProblemNotice';
import { graphql } from '../../graphql/generated';
import type { EventDetailsFragment } from '../../graphql/generated/graphql';
import { currentLanguage } from '../../i18n/i18n';
import { problemOf, type Problem } from '../../lib/api-errors';
import { seoulDayOf } from './seoul-week';
import { period } from './when';
import './spaces.css';

export const EVENT_DETAILS = graphql(`
  fragment EventDetails on Event {
    id
    title
    description
    startsAt
    endsAt
    capacity
    attendeeCount
    waitlistCount
    availableActions
    hub {
      id
      name
      nameKo
      slug
    }
    space {
      id
      name
    }
    stakeholder {
      id
      name
    }
    organizer {
      id
      displayName
    }
    myRsvp {
      id
      status
      waitlistPosition
    }
  }
`);

const EVENT_PAGE = graphql(`
  query EventPage($id: ID!) {
    event(id: $id) {
      ...EventDetails
    }
  }
`);

// Both answer the Event, so the counts and myRsvp update in the cache: no refetch.
const RSVP = graphql(`
  mutation RsvpEvent($id: ID!) {
    rsvpEvent(id: $id) {
      ...EventDetails
    }
  }
`);

const CANCEL_RSVP = graphql(`
  mutation CancelRsvp($id: ID!) {
    cancelRsvp(id: $id) {
      ...EventDetails
    }
  }
`);

export default function EventPage() {
  const { id = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(EVENT_PAGE, {
    variables: { id },
    errorPolicy: 'all',
  });
  const problem = error ? problemOf(error) : null;
  if (loading && !data) return <Loading />;
  if (problem && problem.kind !== 'fields' && problem.kind !== 'notFound')
    return <ProblemNotice problem={problem} onReload={() => void refetch()} />;
  if (!data?.event) return <NotFound />;
  return <EventDetails event={data.event} />;
}

function EventDetails({ event }: { event: EventDetailsFragment }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const { user } = useSession();
  const [problem, setProblem] = useState<Problem | null>(null);
  const [rsvp, rsvping] = useMutation(RSVP);
  const [cancelRsvp, cancelling] = useMutation(CANCEL_RSVP);
  const run = async (action: () => Promise<unknown>) => {
    setProblem(null);
    try {
      await action();
    } catch (error) {
      setProblem(problemOf(error));
    }
  };
  const full = event.attendeeCount >= event.capacity;
  const mine = event.myRsvp;
  const hubName = language === 'ko' ? event.hub.nameKo : event.hub.name;

  return (
    <article className="event-page" aria-labelledby="event-title">
      <p className="eyebrow">
        <Link to={`/hubs/${event.hub.slug}`}>{hubName}</Link>
      </p>
      <h1 id="event-title">{event.title}</h1>
      <dl className="event-facts">
        <div>
          <dt>{t('spaces.event.when')}</dt>
          <dd>
            {period(event.startsAt, event.endsAt, language)}{' '}
            <span className="hint">{t('spaces.event.seoulTime')}</span>
          </dd>
        </div>
        <div>
          <dt>{t('spaces.event.where')}</dt>
          <dd>
            <Link to={`/spaces/${event.space.id}?week=${seoulDayOf(event.startsAt)}`}>
              {event.space.name}
            </Link>
          </dd>
        </div>
        <div>
          <dt>{t('spaces.event.host')}</dt>
          <dd>
            {event.stakeholder ? (
              <Link to={`/stakeholders/${event.stakeholder.id}`}>{event.stakeholder.name}</Link>
            ) : (
              event.organizer.displayName
            )}
          </dd>
        </div>
        <div>
          <dt>{t('spaces.event.seats')}</dt>
          <dd>
            {t('spaces.event.attending', { n: event.attendeeCount, capacity: event.capacity })}
            {full ? <span className="status status-full">{t('spaces.event.full')}</span> : null}
          </dd>
        </div>
        <div>
          <dt>{t('spaces.event.waitlist')}</dt>
          <dd>{t('spaces.event.waiting', { n: event.waitlistCount })}</dd>
        </div>
      </dl>
      {event.description ? <p className="event-description">{event.description}</p> : null}

      <section className="rsvp" aria-labelledby="rsvp-title">
        <h2 id="rsvp-title">{t('spaces.event.rsvpTitle')}</h2>
        <div role="status">
          {mine?.status === 'GOING' ? (
            <p className="rsvp-state status-going">{t('spaces.event.going')}</p>
          ) : mine?.status === 'WAITLISTED' ? (
            <p className="rsvp-state status-waitlisted">
              {t('spaces.event.waitlisted', { position: mine.waitlistPosition })}
            </p>
          ) : null}
        </div>
        <ProblemNotice problem={problem} />
        <div className="rsvp-actions">
          {event.availableActions.includes('RSVP') ? (
            <button
              type="button"
              className="primary"
              disabled={rsvping.loading}
              onClick={() => void run(() => rsvp({ variables: { id: event.id } }))}
            >
              {full ? t('spaces.event.joinWaitlist') : t('spaces.event.rsvp')}
            </button>
          ) : null}
          {event.availableActions.includes('CANCEL_RSVP') ? (
            <button
              type="button"
              disabled={cancelling.loading}
              onClick={() => void run(() => cancelRsvp({ variables: { id: event.id } }))}
            >
              {mine?.status === 'WAITLISTED'
                ? t('spaces.event.leaveWaitlist')
                : t('spaces.event.cancelRsvp')}
            </button>
          ) : null}
          {!user ? (
            <Link to={`/sign-in?next=${encodeURIComponent(`/events/${event.id}`)}`}>
              {t('spaces.event.signInToRsvp')}
            </Link>
          ) : null}
        </div>
      </section>
    </article>
  );
}
