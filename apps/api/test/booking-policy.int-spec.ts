import {
  ANONYMOUS,
  api,
  as,
  BOOK,
  book,
  FELLOW,
  ids,
  noticesOf,
  OUTSIDER,
  OWNER,
  refusal,
  request,
  room,
  slot,
  stakeholderId,
  totals,
  Variables,
  Violation,
  withBookingStories,
  YOUTH_COORDINATOR,
  YOUTH_MANAGER,
} from './support/bookings';
import {
  at,
  DAY_MS,
  dayAhead,
  fromNow,
  ROUND_THE_CLOCK,
  WEEK_MS,
  WEEKDAY_HOURS,
} from './support/time';

// Booking a space: the policy rules a request must meet and the overlaps the database refuses.
// What happens to a booking afterwards: booking-moves.int-spec.ts. Free time, weekly series,
// calendars and the no-show job: spaces.int-spec.ts. Races: booking-concurrency.int-spec.ts.

describe('bookings: booking a slot', () => {
  withBookingStories();

  describe('booking a slot', () => {
    it('anyone signed in books an open room: CONFIRMED, with its first history step and no notice', async () => {
      const spaceId = await room();
      const monday = dayAhead(1, 7);

      const booking = await book(OUTSIDER, slot(spaceId, monday, '10:00', '11:30'));

      expect(booking).toEqual({
        id: expect.any(String),
        status: 'CONFIRMED',
        startsAt: at(monday, '10:00'),
        endsAt: at(monday, '11:30'),
        seriesId: null,
        checkedInAt: null,
        stakeholder: null,
        history: [
          {
            action: 'create',
            from: null,
            to: 'CONFIRMED',
            note: null,
            actor: { id: ids[OUTSIDER] },
          },
        ],
      });
      expect(
        await api.prisma.booking.findUniqueOrThrow({ where: { id: booking.id } }),
      ).toMatchObject({ spaceId, bookerId: ids[OUTSIDER], attendees: 4, purpose: 'Team meeting' });
      // Its booker alone hears that it stands (the mail brings it to their calendar).
      expect(await noticesOf(booking.id)).toEqual([
        { to: ids[OUTSIDER], kind: 'BOOKING_CONFIRMED', note: null },
      ]);
    });

    it('where approval is required a member waits as PENDING and the hub staff are told; staff are CONFIRMED at once', async () => {
      const spaceId = await room({ requiresApproval: true });
      const tuesday = dayAhead(2, 7);

      const pending = await book(FELLOW, slot(spaceId, tuesday, '10:00', '11:00'));
      const staff = await book(YOUTH_COORDINATOR, slot(spaceId, tuesday, '14:00', '15:00'));

      expect(pending.status).toBe('PENDING');
      expect(staff.status).toBe('CONFIRMED');
      const notices = await noticesOf(pending.id);
      expect(notices.map((n) => [n.to, n.kind]).sort()).toEqual(
        [
          [ids[YOUTH_MANAGER], 'BOOKING_TO_APPROVE'],
          [ids[YOUTH_COORDINATOR], 'BOOKING_TO_APPROVE'],
        ].sort(),
      );
      expect(await noticesOf(staff.id)).toEqual([
        { to: ids[YOUTH_COORDINATOR], kind: 'BOOKING_CONFIRMED', note: null },
      ]);
    });

    it('a member of a stakeholder books on its behalf; anyone else asking for it is FORBIDDEN', async () => {
      const spaceId = await room({ memberOnly: true });
      const wednesday = dayAhead(3, 7);

      const forCollective = await book(
        FELLOW,
        slot(spaceId, wednesday, '10:00', '11:00', { stakeholderId }),
      );
      const before = await totals();
      const error = await refusal(OUTSIDER, BOOK, {
        input: slot(spaceId, wednesday, '13:00', '14:00', { stakeholderId }),
      });

      expect(forCollective.stakeholder).toEqual({ id: stakeholderId });
      expect(error.extensions.code).toBe('FORBIDDEN');
      expect(await totals()).toEqual(before);
    });

    /** `from`–`to` on the first `weekday` a week or more ahead. */
    const on =
      (weekday: number, from: string, to: string, extra: Variables = {}) =>
      () => ({
        startsAt: at(dayAhead(weekday, 7), from),
        endsAt: at(dayAhead(weekday, 7), to),
        ...extra,
      });
    const soon = (from: number, to: number) => () => ({
      startsAt: fromNow(from),
      endsAt: fromNow(to),
    });
    it.each<[string, string, string, Variables, () => Variables]>([
      ['ending first', 'END_AFTER_START', 'endsAt', {}, on(1, '11:00', '10:00')],
      ['an hour ago', 'NOT_IN_THE_PAST', 'startsAt', {}, soon(-120, -60)],
      ['in an hour', 'MIN_NOTICE', 'startsAt', { minNoticeMinutes: 180 }, soon(60, 120)],
      ['90 minutes', 'MAX_DURATION', 'endsAt', { maxDurationMinutes: 60 }, on(2, '10:00', '11:30')],
      ['a week ahead', 'MAX_ADVANCE', 'startsAt', { maxAdvanceDays: 5 }, on(3, '10:00', '11:00')],
      ['on a Saturday', 'OPENING_HOURS', 'startsAt', {}, on(6, '10:00', '11:00')],
      ['past closing', 'OPENING_HOURS', 'startsAt', {}, on(4, '17:30', '18:30')],
      ['for 9 of 8 seats', 'CAPACITY', 'attendees', {}, on(5, '10:00', '11:00', { attendees: 9 })],
      ['by a non-member', 'MEMBERS_ONLY', 'spaceId', { memberOnly: true }, on(5, '10:00', '11:00')],
    ])(
      'a booking %s breaks %s: BAD_USER_INPUT naming %s, and nothing is created',
      async (_story, rule, field, policy, ask) => {
        const round = ['NOT_IN_THE_PAST', 'MIN_NOTICE'].includes(rule);
        const spaceId = await room(policy, round ? ROUND_THE_CLOCK : WEEKDAY_HOURS);
        const asked = ask();
        const before = await totals();

        const error = await refusal(OUTSIDER, BOOK, {
          input: request(spaceId, asked.startsAt as string, asked.endsAt as string, asked),
        });

        expect(error.extensions.code).toBe('BAD_USER_INPUT');
        expect(error.extensions.fields).toContain(field);
        expect(error.extensions.violations).toContainEqual(
          expect.objectContaining({ field, rule }),
        );
        expect(await totals()).toEqual(before);
      },
    );

    it('a stakeholder over its weekly quota across the hub is refused on stakeholderId (WEEKLY_QUOTA)', async () => {
      const [spaceId, otherRoom] = [await room({ weeklyQuotaHours: 3 }), await room()];
      const monday = dayAhead(1, 35);
      const mine = { stakeholderId };
      await book(OWNER, slot(spaceId, monday, '09:00', '11:00', mine));
      // One more hour in another Youth Hub room, later that Seoul week: 3 hours, the quota.
      await book(FELLOW, slot(otherRoom, monday + 2 * DAY_MS, '09:00', '10:00', mine));
      const before = await totals();

      const error = await refusal(OWNER, BOOK, {
        input: slot(spaceId, monday + 4 * DAY_MS, '09:00', '09:30', mine),
      });

      expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['stakeholderId'] });
      expect(error.extensions.violations).toEqual([
        expect.objectContaining({ field: 'stakeholderId', rule: 'WEEKLY_QUOTA' }),
      ]);
      expect(await totals()).toEqual(before);
      const nextWeek = await book(OWNER, slot(spaceId, monday + WEEK_MS, '09:00', '12:00', mine));
      expect(nextWeek.status).toBe('CONFIRMED');
    });

    it('lists every rule a request breaks at once', async () => {
      const spaceId = await room({ memberOnly: true, maxDurationMinutes: 60 });
      const saturday = dayAhead(6, 7);

      const error = await refusal(OUTSIDER, BOOK, {
        input: slot(spaceId, saturday, '10:00', '12:00', { attendees: 20 }),
      });

      expect((error.extensions.violations as Violation[]).map((v) => v.rule).sort()).toEqual(
        ['CAPACITY', 'MAX_DURATION', 'MEMBERS_ONLY', 'OPENING_HOURS'].sort(),
      );
      expect([...(error.extensions.fields ?? [])].sort()).toEqual(
        ['attendees', 'endsAt', 'spaceId', 'startsAt'].sort(),
      );
    });

    it('staff may book with less notice and for longer than members, but never over another booking', async () => {
      const spaceId = await room(
        { minNoticeMinutes: 240, maxDurationMinutes: 60 },
        ROUND_THE_CLOCK,
      );
      const startsAt = fromNow(60);
      const endsAt = fromNow(240);

      const staff = await book(YOUTH_MANAGER, request(spaceId, startsAt, endsAt));
      const member = await refusal(OUTSIDER, BOOK, {
        input: request(spaceId, startsAt, fromNow(90)),
      });
      const before = await totals();
      const overlap = await api.graphql.execute(
        BOOK,
        { input: request(spaceId, fromNow(180), fromNow(300)) },
        as(YOUTH_COORDINATOR),
      );

      expect(staff.status).toBe('CONFIRMED');
      expect((member.extensions.violations as Violation[]).map((v) => v.rule)).toEqual([
        'MIN_NOTICE',
      ]);
      expect(overlap.status).toBe(200);
      expect(overlap.errors?.[0].extensions.code).toBe('CONFLICT');
      expect(await totals()).toEqual(before);
    });

    it('the buffer keeps bookings apart on both sides: inside it is a CONFLICT, exactly at it is fine', async () => {
      const spaceId = await room({ bufferMinutes: 15 });
      const thursday = dayAhead(4, 7);
      const held = await book(OWNER, slot(spaceId, thursday, '12:00', '13:00'));
      const before = await totals();

      const tooSoon = await refusal(FELLOW, BOOK, {
        input: slot(spaceId, thursday, '13:10', '14:00'),
      });
      const tooLate = await refusal(FELLOW, BOOK, {
        input: slot(spaceId, thursday, '11:00', '11:50'),
      });
      const within = await refusal(YOUTH_MANAGER, BOOK, {
        input: slot(spaceId, thursday, '12:30', '12:45'),
      });
      expect([tooSoon, tooLate, within].map((e) => e.extensions.code)).toEqual([
        'CONFLICT',
        'CONFLICT',
        'CONFLICT',
      ]);
      expect(await totals()).toEqual(before);

      const after = await book(FELLOW, slot(spaceId, thursday, '13:15', '14:00'));
      const ahead = await book(FELLOW, slot(spaceId, thursday, '11:00', '11:45'));
      expect([held.status, after.status, ahead.status]).toEqual([
        'CONFIRMED',
        'CONFIRMED',
        'CONFIRMED',
      ]);
    });

    it.each([
      { story: 'an anonymous caller', who: ANONYMOUS, code: 'UNAUTHENTICATED' },
      { story: 'an unknown space', who: OWNER, code: 'NOT_FOUND' },
    ])('$story gets $code', async ({ who, code }) => {
      const spaceId = code === 'NOT_FOUND' ? '00000000-0000-4000-8000-000000000000' : await room();
      const monday = dayAhead(1, 14);

      const error = await refusal(who, BOOK, {
        input: slot(spaceId, monday, '10:00', '11:00'),
      });

      expect(error.extensions.code).toBe(code);
    });
  });
});
