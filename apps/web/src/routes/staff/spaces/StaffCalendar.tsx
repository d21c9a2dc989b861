import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { Loading } from '../../../components/Loading';
import { ProblemNotice } from '../../../components/ProblemNotice';
import type { CalendarBookingFragment } from '../../../graphql/generated/graphql';
import { currentLanguage } from '../../../i18n/i18n';
import { problemOf } from '../../../lib/api-errors';
import { formatDay } from '../../../lib/park-time';
import { addDays, mondayOf, seoulDayOf, seoulInstant } from '../../spaces/seoul-week';
import { BookingPanel } from './BookingPanel';
import { HubDay, HubWeek } from './CalendarGrid';
import { DeskBookingForm } from './DeskBookingForm';
import { HostEventForm } from './HostEventForm';
import { HubPicker } from './HubPicker';
import { OFF_GRID, STAFF_CALENDAR, type Room } from './calendar-data';
import { useStaffHub } from './staff-hub';
import '../../spaces/spaces.css';
import './staff-spaces.css';

const DAY_PATTERN = /^\d{4}-\d{2}-\d{2}$/;
type Side = { kind: 'booking'; id: string } | { kind: 'desk' } | { kind: 'event' } | null;

/** /staff/calendar?hub=…&view=day|week&date=YYYY-MM-DD: a hub's rooms over a day or a week. */
export default function StaffCalendar() {
  const { t } = useTranslation();
  const language = currentLanguage();
  const navigate = useNavigate();
  const { slug, choicesOf, chooseHub, params, setParams } = useStaffHub();
  const view = params.get('view') === 'day' ? 'day' : 'week';
  const asked = params.get('date');
  const date = asked && DAY_PATTERN.test(asked) ? asked : seoulDayOf(new Date());
  const start = view === 'day' ? date : mondayOf(date);
  const end = addDays(start, view === 'day' ? 1 : 7);
  const [side, setSide] = useState<Side>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const { data, loading, error, refetch } = useQuery(STAFF_CALENDAR, {
    variables: {
      slug: slug ?? '',
      from: seoulInstant(start).toISOString(),
      to: seoulInstant(end).toISOString(),
    },
    skip: slug === null,
  });
  const hubs = choicesOf(data?.hubs);
  const hub = hubs.find((h) => h.slug === data?.hub?.slug) ?? null;

  const go = (changes: Record<string, string>) => {
    setSide(null);
    setParams((current) => {
      const next = new URLSearchParams(current);
      for (const [key, value] of Object.entries(changes)) next.set(key, value);
      if (slug && !next.get('hub')) next.set('hub', slug);
      return next;
    });
  };

  if (slug === null || (loading && !data)) return <Loading />;
  if (!hub) return <p>{t('staffSpaces.noHub')}</p>;
  const rooms: Room[] = data?.hub?.spaces ?? [];
  const all = (data?.hub?.bookings.edges ?? []).map((edge) => edge.node as CalendarBookingFragment);
  const shown = all.filter(
    (b) => !OFF_GRID.has(b.status) || (side?.kind === 'booking' && side.id === b.id),
  );
  const hidden = all.length - shown.length;
  const selected = side?.kind === 'booking' ? all.find((b) => b.id === side.id) : undefined;
  const step = view === 'day' ? 1 : 7;
  const title =
    view === 'day'
      ? formatDay(start, language)
      : t('staffSpaces.calendar.weekTitle', {
          from: formatDay(start, language),
          to: formatDay(addDays(start, 6), language),
        });

  return (
    <section aria-labelledby="staff-calendar-title" className="staff-calendar">
      <HubPicker hubs={hubs} hub={hub} onChoose={(chosen) => (setSide(null), chooseHub(chosen))} />
      <h1 id="staff-calendar-title">{t('staffSpaces.calendar.title')}</h1>
      <div className="week-nav">
        <h2>{title}</h2>
        <div className="week-buttons">
          <button type="button" aria-pressed={view === 'day'} onClick={() => go({ view: 'day' })}>
            {t('staffSpaces.calendar.dayView')}
          </button>
          <button type="button" aria-pressed={view === 'week'} onClick={() => go({ view: 'week' })}>
            {t('staffSpaces.calendar.weekView')}
          </button>
          <button type="button" onClick={() => go({ date: addDays(start, -step) })}>
            {t('staffSpaces.calendar.previous')}
          </button>
          <button type="button" onClick={() => go({ date: seoulDayOf(new Date()) })}>
            {t('staffSpaces.calendar.today')}
          </button>
          <button type="button" onClick={() => go({ date: addDays(start, step) })}>
            {t('staffSpaces.calendar.next')}
          </button>
        </div>
      </div>
      <p className="hint">{t('staffSpaces.seoulTime')}</p>
      <div className="form-actions">
        <button type="button" onClick={() => setSide({ kind: 'desk' })}>
          {t('staffSpaces.desk.open')}
        </button>
        <button type="button" onClick={() => setSide({ kind: 'event' })}>
          {t('staffSpaces.event.open')}
        </button>
      </div>
      {error ? <ProblemNotice problem={problemOf(error)} onReload={() => void refetch()} /> : null}
      {notice ? (
        <p className="notice" role="status">
          {notice}
        </p>
      ) : null}
      <ul className="week-legend" aria-label={t('staffSpaces.calendar.legend')}>
        {['PENDING', 'CONFIRMED', 'CHECKED_IN', 'NO_SHOW'].map((status) => (
          <li key={status}>
            <span className={`swatch block-${status}`} aria-hidden="true" />
            {t(`staffSpaces.status.${status}`)}
          </li>
        ))}
        <li>
          <span className="swatch buffer-band" aria-hidden="true" />
          {t('staffSpaces.calendar.buffer')}
        </li>
      </ul>
      <div className="calendar-layout">
        <div className="calendar-main">
          {!rooms.length ? (
            <p>{t('staffSpaces.empty')}</p>
          ) : view === 'day' ? (
            <HubDay
              day={start}
              rooms={rooms}
              bookings={shown}
              selectedId={selected?.id ?? null}
              onSelect={(id) => setSide({ kind: 'booking', id })}
            />
          ) : (
            <HubWeek
              week={start}
              rooms={rooms}
              bookings={shown}
              selectedId={selected?.id ?? null}
              onSelect={(id) => setSide({ kind: 'booking', id })}
              onOpenDay={(day) => go({ view: 'day', date: day })}
            />
          )}
          {hidden ? (
            <p className="hint">{t('staffSpaces.calendar.hidden', { n: hidden })}</p>
          ) : null}
          {data?.hub && data.hub.bookings.totalCount > all.length ? (
            <p className="notice notice-warn">
              {t('staffSpaces.calendar.more', {
                shown: all.length,
                total: data.hub.bookings.totalCount,
              })}
            </p>
          ) : null}
        </div>
        {selected ? (
          <BookingPanel
            booking={selected}
            room={rooms.find((room) => room.id === selected.space.id)}
            onClose={() => setSide(null)}
          />
        ) : side?.kind === 'desk' ? (
          <DeskBookingForm
            rooms={rooms}
            day={start}
            onCancel={() => setSide(null)}
            onBooked={(id, status) => {
              setNotice(
                t(`staffSpaces.desk.booked.${status === 'PENDING' ? 'PENDING' : 'CONFIRMED'}`),
              );
              // A new booking cannot be patched into the window's list: fetch it again.
              void refetch().then(() => setSide({ kind: 'booking', id }));
            }}
          />
        ) : side?.kind === 'event' ? (
          <HostEventForm
            hubId={hub.id}
            rooms={rooms}
            day={start}
            onCancel={() => setSide(null)}
            onHosted={(id) => void navigate(`/staff/events/${id}`)}
          />
        ) : null}
      </div>
    </section>
  );
}
