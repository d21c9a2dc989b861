import {
  ADMIN,
  ANONYMOUS,
  api,
  BOOK,
  book,
  FELLOW,
  ids,
  move,
  Move,
  moveDocument,
  noticesOf,
  OUTSIDER,
  OWNER,
  refusal,
  request,
  room,
  shiftTo,
  slot,
  SOCIAL_MANAGER,
  totals,
  withBookingStories,
  YOUTH_COORDINATOR,
  YOUTH_MANAGER,
} from './support/bookings';
import { dayAhead, fromNow, ROUND_THE_CLOCK } from './support/time';

// What happens to a booking after it is made: approve, reject, cancel, check in (who may, from
// which state, who is told). Booking itself and its policy: booking-policy.int-spec.ts.

describe('bookings: after booking', () => {
  withBookingStories();

  describe('after booking', () => {
    /** A booking of a fresh room by `who`; PENDING where the room needs approval. */
    /** A booking made with no approval needed tells its booker it stands; nothing else does. */
    const confirmed = (who: string) => ({ to: ids[who], kind: 'BOOKING_CONFIRMED', note: null });

    async function booked(who = OWNER, approval = true, day = dayAhead(3, 7)) {
      const spaceId = await room({ requiresApproval: approval }, ROUND_THE_CLOCK);
      const booking = await book(who, slot(spaceId, day, '10:00', '12:00'));
      return { spaceId, day, booking };
    }

    it('staff approve a PENDING booking: CONFIRMED, a history step, and the booker is told', async () => {
      const { booking } = await booked();

      const approved = await move(YOUTH_COORDINATOR, 'approve', booking.id);

      expect(approved.status).toBe('CONFIRMED');
      expect(approved.history).toEqual([
        { action: 'create', from: null, to: 'PENDING', note: null, actor: { id: ids[OWNER] } },
        {
          action: 'approve',
          from: 'PENDING',
          to: 'CONFIRMED',
          note: null,
          actor: { id: ids[YOUTH_COORDINATOR] },
        },
      ]);
      const told = (await noticesOf(booking.id)).filter((n) => n.to === ids[OWNER]);
      expect(told.map((n) => n.kind)).toEqual(['BOOKING_APPROVE']);
    });

    it('staff reject with a reason: REJECTED, the booker hears why, and the slot is free again', async () => {
      const { spaceId, day, booking } = await booked();

      const rejected = await move(ADMIN, 'reject', booking.id, 'The room is being repainted');
      const again = await book(FELLOW, slot(spaceId, day, '11:00', '12:00'));

      expect(rejected.status).toBe('REJECTED');
      expect(rejected.history.at(-1)).toEqual({
        action: 'reject',
        from: 'PENDING',
        to: 'REJECTED',
        note: 'The room is being repainted',
        actor: { id: ids[ADMIN] },
      });
      const told = (await noticesOf(booking.id)).filter((n) => n.to === ids[OWNER]);
      expect(told).toEqual([
        {
          to: ids[OWNER],
          kind: 'BOOKING_REJECT',
          note: 'The room is being repainted',
        },
      ]);
      expect(again.status).toBe('PENDING');
    });

    it('the booker cancels (no notice to themself) and the slot can be booked again', async () => {
      const { spaceId, day, booking } = await booked(OWNER, false);
      const overlapping = slot(spaceId, day, '11:00', '13:00');
      expect((await refusal(FELLOW, BOOK, { input: overlapping })).extensions.code).toBe(
        'CONFLICT',
      );

      const cancelled = await move(OWNER, 'cancel', booking.id, 'Plans changed');
      const rebooked = await book(FELLOW, overlapping);

      expect(cancelled.status).toBe('CANCELLED');
      expect(cancelled.history.map((s) => [s.action, s.from, s.to, s.note])).toEqual([
        ['create', null, 'CONFIRMED', null],
        ['cancel', 'CONFIRMED', 'CANCELLED', 'Plans changed'],
      ]);
      expect(await noticesOf(booking.id)).toEqual([confirmed(OWNER)]);
      expect(rebooked.status).toBe('CONFIRMED');
    });

    it('when staff cancel a booking, the booker is told', async () => {
      const { booking } = await booked(OWNER, false);

      const cancelled = await move(YOUTH_MANAGER, 'cancel', booking.id, 'Fire drill');

      expect(cancelled.status).toBe('CANCELLED');
      expect(await noticesOf(booking.id)).toEqual([
        confirmed(OWNER),
        { to: ids[OWNER], kind: 'BOOKING_CANCEL', note: 'Fire drill' },
      ]);
    });

    it.each<[string, Move, string, string]>([
      ['the booker', 'approve', 'FORBIDDEN', OWNER],
      ['staff of another hub', 'approve', 'FORBIDDEN', SOCIAL_MANAGER],
      ['a fellow member of the booker', 'reject', 'FORBIDDEN', FELLOW],
      ['someone else', 'cancel', 'FORBIDDEN', OUTSIDER],
      ['staff of another hub', 'cancel', 'FORBIDDEN', SOCIAL_MANAGER],
      ['someone else', 'checkIn', 'FORBIDDEN', OUTSIDER],
      ['an anonymous caller', 'cancel', 'UNAUTHENTICATED', ANONYMOUS],
    ])('%s may not %s it: %s, and nothing changes', async (_story, action, code, who) => {
      const { booking } = await booked(OWNER, action !== 'checkIn');
      const before = await totals();

      const error = await refusal(who, moveDocument(action), { id: booking.id, reason: 'Because' });

      expect(error.extensions.code).toBe(code);
      expect(await totals()).toEqual(before);
      expect(
        (await api.prisma.booking.findUniqueOrThrow({ where: { id: booking.id } })).status,
      ).toBe(booking.status);
    });

    it.each<{ state: string; action: Move; path: Move[] }>([
      { state: 'CONFIRMED', action: 'approve', path: ['approve'] },
      { state: 'CONFIRMED', action: 'reject', path: ['approve'] },
      { state: 'REJECTED', action: 'cancel', path: ['reject'] },
      { state: 'CANCELLED', action: 'cancel', path: ['cancel'] },
      { state: 'CANCELLED', action: 'approve', path: ['cancel'] },
      { state: 'PENDING', action: 'checkIn', path: [] },
      { state: 'CANCELLED', action: 'checkIn', path: ['cancel'] },
    ])(
      '$action on a $state booking is INVALID_TRANSITION naming both',
      async ({ state, action, path }) => {
        const { booking } = await booked();
        for (const step of path) await move(YOUTH_MANAGER, step, booking.id, 'Step');
        const before = await totals();

        const error = await refusal(YOUTH_MANAGER, moveDocument(action), {
          id: booking.id,
          reason: 'Again',
        });

        expect(error.extensions).toMatchObject({ code: 'INVALID_TRANSITION', state, action });
        expect(await totals()).toEqual(before);
      },
    );

    it('check-in opens 15 minutes before the start and closes at the end; outside is BAD_USER_INPUT', async () => {
      const { booking } = await booked(OWNER, false);
      const attempt = () => refusal(OWNER, moveDocument('checkIn'), { id: booking.id });

      await shiftTo(booking.id, 20);
      const early = await attempt();
      await shiftTo(booking.id, -70);
      const late = await attempt();
      await shiftTo(booking.id, 10);
      const checkedIn = await move(OWNER, 'checkIn', booking.id);

      for (const refused of [early, late]) {
        expect(refused.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['id'] });
      }
      expect(checkedIn.status).toBe('CHECKED_IN');
      expect(Date.now() - Date.parse(checkedIn.checkedInAt as string)).toBeLessThan(60_000);
      expect(checkedIn.history.map((s) => [s.action, s.to])).toEqual([
        ['create', 'CONFIRMED'],
        ['checkIn', 'CHECKED_IN'],
      ]);
      const again = await attempt();
      expect(again.extensions).toMatchObject({
        code: 'INVALID_TRANSITION',
        state: 'CHECKED_IN',
        action: 'checkIn',
      });
    });

    it('staff may check a booker in, after the start too', async () => {
      const { booking } = await booked(OWNER, false);
      await shiftTo(booking.id, -30);

      const checkedIn = await move(YOUTH_COORDINATOR, 'checkIn', booking.id);

      expect(checkedIn.status).toBe('CHECKED_IN');
      expect(checkedIn.history.at(-1)?.actor).toEqual({ id: ids[YOUTH_COORDINATOR] });
      expect(await noticesOf(booking.id)).toEqual([confirmed(OWNER)]);
    });

    it('cancelling a booking about to start frees its slot for someone else at once', async () => {
      const { spaceId, booking } = await booked(OWNER, false);
      await shiftTo(booking.id, 5);

      await move(OWNER, 'cancel', booking.id);
      const now = await book(YOUTH_MANAGER, request(spaceId, fromNow(1), fromNow(60)));

      expect(now.status).toBe('CONFIRMED');
    });
  });
});
