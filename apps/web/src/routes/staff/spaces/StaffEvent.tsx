import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation, useQuery } from '@apollo/client/react';
import { useId, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { z } from 'zod';
import { Loading } from '../../../components/Loading';
import { NotFound } from '../../../components/NotFound';
import { ProblemNotice } from '../../../components/ProblemNotice';
import { TextField } from '../../../components/TextField';
import { graphql } from '../../../graphql/generated';
import { currentLanguage } from '../../../i18n/i18n';
import { problemOf, type Problem } from '../../../lib/api-errors';
import { formatDateTime, formatTime } from '../../../lib/park-time';
import { useSubmitProblem } from '../../../lib/use-problem';
import { seoulDayOf } from '../../spaces/seoul-week';
import '../../spaces/spaces.css';
import './staff-spaces.css';

export const STAFF_EVENT_FIELDS = graphql(`
  fragment StaffEventFields on Event {
    id
    title
    description
    startsAt
    endsAt
    capacity
    attendeeCount
    waitlistCount
    cancelledAt
    viewerCanManage
    hub {
      id
      slug
    }
    space {
      id
      name
      capacity
    }
    organizer {
      id
      displayName
    }
    booking {
      id
      status
    }
    rsvps {
      id
      status
      waitlistPosition
      user {
        id
        displayName
      }
    }
  }
`);

export const STAFF_EVENT = graphql(`
  query StaffEvent($id: ID!) {
    ...StaffNavCounts
    event(id: $id) {
      ...StaffEventFields
    }
  }
`);

export const UPDATE_EVENT = graphql(`
  mutation StaffUpdateEvent($id: ID!, $input: UpdateEventInput!) {
    updateEvent(id: $id, input: $input) {
      ...StaffEventFields
    }
  }
`);

export const CANCEL_EVENT = graphql(`
  mutation StaffCancelEvent($id: ID!, $reason: String) {
    cancelEvent(id: $id, reason: $reason) {
      ...StaffEventFields
    }
  }
`);

const schema = z.object({
  title: z.string().trim().min(2, 'staffSpaces.event.titleLength').max(160),
  description: z.string().max(4000),
  capacity: z.coerce.number<string>().int().min(1, 'staffSpaces.form.capacityMin'),
});
type Input = z.input<typeof schema>;
type Values = z.output<typeof schema>;
const FIELDS = ['title', 'description', 'capacity'] as const;

/** /staff/events/:id: an event for its organiser and the hub's staff: edit, cancel, who comes. */
export default function StaffEvent() {
  const { t } = useTranslation();
  const language = currentLanguage();
  const { id = '' } = useParams();
  const { data, loading, error } = useQuery(STAFF_EVENT, { variables: { id } });
  const [editing, setEditing] = useState(false);
  const [cancelling, setCancelling] = useState(false);
  const [told, setTold] = useState<number | null>(null);

  if (loading && !data) return <Loading />;
  if (error && !data) return <ProblemNotice problem={problemOf(error)} />;
  const event = data?.event;
  if (!event) return <NotFound />;
  const going = (event.rsvps ?? []).filter((r) => r.status === 'GOING');
  const waiting = (event.rsvps ?? []).filter((r) => r.status === 'WAITLISTED');

  return (
    <section aria-labelledby="staff-event-title" className="staff-event">
      <p className="eyebrow">
        <Link
          to={`/staff/calendar?hub=${event.hub.slug}&view=day&date=${seoulDayOf(event.startsAt)}`}
        >
          {t('staffSpaces.event.backToCalendar')}
        </Link>
      </p>
      <h1 id="staff-event-title">{event.title}</h1>
      {event.cancelledAt ? (
        <p className="notice notice-warn" role="status">
          {t('staffSpaces.event.cancelledAt', {
            when: formatDateTime(event.cancelledAt, language),
          })}
          {told !== null ? ` ${t('staffSpaces.event.told', { n: told })}` : ''}
        </p>
      ) : null}
      <dl className="event-facts">
        <dt>{t('staffSpaces.panel.when')}</dt>
        <dd>
          {formatDateTime(event.startsAt, language)}–{formatTime(event.endsAt, language)}
        </dd>
        <dt>{t('staffSpaces.panel.room')}</dt>
        <dd>{event.space.name}</dd>
        <dt>{t('staffSpaces.event.organizer')}</dt>
        <dd>{event.organizer.displayName}</dd>
        <dt>{t('staffSpaces.event.seats')}</dt>
        <dd>
          {t('staffSpaces.event.seatsTaken', {
            going: event.attendeeCount,
            capacity: event.capacity,
            waiting: event.waitlistCount,
          })}
        </dd>
        {event.booking ? (
          <>
            <dt>{t('staffSpaces.event.booking')}</dt>
            <dd>{t(`staffSpaces.status.${event.booking.status}`)}</dd>
          </>
        ) : null}
      </dl>
      {event.description ? <p className="event-description">{event.description}</p> : null}
      {event.viewerCanManage && !editing && !cancelling ? (
        <div className="form-actions">
          <button type="button" onClick={() => setEditing(true)}>
            {t('staffSpaces.event.edit')}
          </button>
          <button type="button" onClick={() => setCancelling(true)}>
            {t('staffSpaces.event.cancel')}
          </button>
        </div>
      ) : null}
      {event.viewerCanManage && editing ? (
        <EditEvent event={event} onDone={() => setEditing(false)} />
      ) : null}
      {event.viewerCanManage && cancelling ? (
        <CancelEvent
          id={event.id}
          holders={event.attendeeCount + event.waitlistCount}
          onDone={(count) => {
            setCancelling(false);
            if (count !== null) setTold(count);
          }}
        />
      ) : null}
      <div className="event-lists">
        <section aria-labelledby="going-title">
          <h2 id="going-title">{t('staffSpaces.event.going', { n: going.length })}</h2>
          {going.length ? (
            <ol>
              {going.map((rsvp) => (
                <li key={rsvp.id}>{rsvp.user.displayName}</li>
              ))}
            </ol>
          ) : (
            <p className="hint">{t('staffSpaces.event.nobody')}</p>
          )}
        </section>
        <section aria-labelledby="waiting-title">
          <h2 id="waiting-title">{t('staffSpaces.event.waitlist', { n: waiting.length })}</h2>
          {waiting.length ? (
            <ol>
              {waiting.map((rsvp) => (
                <li key={rsvp.id}>
                  {rsvp.user.displayName}{' '}
                  <span className="hint">
                    {t('staffSpaces.event.place', { n: rsvp.waitlistPosition })}
                  </span>
                </li>
              ))}
            </ol>
          ) : (
            <p className="hint">{t('staffSpaces.event.nobody')}</p>
          )}
        </section>
      </div>
    </section>
  );
}

function EditEvent({
  event,
  onDone,
}: {
  event: { id: string; title: string; description: string; capacity: number };
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const [update] = useMutation(UPDATE_EVENT);
  const { register, handleSubmit, setError, formState } = useForm<Input, unknown, Values>({
    resolver: zodResolver(schema),
    defaultValues: {
      title: event.title,
      description: event.description,
      capacity: String(event.capacity),
    },
  });
  const { problem, run } = useSubmitProblem(setError, FIELDS);
  const message = (key?: string) => (key ? t(key, { defaultValue: key }) : undefined);
  const errors = formState.errors;
  return (
    <form
      className="staff-form card"
      noValidate
      onSubmit={handleSubmit(async (values) => {
        const ok = await run(() => update({ variables: { id: event.id, input: values } }));
        if (ok) onDone();
      })}
    >
      <h2>{t('staffSpaces.event.editTitle')}</h2>
      <ProblemNotice problem={problem} />
      <TextField
        label={t('staffSpaces.event.title')}
        {...register('title')}
        error={message(errors.title?.message)}
      />
      <TextField
        label={t('staffSpaces.event.capacity')}
        hint={t('staffSpaces.event.capacityHint')}
        type="number"
        min={1}
        {...register('capacity')}
        error={message(errors.capacity?.message)}
      />
      <div className="field">
        <label htmlFor="event-description">{t('staffSpaces.event.description')}</label>
        <textarea id="event-description" {...register('description')} />
      </div>
      <div className="form-actions">
        <button type="submit" className="primary" disabled={formState.isSubmitting}>
          {t('staffSpaces.form.save')}
        </button>
        <button type="button" onClick={onDone}>
          {t('staffSpaces.form.cancel')}
        </button>
      </div>
    </form>
  );
}

function CancelEvent({
  id,
  holders,
  onDone,
}: {
  id: string;
  holders: number;
  onDone: (told: number | null) => void;
}) {
  const { t } = useTranslation();
  const reasonId = useId();
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<Problem | null>(null);
  const [cancel, { loading }] = useMutation(CANCEL_EVENT);
  return (
    <form
      className="staff-form card"
      onSubmit={(submitted) => {
        submitted.preventDefault();
        setProblem(null);
        cancel({ variables: { id, reason: reason.trim() || undefined } })
          .then(() => onDone(holders))
          .catch((caught: unknown) => setProblem(problemOf(caught)));
      }}
    >
      <h2>{t('staffSpaces.event.cancelTitle')}</h2>
      <p>{t('staffSpaces.event.cancelWarning', { n: holders })}</p>
      <ProblemNotice problem={problem} />
      <div className="field">
        <label htmlFor={reasonId}>{t('staffSpaces.event.cancelReason')}</label>
        <textarea id={reasonId} value={reason} onChange={(e) => setReason(e.target.value)} />
      </div>
      <div className="form-actions">
        <button type="submit" className="primary" disabled={loading}>
          {t('staffSpaces.event.confirmCancel')}
        </button>
        <button type="button" onClick={() => onDone(null)}>
          {t('staffSpaces.event.keep')}
        </button>
      </div>
    </form>
  );
}
