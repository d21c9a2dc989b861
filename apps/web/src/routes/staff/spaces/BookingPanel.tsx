import { useMutation } from '@apollo/client/react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ProblemNotice } from '../../../components/ProblemNotice';
import type { CalendarBookingFragment } from '../../../graphql/generated/graphql';
import { currentLanguage } from '../../../i18n/i18n';
import { problemOf, type Problem } from '../../../lib/api-errors';
import { formatDateTime, formatTime } from '../../../lib/park-time';
import { APPROVE_BOOKING, REJECT_BOOKING, type Room } from './calendar-data';

/** A booking picked on the calendar: who, when, its buffers, and approve or reject in place. */
export function BookingPanel({
  booking,
  room,
  onClose,
}: {
  booking: CalendarBookingFragment;
  room: Room | undefined;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const reasonId = useId();
  const [reason, setReason] = useState('');
  const [rejecting, setRejecting] = useState(false);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [approve, approving] = useMutation(APPROVE_BOOKING);
  const [reject, rejectingNow] = useMutation(REJECT_BOOKING);
  const can = (action: string) => booking.availableActions.includes(action as never);

  const run = async (work: () => Promise<unknown>, message: string) => {
    setProblem(null);
    try {
      await work();
      setDone(message);
      setRejecting(false);
    } catch (caught) {
      setProblem(problemOf(caught));
    }
  };

  return (
    <aside className="booking-panel card" aria-labelledby="booking-panel-title">
      <h2 id="booking-panel-title">{booking.event ? booking.event.title : booking.purpose}</h2>
      <dl>
        <dt>{t('staffSpaces.panel.status')}</dt>
        <dd>
          <span className={`status status-${booking.status}`}>
            {t(`staffSpaces.status.${booking.status}`)}
          </span>
        </dd>
        <dt>{t('staffSpaces.panel.room')}</dt>
        <dd>{room?.name}</dd>
        <dt>{t('staffSpaces.panel.when')}</dt>
        <dd>
          {formatDateTime(booking.startsAt, language)}–{formatTime(booking.endsAt, language)}
        </dd>
        {room?.policy.bufferMinutes ? (
          <>
            <dt>{t('staffSpaces.panel.buffer')}</dt>
            <dd>{t('staffSpaces.panel.bufferMinutes', { n: room.policy.bufferMinutes })}</dd>
          </>
        ) : null}
        <dt>{t('staffSpaces.panel.booker')}</dt>
        <dd>{booking.booker.displayName}</dd>
        {booking.stakeholder ? (
          <>
            <dt>{t('staffSpaces.panel.stakeholder')}</dt>
            <dd>
              <Link to={`/stakeholders/${booking.stakeholder.id}`}>{booking.stakeholder.name}</Link>
            </dd>
          </>
        ) : null}
        <dt>{t('staffSpaces.panel.attendees')}</dt>
        <dd>{booking.attendees}</dd>
        {booking.checkedInAt ? (
          <>
            <dt>{t('staffSpaces.panel.checkedIn')}</dt>
            <dd>{formatTime(booking.checkedInAt, language)}</dd>
          </>
        ) : null}
        {booking.noShowAt ? (
          <>
            <dt>{t('staffSpaces.panel.noShowAt')}</dt>
            <dd>{formatTime(booking.noShowAt, language)}</dd>
          </>
        ) : null}
      </dl>
      {booking.event ? (
        <p>
          <Link to={`/staff/events/${booking.event.id}`}>{t('staffSpaces.panel.openEvent')}</Link>
        </p>
      ) : null}
      <ProblemNotice problem={problem} />
      {done ? (
        <p className="notice" role="status">
          {done}
        </p>
      ) : null}
      <div className="form-actions">
        {can('APPROVE') ? (
          <button
            type="button"
            className="primary"
            disabled={approving.loading}
            onClick={() =>
              void run(
                () => approve({ variables: { id: booking.id } }),
                t('staffSpaces.panel.approved'),
              )
            }
          >
            {t('staffSpaces.panel.approve')}
          </button>
        ) : null}
        {can('REJECT') && !rejecting ? (
          <button type="button" onClick={() => setRejecting(true)}>
            {t('staffSpaces.panel.reject')}
          </button>
        ) : null}
        <button type="button" onClick={onClose}>
          {t('staffSpaces.panel.close')}
        </button>
      </div>
      {can('REJECT') && rejecting ? (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            if (!reason.trim()) return;
            void run(
              () => reject({ variables: { id: booking.id, reason: reason.trim() } }),
              t('staffSpaces.panel.rejected'),
            );
          }}
        >
          <div className="field">
            <label htmlFor={reasonId}>{t('staffSpaces.panel.reason')}</label>
            <textarea
              id={reasonId}
              value={reason}
              required
              onChange={(event) => setReason(event.target.value)}
            />
          </div>
          <button type="submit" disabled={rejectingNow.loading || !reason.trim()}>
            {t('staffSpaces.panel.confirmReject')}
          </button>
        </form>
      ) : null}
    </aside>
  );
}
