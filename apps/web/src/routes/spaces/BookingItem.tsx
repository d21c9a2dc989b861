import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ProblemNotice } from '../../components/ProblemNotice';
import { graphql } from '../../graphql/generated';
import type { BookingItemFragment } from '../../graphql/generated/graphql';
import { currentLanguage } from '../../i18n/i18n';
import { problemOf, type Problem } from '../../lib/api-errors';
import { formatTime } from '../../lib/park-time';
import { seoulDayOf } from './seoul-week';
import { dayAndTime, period } from './when';

export const BOOKING_ITEM = graphql(`
  fragment BookingItem on Booking {
    id
    status
    startsAt
    endsAt
    purpose
    attendees
    checkedInAt
    cancellableUntil
    checkInOpensAt
    checkInClosesAt
    noShowAt
    availableActions
    seriesId
    space {
      id
      name
    }
    stakeholder {
      id
      name
    }
  }
`);

const CANCEL = graphql(`
  mutation CancelMyBooking($id: ID!) {
    cancelBooking(id: $id) {
      ...BookingItem
    }
  }
`);

const CHECK_IN = graphql(`
  mutation CheckInMyBooking($id: ID!) {
    checkInBooking(id: $id) {
      ...BookingItem
    }
  }
`);

/** One booking with its status in words and colour, its times, and the moves it allows now. */
export function BookingItem({ booking, now }: { booking: BookingItemFragment; now: Date }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const [confirming, setConfirming] = useState(false);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [cancel, cancelling] = useMutation(CANCEL);
  const [checkIn, checkingIn] = useMutation(CHECK_IN);
  const can = (action: string) => booking.availableActions.includes(action as never);
  const run = async (action: () => Promise<unknown>) => {
    setProblem(null);
    try {
      await action();
      setConfirming(false);
    } catch (error) {
      setProblem(problemOf(error));
    }
  };
  const opensLater = booking.checkInOpensAt && Date.parse(booking.checkInOpensAt) > now.getTime();

  return (
    <li className="booking-item">
      <div className="booking-head">
        <h3>
          <Link to={`/spaces/${booking.space.id}?week=${seoulDayOf(booking.startsAt)}`}>
            {booking.space.name}
          </Link>
        </h3>
        <span className={`status status-${booking.status.toLowerCase()}`}>
          {t(`spaces.status.${booking.status}`)}
        </span>
      </div>
      <p className="booking-when">{period(booking.startsAt, booking.endsAt, language)}</p>
      <p className="booking-what">
        {booking.purpose}
        {booking.stakeholder ? ` · ${booking.stakeholder.name}` : ''} ·{' '}
        {t('spaces.attendees', { n: booking.attendees })}
        {booking.seriesId ? ` · ${t('spaces.mine.weekly')}` : ''}
      </p>
      <ul className="booking-times">
        {booking.checkedInAt ? (
          <li>
            {t('spaces.mine.checkedInAt', { when: dayAndTime(booking.checkedInAt, language) })}
          </li>
        ) : null}
        {opensLater && booking.checkInOpensAt && booking.checkInClosesAt ? (
          <li>
            {t('spaces.mine.checkInWindow', {
              from: dayAndTime(booking.checkInOpensAt, language),
              to: formatTime(booking.checkInClosesAt, language),
            })}
          </li>
        ) : null}
        {booking.noShowAt ? (
          <li>{t('spaces.mine.noShowAt', { when: dayAndTime(booking.noShowAt, language) })}</li>
        ) : null}
        {booking.cancellableUntil && can('CANCEL') ? (
          <li>
            {t('spaces.mine.cancellableUntil', {
              when: dayAndTime(booking.cancellableUntil, language),
            })}
          </li>
        ) : null}
      </ul>
      <ProblemNotice problem={problem} />
      <div className="booking-actions">
        {can('CHECK_IN') ? (
          <button
            type="button"
            className="primary"
            disabled={checkingIn.loading}
            onClick={() => void run(() => checkIn({ variables: { id: booking.id } }))}
          >
            {t('spaces.mine.checkIn')}
          </button>
        ) : null}
        {can('CANCEL') && !confirming ? (
          <button type="button" onClick={() => setConfirming(true)}>
            {t('spaces.mine.cancel')}
          </button>
        ) : null}
        {can('CANCEL') && confirming ? (
          <span className="confirm" role="group" aria-label={t('spaces.mine.cancelQuestion')}>
            <span>{t('spaces.mine.cancelQuestion')}</span>
            <button
              type="button"
              className="danger"
              disabled={cancelling.loading}
              onClick={() => void run(() => cancel({ variables: { id: booking.id } }))}
            >
              {t('spaces.mine.cancelConfirm')}
            </button>
            <button type="button" onClick={() => setConfirming(false)}>
              {t('spaces.mine.keep')}
            </button>
          </span>
        ) : null}
      </div>
    </li>
  );
}
