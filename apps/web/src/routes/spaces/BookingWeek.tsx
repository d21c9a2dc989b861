import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../i18n/i18n';
import {
  addDays,
  clockOf,
  minutesOf,
  seoulClockOf,
  seoulDayOf,
  seoulInstant,
  weekdayOf,
} from './seoul-week';

// A hand-built week grid rather than a calendar library: the grid must show Seoul time
// whatever the browser's zone, and the MIT calendars either need a zone plugin plus a date
// library in this chunk (FullCalendar) or render in the browser's zone (react-big-calendar).
// Seoul has a fixed offset, so a table of half-hour rows is exact, small and accessible.

export const STEP_MINUTES = 30;

export interface Interval {
  startsAt: string;
  endsAt: string;
}
export interface OwnBooking extends Interval {
  id: string;
  status: string;
}
export interface Hours {
  weekday: number;
  opens: string;
  closes: string;
}

type CellState = 'closed' | 'past' | 'mine' | 'free' | 'taken';

const LIVE = new Set(['PENDING', 'CONFIRMED', 'CHECKED_IN']);

const overlaps = (a0: number, a1: number, b0: number, b1: number) => a0 < b1 && b0 < a1;

/** The rows a week needs: from the earliest opening to the latest closing (half-hours). */
export function rowsOf(openingHours: Hours[]): number[] {
  if (!openingHours.length) return [];
  const first = Math.min(...openingHours.map((h) => minutesOf(h.opens)));
  const last = Math.max(...openingHours.map((h) => minutesOf(h.closes)));
  const start = Math.floor(first / STEP_MINUTES) * STEP_MINUTES;
  const rows: number[] = [];
  for (let minute = start; minute < last; minute += STEP_MINUTES) rows.push(minute);
  return rows;
}

export function cellState(
  day: string,
  minute: number,
  context: { openingHours: Hours[]; free: Interval[]; mine: OwnBooking[]; now: Date },
): CellState {
  const start = seoulInstant(day, clockOf(minute)).getTime();
  const end = start + STEP_MINUTES * 60_000;
  const live = context.mine.filter((b) => LIVE.has(b.status));
  if (live.some((b) => overlaps(start, end, Date.parse(b.startsAt), Date.parse(b.endsAt))))
    return 'mine';
  const open = context.openingHours.some(
    (h) =>
      h.weekday === weekdayOf(day) &&
      minutesOf(h.opens) <= minute &&
      minute + STEP_MINUTES <= minutesOf(h.closes),
  );
  if (!open) return 'closed';
  if (end <= context.now.getTime()) return 'past';
  const free = context.free.some(
    (s) => Date.parse(s.startsAt) <= start && end <= Date.parse(s.endsAt),
  );
  return free ? 'free' : 'taken';
}

/** What picking a free half-hour proposes: an hour, or less where the free time ends. */
export function proposal(day: string, minute: number, free: Interval[]): Interval {
  const start = seoulInstant(day, clockOf(minute));
  const slot = free.find(
    (s) => Date.parse(s.startsAt) <= start.getTime() && start.getTime() < Date.parse(s.endsAt),
  );
  const hourLater = start.getTime() + 60 * 60_000;
  const end = Math.min(hourLater, slot ? Date.parse(slot.endsAt) : hourLater);
  return { startsAt: start.toISOString(), endsAt: new Date(end).toISOString() };
}

export function BookingWeek({
  week,
  openingHours,
  free,
  mine,
  now,
  selected,
  onPick,
}: {
  week: string;
  openingHours: Hours[];
  free: Interval[];
  mine: OwnBooking[];
  now: Date;
  selected?: Interval | null;
  onPick: (slot: Interval) => void;
}) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const days = Array.from({ length: 7 }, (_, i) => addDays(week, i));
  const rows = rowsOf(openingHours);
  const dayLabel = new Intl.DateTimeFormat(language === 'ko' ? 'ko-KR' : 'en-GB', {
    timeZone: 'UTC',
    weekday: 'short',
    day: 'numeric',
    month: 'short',
  });
  const label = (day: string) => dayLabel.format(new Date(`${day}T00:00:00Z`));
  const context = { openingHours, free, mine, now };
  const isSelected = (day: string, minute: number) => {
    if (!selected) return false;
    const start = seoulInstant(day, clockOf(minute)).getTime();
    return overlaps(
      start,
      start + STEP_MINUTES * 60_000,
      Date.parse(selected.startsAt),
      Date.parse(selected.endsAt),
    );
  };
  const ownStartingAt = (day: string, minute: number) =>
    mine.find(
      (b) => seoulDayOf(b.startsAt) === day && minutesOf(seoulClockOf(b.startsAt)) === minute,
    );

  if (!rows.length) return <p className="hint">{t('spaces.week.closedAllWeek')}</p>;

  return (
    <div className="booking-week-scroll">
      <table className="booking-week">
        <caption className="visually-hidden">
          {t('spaces.week.caption', { from: label(days[0]), to: label(days[6]) })}
        </caption>
        <thead>
          <tr>
            <th scope="col" className="time-col">
              {t('spaces.week.time')}
            </th>
            {days.map((day) => (
              <th scope="col" key={day}>
                {label(day)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((minute) => (
            <tr key={minute}>
              <th scope="row" className="time-col">
                {minute % 60 === 0 ? (
                  clockOf(minute)
                ) : (
                  <span className="half">{clockOf(minute)}</span>
                )}
              </th>
              {days.map((day) => {
                const state = cellState(day, minute, context);
                const chosen = isSelected(day, minute);
                const own = state === 'mine' ? ownStartingAt(day, minute) : undefined;
                const when = `${label(day)} ${clockOf(minute)}`;
                return (
                  <td
                    key={day}
                    className={`cell cell-${state}${chosen ? ' cell-selected' : ''}`}
                    data-testid={`cell-${day}-${clockOf(minute)}`}
                    data-state={state}
                  >
                    {state === 'free' ? (
                      <button
                        type="button"
                        aria-pressed={chosen}
                        aria-label={t('spaces.week.pick', { when })}
                        onClick={() => onPick(proposal(day, minute, free))}
                      />
                    ) : own ? (
                      <span className="own">{t('spaces.week.mine')}</span>
                    ) : (
                      <span className="visually-hidden">{t(`spaces.week.state.${state}`)}</span>
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      <ul className="week-legend" aria-label={t('spaces.week.legend')}>
        {(['free', 'taken', 'mine', 'closed'] as const).map((state) => (
          <li key={state}>
            <span className={`swatch cell-${state}`} aria-hidden="true" />
            {t(`spaces.week.state.${state}`)}
          </li>
        ))}
      </ul>
    </div>
  );
}
