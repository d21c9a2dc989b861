import fc from 'fast-check';
import { isExclusionViolation } from '@park/platform/database';
import {
  api,
  createSpace,
  expectRollupsExact,
  Generated,
  hubIds,
  oldBookedSeconds,
  ownerId,
  period,
  BOOKING_STATES,
  startRollupStories,
  utilisation,
} from './support/rollups';
import { SET_UP_MS } from './support/test-api';
import { MINUTE_MS, seoulMidnight, WEEK_MS } from './support/time';

// The rollups parkStats reads, kept by triggers (migration 20261127060000_park_rollups); the
// recounts and the old definitions they must equal: support/rollups.ts.
// Here: booked time per space and Seoul day, whatever is written to bookings.

beforeAll(() => startRollupStories(), SET_UP_MS);
afterAll(() => api.close());

describe('park rollups: booked time', () => {
  it('keep booked time per space and day equal to a recount, and utilisation equal to the old sum, whatever is written to bookings', async () => {
    // Three lab rooms of one hub; the third is archived (its time
    // is rolled up, and left out of utilisation). Written straight to the table: reschedules,
    // moves between rooms, deletes and many-row statements have no mutation of their own.
    const base = Date.parse('2031-03-03T00:00:00+09:00');
    const rooms = [
      await createSpace(hubIds[2]),
      await createSpace(hubIds[2], { bufferMinutes: 30 }),
      await createSpace(hubIds[2]),
    ];
    await api.prisma.space.update({ where: { id: rooms[2] }, data: { archivedAt: new Date() } });
    const labBookings = async () =>
      (
        await api.prisma.booking.findMany({
          where: { spaceId: { in: rooms } },
          orderBy: { id: 'asc' },
        })
      ).map((row) => row.id);

    const status = fc.constantFrom(...BOOKING_STATES);
    const slot = fc.record({
      room: fc.nat(2),
      startMinutes: fc.integer({ min: -3 * 24 * 60, max: 28 * 24 * 60 }),
      ms: fc.nat(999),
      // Mostly hours; now and then up to the longest policy (7 days), so many span midnights.
      minutes: fc.oneof(
        { arbitrary: fc.integer({ min: 1, max: 600 }), weight: 3 },
        { arbitrary: fc.integer({ min: 1, max: 7 * 24 * 60 }), weight: 1 },
      ),
      status,
    });
    const write = fc.oneof(
      {
        weight: 4,
        arbitrary: fc.record({
          op: fc.constant('insert' as const),
          rows: fc.array(slot, { minLength: 1, maxLength: 4 }),
        }),
      },
      {
        weight: 2,
        arbitrary: fc.record({ op: fc.constant('status' as const), pick: fc.nat(), status }),
      },
      {
        weight: 2,
        arbitrary: fc.record({
          op: fc.constant('reschedule' as const),
          pick: fc.nat(),
          shiftMinutes: fc.integer({ min: -2000, max: 2000 }),
          stretchMinutes: fc.integer({ min: -600, max: 600 }),
        }),
      },
      fc.record({ op: fc.constant('move' as const), pick: fc.nat(), room: fc.nat(2) }),
      fc.record({ op: fc.constant('delete' as const), pick: fc.nat() }),
      fc.record({ op: fc.constant('restate' as const), room: fc.nat(2), from: status, to: status }),
      fc.record({ op: fc.constant('touch' as const), pick: fc.nat() }),
    );

    const run = async (step: Generated<typeof write>, ids: string[]) => {
      const picked = 'pick' in step && ids.length ? ids[step.pick % ids.length] : undefined;
      switch (step.op) {
        case 'insert':
          return api.prisma.booking.createMany({
            data: step.rows.map((row) => {
              const startsAt = new Date(base + row.startMinutes * MINUTE_MS + row.ms);
              const endsAt = new Date(startsAt.getTime() + row.minutes * MINUTE_MS);
              return {
                spaceId: rooms[row.room],
                bookerId: ownerId,
                startsAt,
                endsAt,
                blockedUntil: new Date(endsAt.getTime() + (row.room === 1 ? 30 * MINUTE_MS : 0)),
                purpose: 'Lab',
                attendees: 1,
                status: row.status,
              };
            }),
          });
        case 'restate':
          return api.prisma.booking.updateMany({
            where: { spaceId: rooms[step.room], status: step.from },
            data: { status: step.to },
          });
      }
      if (!picked) return;
      const booking = await api.prisma.booking.findUniqueOrThrow({ where: { id: picked } });
      switch (step.op) {
        case 'status':
          return api.prisma.booking.update({
            where: { id: picked },
            data: { status: step.status },
          });
        case 'reschedule': {
          // Never longer than 7 days: the old definition's index bound relies on it.
          const startsAt = booking.startsAt.getTime() + step.shiftMinutes * MINUTE_MS;
          const length = booking.endsAt.getTime() - booking.startsAt.getTime();
          const endsAt =
            startsAt +
            Math.min(WEEK_MS, Math.max(MINUTE_MS, length + step.stretchMinutes * MINUTE_MS));
          return api.prisma.booking.update({
            where: { id: picked },
            data: {
              startsAt: new Date(startsAt),
              endsAt: new Date(endsAt),
              blockedUntil: new Date(endsAt + (booking.spaceId === rooms[1] ? 30 * MINUTE_MS : 0)),
            },
          });
        }
        case 'move':
          return api.prisma.booking.update({
            where: { id: picked },
            data: { spaceId: rooms[step.room] },
          });
        case 'delete':
          return api.prisma.booking.delete({ where: { id: picked } });
        case 'touch':
          return api.prisma.booking.update({
            where: { id: picked },
            data: { purpose: 'Lab (edited)' },
          });
      }
    };

    await fc.assert(
      fc.asyncProperty(
        fc.array(write, { minLength: 1, maxLength: 25 }),
        fc.array(period(base), { minLength: 1, maxLength: 4 }),
        async (writes, periods) => {
          for (const step of writes) {
            try {
              await run(step, await labBookings());
            } catch (error) {
              // Overlapping live bookings: the exclusion constraint refuses the statement whole.
              if (!isExclusionViolation(error)) throw error;
            }
          }
          await expectRollupsExact();
          for (const { from, to } of periods) {
            expect(await utilisation.bookedSeconds(hubIds, from, to)).toEqual(
              await oldBookedSeconds(hubIds, from, to),
            );
          }
        },
      ),
      { numRuns: 25 },
    );
    // The lab saw every kind of row: live and not, a day or several.
    const lab = await api.prisma.booking.findMany({ where: { spaceId: { in: rooms } } });
    expect(new Set(lab.map((row) => row.status)).size).toBeGreaterThan(3);
    expect(
      lab.some(
        (row) => seoulMidnight(row.startsAt.getTime()) !== seoulMidnight(row.endsAt.getTime() - 1),
      ),
    ).toBe(true);
  }, 120_000);
});
