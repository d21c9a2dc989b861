import {
  BookingContext,
  cancellableUntil,
  checkInWindow,
  noShowAt,
  noShowCutoff,
  onTime,
  policyViolations,
  SpacePolicy,
  weeklyQuotaLeft,
} from './booking-policy';
import {
  coversWhole,
  formatClock,
  openIntervals,
  parseClock,
  seoulWeekday,
  seoulWeekStart,
  subtract,
} from './opening-hours';

const at = (iso: string) => new Date(iso).getTime();
const WEEKDAYS_9_TO_18 = [1, 2, 3, 4, 5].map((weekday) => ({
  weekday,
  opensMinute: 9 * 60,
  closesMinute: 18 * 60,
}));

describe('opening hours in Asia/Seoul', () => {
  it('covers a booking only when open throughout, and answers a span to year 9999 at once', () => {
    const monday10 = at('2026-11-30T01:00:00Z');
    expect(coversWhole(WEEKDAYS_9_TO_18, monday10, monday10 + 60 * 60_000)).toBe(true);
    expect(coversWhole(WEEKDAYS_9_TO_18, monday10, at('2026-11-30T10:00:00Z'))).toBe(false);
    const started = Date.now();
    expect(coversWhole(WEEKDAYS_9_TO_18, monday10, at('9999-12-31T23:59:59Z'))).toBe(false);
    const always = [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({
      weekday,
      opensMinute: 0,
      closesMinute: 1440,
    }));
    expect(coversWhole(always, monday10, at('9999-12-31T23:59:59Z'))).toBe(true);
    // A day-by-day walk over those 8,000 years took seconds; a loaded machine still answers fast.
    expect(Date.now() - started).toBeLessThan(1000);
    // Two days back to back, open until midnight and from midnight, cover a night booking.
    const nights = [
      { weekday: 1, opensMinute: 18 * 60, closesMinute: 1440 },
      { weekday: 2, opensMinute: 0, closesMinute: 6 * 60 },
    ];
    expect(coversWhole(nights, at('2026-11-30T11:00:00Z'), at('2026-11-30T20:00:00Z'))).toBe(true);
  });

  it('knows the Seoul weekday across the UTC date line', () => {
    // Monday 2026-11-30 00:30 in Seoul is still Sunday 15:30 UTC.
    expect(seoulWeekday(at('2026-11-29T15:30:00Z'))).toBe(1);
    expect(seoulWeekday(at('2026-11-29T14:59:00Z'))).toBe(7);
    expect(new Date(seoulWeekStart(at('2026-12-02T03:00:00Z'))).toISOString()).toBe(
      '2026-11-29T15:00:00.000Z',
    );
  });

  it('opens weekdays only, in local hours, and skips the days it is closed', () => {
    const week = openIntervals(
      WEEKDAYS_9_TO_18,
      at('2026-11-29T15:00:00Z'),
      at('2026-12-06T15:00:00Z'),
    );
    expect(week).toHaveLength(5);
    expect(new Date(week[0].start).toISOString()).toBe('2026-11-30T00:00:00.000Z'); // 09:00 KST
    expect(new Date(week[0].end).toISOString()).toBe('2026-11-30T09:00:00.000Z'); // 18:00 KST
  });

  it('merges days that meet at midnight, so a booking may span it', () => {
    const allDay = [5, 6].map((weekday) => ({ weekday, opensMinute: 0, closesMinute: 1440 }));
    const intervals = openIntervals(allDay, at('2026-12-03T15:00:00Z'), at('2026-12-05T15:00:00Z'));
    expect(intervals).toEqual([
      { start: at('2026-12-03T15:00:00Z'), end: at('2026-12-05T15:00:00Z') },
    ]);
  });

  it('takes busy stretches out of open ones', () => {
    expect(
      subtract(
        [{ start: 0, end: 100 }],
        [
          { start: 40, end: 60 },
          { start: 10, end: 20 },
          { start: 90, end: 120 },
        ],
      ),
    ).toEqual([
      { start: 0, end: 10 },
      { start: 20, end: 40 },
      { start: 60, end: 90 },
    ]);
  });

  it('reads and writes clock times, 24:00 included', () => {
    expect(parseClock('09:30')).toBe(570);
    expect(parseClock('24:00')).toBe(1440);
    expect(parseClock('24:30')).toBeUndefined();
    expect(parseClock('9:30')).toBeUndefined();
    expect(formatClock(1440)).toBe('24:00');
  });
});

describe('the booking policy', () => {
  const space: SpacePolicy = {
    capacity: 8,
    memberOnly: true,
    minNoticeMinutes: 60,
    maxDurationMinutes: 180,
    maxAdvanceDays: 30,
    weeklyQuotaHours: 10,
    openingHours: WEEKDAYS_9_TO_18,
  };
  const member: BookingContext = {
    now: new Date('2026-11-30T00:00:00Z'),
    isStaff: false,
    isMember: true,
  };
  const rules = (startsAt: string, endsAt: string, context = member, attendees = 4) =>
    policyViolations(
      space,
      { startsAt: new Date(startsAt), endsAt: new Date(endsAt), attendees },
      context,
    ).map((violation) => `${violation.field}:${violation.rule}`);

  it('accepts a member’s booking inside every limit', () => {
    expect(rules('2026-12-01T01:00:00Z', '2026-12-01T03:00:00Z')).toEqual([]);
  });

  it.each([
    [
      'an end before the start',
      '2026-12-01T03:00:00Z',
      '2026-12-01T01:00:00Z',
      ['endsAt:END_AFTER_START'],
    ],
    [
      'a start in the past',
      '2026-11-29T01:00:00Z',
      '2026-11-29T02:00:00Z',
      ['startsAt:NOT_IN_THE_PAST', 'startsAt:MIN_NOTICE', 'startsAt:OPENING_HOURS'],
    ],
    ['too short notice', '2026-11-30T00:30:00Z', '2026-11-30T01:00:00Z', ['startsAt:MIN_NOTICE']],
    ['too long', '2026-12-01T00:00:00Z', '2026-12-01T04:00:00Z', ['endsAt:MAX_DURATION']],
    ['too far ahead', '2027-01-05T01:00:00Z', '2027-01-05T02:00:00Z', ['startsAt:MAX_ADVANCE']],
    [
      'outside opening hours',
      '2026-12-01T08:00:00Z',
      '2026-12-01T10:00:00Z',
      ['startsAt:OPENING_HOURS'],
    ],
    [
      'a day it is closed',
      '2026-12-05T01:00:00Z',
      '2026-12-05T02:00:00Z',
      ['startsAt:OPENING_HOURS'],
    ],
  ])('refuses %s, naming the field and the rule', (_story, startsAt, endsAt, expected) => {
    expect(rules(startsAt, endsAt)).toEqual(expected);
  });

  it('refuses more attendees than seats and non-members of a member-only space', () => {
    expect(rules('2026-12-01T01:00:00Z', '2026-12-01T02:00:00Z', member, 9)).toEqual([
      'attendees:CAPACITY',
    ]);
    const outsider = { ...member, isMember: false };
    expect(rules('2026-12-01T01:00:00Z', '2026-12-01T02:00:00Z', outsider)).toEqual([
      'spaceId:MEMBERS_ONLY',
    ]);
  });

  it('caps a stakeholder’s hours per week', () => {
    const busy = { ...member, bookedHoursThisWeek: 9 };
    expect(rules('2026-12-01T01:00:00Z', '2026-12-01T02:00:00Z', busy)).toEqual([]);
    expect(rules('2026-12-01T01:00:00Z', '2026-12-01T03:00:00Z', busy)).toEqual([
      'stakeholderId:WEEKLY_QUOTA',
    ]);
  });

  it('lets staff book outside notice and duration limits, but not outside opening hours', () => {
    const staff = { ...member, isStaff: true, isMember: false };
    expect(rules('2026-11-30T00:10:00Z', '2026-11-30T06:00:00Z', staff)).toEqual([]);
    expect(rules('2026-12-05T01:00:00Z', '2026-12-05T02:00:00Z', staff)).toEqual([
      'startsAt:OPENING_HOURS',
    ]);
  });
});

describe('a booking’s times', () => {
  const booking = {
    startsAt: new Date('2031-03-06T01:00:00Z'),
    endsAt: new Date('2031-03-06T02:00:00Z'),
  };
  const ms = (iso: string, delta = 0) => new Date(at(iso) + delta);

  it('takes check-in from 15 minutes before the start until (not at) the end', () => {
    expect(checkInWindow(booking)).toEqual({
      opensAt: ms('2031-03-06T00:45:00Z'),
      closesAt: booking.endsAt,
    });
    expect(onTime('checkIn', booking, ms('2031-03-06T00:45:00Z', -1))).toBe(false);
    expect(onTime('checkIn', booking, ms('2031-03-06T00:45:00Z'))).toBe(true);
    expect(onTime('checkIn', booking, ms('2031-03-06T02:00:00Z', -1))).toBe(true);
    expect(onTime('checkIn', booking, booking.endsAt)).toBe(false);
  });

  it('takes a cancellation until (not at) the end; other moves have no time', () => {
    expect(cancellableUntil(booking)).toEqual(booking.endsAt);
    expect(onTime('cancel', booking, ms('2031-03-06T02:00:00Z', -1))).toBe(true);
    expect(onTime('cancel', booking, booking.endsAt)).toBe(false);
    expect(onTime('approve', booking, ms('2032-01-01T00:00:00Z'))).toBe(true);
  });

  it('makes it a no-show just after the grace period, where the sweep’s cut-off passes its start', () => {
    const noShow = noShowAt(booking, 20);
    expect(noShow).toEqual(ms('2031-03-06T01:20:00Z'));
    const overdue = (now: Date) => booking.startsAt < noShowCutoff(now, 20);
    expect(overdue(noShow)).toBe(false);
    expect(overdue(new Date(noShow.getTime() + 1))).toBe(true);
  });

  it('leaves what the weekly quota has not used, never below zero', () => {
    expect(weeklyQuotaLeft(4, 1.5)).toBe(2.5);
    expect(weeklyQuotaLeft(4, 6)).toBe(0);
    expect(weeklyQuotaLeft(null, 6)).toBeNull();
  });
});
