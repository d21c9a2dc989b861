import { useTranslation } from 'react-i18next';
import type { CalendarBookingFragment } from '../../../graphql/generated/graphql';
import { currentLanguage } from '../../../i18n/i18n';
import { rowsOf, STEP_MINUTES } from '../../spaces/BookingWeek';
import {
  addDays,
  clockOf,
  minutesOf,
  seoulClockOf,
  seoulDayOf,
  seoulInstant,
  weekdayOf,
} from '../../spaces/seoul-week';
import type { Room } from './calendar-data';

// The hub's rooms side by side, in Seoul time whatever the browser's zone: the same fixed-offset
// arithmetic and half-hour rows as the member's BookingWeek (routes/spaces), but a room per
// column and a booking as one block spanning its time, with its buffers drawn around it.

const ROW_REM = 1.75;
const remOf = (minutes: number) => (minutes / STEP_MINUTES) * ROW_REM;

export function dayLabel(day: string): string {
  return new Intl.DateTimeFormat(currentLanguage() === 'ko' ? 'ko-KR' : 'en-GB', {
    timeZone: 'UTC',
    weekday: 'short',
    day: 'numeric',
    month: 'short',
  }).format(new Date(`${day}T00:00:00Z`));
}

function BookingBlockText({ booking }: { booking: CalendarBookingFragment }) {
  const { t } = useTranslation();
  const who = booking.event?.title ?? booking.stakeholder?.name ?? booking.booker.displayName;
  return (
    <>
      <span className="when">
        {seoulClockOf(booking.startsAt)}–{seoulClockOf(booking.endsAt)}
      </span>{' '}
      <span className={`status status-${booking.status}`}>
        {t(`staffSpaces.status.${booking.status}`)}
      </span>{' '}
      <span className="who">
        {booking.event ? `${t('staffSpaces.calendar.eventMark')} ` : ''}
        {who}
      </span>
    </>
  );
}

/** One day: a column per room, a block per booking, a hatched band for each buffer. */
export function HubDay({
  day,
  rooms,
  bookings,
  selectedId,
  onSelect,
}: {
  day: string;
  rooms: Room[];
  bookings: CalendarBookingFragment[];
  selectedId: string | null;
  onSelect: (id: string) => void;
}) {
  const { t } = useTranslation();
  const weekday = weekdayOf(day);
  const hours = rooms.flatMap((room) => room.openingHours.filter((h) => h.weekday === weekday));
  const clocks = bookings.flatMap((b) => [
    { weekday, opens: seoulClockOf(b.startsAt), closes: seoulClockOf(b.endsAt) },
  ]);
  const rows = rowsOf(
    hours.length || clocks.length
      ? [...hours, ...clocks]
      : [{ weekday, opens: '09:00', closes: '18:00' }],
  );
  const dayStart = rows[0];
  const height = remOf(rows.length * STEP_MINUTES);
  const midnight = seoulInstant(day).getTime();
  const offsetOf = (iso: string) => (Date.parse(iso) - midnight) / 60_000 - dayStart;

  return (
    <div className="hub-day-scroll">
      <div
        className="hub-day"
        style={{ gridTemplateColumns: `3.4rem repeat(${rooms.length}, minmax(9rem, 1fr))` }}
        role="group"
        aria-label={t('staffSpaces.calendar.dayCaption', { day: dayLabel(day) })}
      >
        <div className="hub-day-corner" aria-hidden="true" />
        {rooms.map((room) => (
          <h3 key={room.id} className="hub-day-room">
            {room.name}
          </h3>
        ))}
        <div className="hub-day-times" style={{ height: `${height}rem` }} aria-hidden="true">
          {rows.map((minute) =>
            minute % 60 === 0 ? (
              <span key={minute} style={{ top: `${remOf(minute - dayStart)}rem` }}>
                {clockOf(minute)}
              </span>
            ) : null,
          )}
        </div>
        {rooms.map((room) => {
          const open = room.openingHours.filter((h) => h.weekday === weekday);
          const mine = bookings.filter((b) => b.space.id === room.id);
          const buffer = room.policy.bufferMinutes;
          return (
            <div
              key={room.id}
              className="hub-day-column"
              style={{ height: `${height}rem` }}
              aria-label={room.name}
              role="list"
            >
              {open.map((h) => (
                <div
                  key={h.opens}
                  className="open-band"
                  aria-hidden="true"
                  style={{
                    top: `${remOf(minutesOf(h.opens) - dayStart)}rem`,
                    height: `${remOf(minutesOf(h.closes) - minutesOf(h.opens))}rem`,
                  }}
                />
              ))}
              {mine.map((booking) => {
                const top = offsetOf(booking.startsAt);
                const length = (Date.parse(booking.endsAt) - Date.parse(booking.startsAt)) / 60_000;
                return (
                  <div key={booking.id} role="listitem">
                    {buffer ? (
                      <>
                        <div
                          className="buffer-band"
                          aria-hidden="true"
                          style={{
                            top: `${remOf(top - buffer)}rem`,
                            height: `${remOf(buffer)}rem`,
                          }}
                        />
                        <div
                          className="buffer-band"
                          aria-hidden="true"
                          style={{
                            top: `${remOf(top + length)}rem`,
                            height: `${remOf(buffer)}rem`,
                          }}
                        />
                      </>
                    ) : null}
                    <button
                      type="button"
                      className={`booking-block block-${booking.status}`}
                      aria-pressed={selectedId === booking.id}
                      data-testid={`booking-${booking.id}`}
                      style={{ top: `${remOf(top)}rem`, height: `${remOf(length)}rem` }}
                      onClick={() => onSelect(booking.id)}
                    >
                      <BookingBlockText booking={booking} />
                    </button>
                  </div>
                );
              })}
            </div>
          );
        })}
      </div>
    </div>
  );
}

/** Seven days: a row per day, a column per room, each cell the day's bookings in order. */
export function HubWeek({
  week,
  rooms,
  bookings,
  selectedId,
  onSelect,
  onOpenDay,
}: {
  week: string;
  rooms: Room[];
  bookings: CalendarBookingFragment[];
  selectedId: string | null;
  onSelect: (id: string) => void;
  onOpenDay: (day: string) => void;
}) {
  const { t } = useTranslation();
  const days = Array.from({ length: 7 }, (_, i) => addDays(week, i));
  return (
    <div className="hub-week-scroll">
      <table className="hub-week">
        <caption className="visually-hidden">
          {t('staffSpaces.calendar.weekCaption', {
            from: dayLabel(days[0]),
            to: dayLabel(days[6]),
          })}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('staffSpaces.calendar.day')}</th>
            {rooms.map((room) => (
              <th scope="col" key={room.id}>
                {room.name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {days.map((day) => (
            <tr key={day}>
              <th scope="row">
                <button type="button" className="link-button" onClick={() => onOpenDay(day)}>
                  {dayLabel(day)}
                </button>
              </th>
              {rooms.map((room) => {
                const cell = bookings.filter(
                  (b) => b.space.id === room.id && seoulDayOf(b.startsAt) === day,
                );
                return (
                  <td key={room.id}>
                    {cell.length ? (
                      <ul className="week-cell">
                        {cell.map((booking) => (
                          <li key={booking.id}>
                            <button
                              type="button"
                              className={`booking-chip block-${booking.status}`}
                              aria-pressed={selectedId === booking.id}
                              data-testid={`booking-${booking.id}`}
                              onClick={() => onSelect(booking.id)}
                            >
                              <BookingBlockText booking={booking} />
                            </button>
                          </li>
                        ))}
                      </ul>
                    ) : (
                      <span className="visually-hidden">{t('staffSpaces.calendar.none')}</span>
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
