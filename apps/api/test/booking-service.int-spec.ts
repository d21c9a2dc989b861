import { AuthUser } from '@park/platform/auth';
import { DomainError } from '@park/platform/graphql';
import { BookingService } from '@park/spaces';
import { Hub, Park, Person, startPark } from './support/park';
import { SET_UP_MS, TestApi } from './support/test-api';
import { at, DAY_MS, ROUND_THE_CLOCK, seoul, seoulMidnight } from './support/time';

// BookingService on a real database, without HTTP. The service takes the clock as an argument,
// so here the rules run at a fixed `now` (a Monday morning in Seoul, years ahead) and nothing
// depends on today's date. Overlaps and buffers are the database's exclusion constraint: the
// same answer whatever the request path. Beside the other stories (not in the lib) because it
// needs the whole app's wiring, which only apps/api composes.

const NOW = seoul('2031-03-03T09:00'); // a Monday
const MONDAY = seoulMidnight(NOW.getTime());
const THURSDAY = MONDAY + 3 * DAY_MS;

let api: TestApi;
let park: Park;
let bookings: BookingService;
let youth: Hub;
let booker: Person;
let other: Person;

const viewer = (who: Person): AuthUser => ({
  id: who.id,
  role: 'MEMBER',
  sessionId: 'booking-service-test',
  emailVerified: true,
});

function input(spaceId: string, day: number, from: string, to: string) {
  return {
    spaceId,
    startsAt: new Date(at(day, from)),
    endsAt: new Date(at(day, to)),
    purpose: 'Planning',
    attendees: 3,
  };
}

beforeAll(async () => {
  ({ api, park } = await startPark());
  bookings = api.app.get(BookingService);
  youth = await park.hub('youth-hub');
  booker = await park.newUser({ label: 'booker' });
  other = await park.newUser({ label: 'other' });
}, SET_UP_MS);
afterAll(() => api.close());

describe('BookingService at a fixed clock (no HTTP)', () => {
  it('keeps a 15-minute buffer on both sides: inside it is a CONFLICT, exactly at it is fine', async () => {
    const { id: spaceId } = await park.newSpace(youth, {
      policy: { bufferMinutes: 15 },
      openingHours: ROUND_THE_CLOCK,
    });
    const held = await bookings.book(
      viewer(booker),
      input(spaceId, THURSDAY, '12:00', '13:00'),
      NOW,
    );

    const refused = await Promise.allSettled([
      bookings.book(viewer(other), input(spaceId, THURSDAY, '13:10', '14:00'), NOW),
      bookings.book(viewer(other), input(spaceId, THURSDAY, '11:00', '11:50'), NOW),
      bookings.book(viewer(other), input(spaceId, THURSDAY, '12:30', '12:45'), NOW),
    ]);
    const after = await bookings.book(
      viewer(other),
      input(spaceId, THURSDAY, '13:15', '14:00'),
      NOW,
    );
    const ahead = await bookings.book(
      viewer(other),
      input(spaceId, THURSDAY, '11:00', '11:45'),
      NOW,
    );

    expect(refused.map((result) => result.status)).toEqual(['rejected', 'rejected', 'rejected']);
    for (const result of refused) {
      const reason = (result as PromiseRejectedResult).reason;
      expect(reason).toBeInstanceOf(DomainError);
      expect((reason as DomainError).code).toBe('CONFLICT');
    }
    expect([held.status, after.status, ahead.status]).toEqual([
      'CONFIRMED',
      'CONFIRMED',
      'CONFIRMED',
    ]);
    expect(await api.prisma.booking.count({ where: { spaceId } })).toBe(3);
  });

  it('lets one of twenty overlapping requests made at once have the slot', async () => {
    const { id: spaceId } = await park.newSpace(youth, { openingHours: ROUND_THE_CLOCK });

    const settled = await Promise.allSettled(
      Array.from({ length: 20 }, (_, n) =>
        bookings.book(
          viewer(n % 2 ? booker : other),
          input(spaceId, THURSDAY, `10:${String(n).padStart(2, '0')}`, '11:30'),
          NOW,
        ),
      ),
    );

    expect(settled.filter((result) => result.status === 'fulfilled')).toHaveLength(1);
    const codes = settled
      .filter((result): result is PromiseRejectedResult => result.status === 'rejected')
      .map((result) => (result.reason as DomainError).code);
    expect(codes).toEqual(Array(19).fill('CONFLICT'));
    expect(await api.prisma.booking.count({ where: { spaceId } })).toBe(1);
  });

  it('judges notice and the booking horizon from the clock it is given, not the real one', async () => {
    const { id: spaceId } = await park.newSpace(youth, {
      policy: { minNoticeMinutes: 120, maxAdvanceDays: 5 },
      openingHours: ROUND_THE_CLOCK,
    });
    const rules = async (day: number, from: string, to: string) => {
      try {
        await bookings.book(viewer(booker), input(spaceId, day, from, to), NOW);
        return [];
      } catch (error) {
        expect(error).toBeInstanceOf(DomainError);
        const details = (error as DomainError).details as { violations?: { rule: string }[] };
        return (details?.violations ?? []).map((violation) => violation.rule);
      }
    };

    expect(await rules(MONDAY, '10:00', '10:30')).toEqual(['MIN_NOTICE']);
    expect(await rules(MONDAY, '11:00', '11:30')).toEqual([]);
    expect(await rules(MONDAY + 6 * DAY_MS, '10:00', '10:30')).toEqual(['MAX_ADVANCE']);
    // The past is also too short notice: both rules say so.
    expect((await rules(MONDAY - DAY_MS, '10:00', '10:30')).sort()).toEqual([
      'MIN_NOTICE',
      'NOT_IN_THE_PAST',
    ]);
  });
});
