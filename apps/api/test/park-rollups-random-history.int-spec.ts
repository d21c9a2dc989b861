import fc from 'fast-check';
import { NoShowSweeper } from '@park/spaces';
import { isExclusionViolation } from '@park/platform/database';
import {
  ADMIN,
  api,
  apply,
  as,
  attempt,
  book,
  BOOKING_MOVES,
  createSpace,
  createStakeholder,
  expectParkStatsAsBefore,
  expectRollupsExact,
  Generated,
  hubIds,
  MEMBERSHIP_MOVES,
  move,
  NEXT,
  OWNER,
  PARTNERSHIP_MOVES,
  PARTNERSHIP_KINDS,
  period,
  STAKEHOLDER_KINDS,
  startRollupStories,
} from './support/rollups';
import { SET_UP_MS } from './support/test-api';
import { DAY_MS, HOUR_MS, MINUTE_MS, seoulDay, seoulMidnight } from './support/time';

// The rollups parkStats reads, kept by triggers (migration 20261127060000_park_rollups); the
// recounts and the old definitions they must equal: support/rollups.ts.
// Here: a random mix of real operations, checked against recounts and the old parkStats.

beforeAll(() => startRollupStories(), SET_UP_MS);
afterAll(() => api.close());

describe('park rollups: a random history', () => {
  it('stay exact through a random mix of real operations, and parkStats gives what it gave before', async () => {
    // Two open rooms and one that needs approval in the Youth Hub and the Social Economy
    // Support Centre; an archived room with bookings. Then random bookings (a few minutes to
    // three days; some starting now, to be checked in), their moves and the no-show job;
    // stakeholders created and changing kind; applications and partnerships through their
    // workflows. Refusals (overlaps, moves from the wrong state) are part of the mix.
    const rooms: string[] = [];
    for (const hubId of hubIds.slice(0, 2)) {
      rooms.push(await createSpace(hubId), await createSpace(hubId, { bufferMinutes: 15 }));
      rooms.push(await createSpace(hubId, { requiresApproval: true }));
    }
    const archived = await createSpace(hubIds[0]);
    const today = seoulMidnight(Date.now());
    await book(archived, today + 2 * DAY_MS + 10 * HOUR_MS, today + 3 * DAY_MS + 2 * HOUR_MS);
    await api.graphql.ok(
      `mutation ($id: ID!) { archiveSpace(id: $id) { id } }`,
      { id: archived },
      as(ADMIN),
    );

    const bookings: string[] = [];
    const stakeholders: string[] = [];
    const memberships: string[] = [];
    const partnerships: string[] = [];
    for (const kind of ['STARTUP', 'NON_PROFIT', 'YOUTH_GROUP']) {
      stakeholders.push(await createStakeholder(kind));
    }
    const pick = <T>(list: T[], n: number): T | undefined => list[n % Math.max(1, list.length)];

    const command = fc.oneof(
      {
        weight: 4,
        arbitrary: fc.record({
          op: fc.constant('book' as const),
          room: fc.nat(),
          day: fc.integer({ min: 1, max: 14 }),
          quarter: fc.nat(95),
          quarters: fc.oneof(fc.integer({ min: 1, max: 16 }), fc.integer({ min: 1, max: 288 })),
          soon: fc.boolean(),
        }),
      },
      {
        weight: 3,
        arbitrary: fc.record({
          op: fc.constant('moveBooking' as const),
          pick: fc.nat(),
          choice: fc.nat(),
        }),
      },
      fc.record({ op: fc.constant('sweep' as const), hours: fc.integer({ min: 0, max: 72 }) }),
      fc.record({
        op: fc.constant('reschedule' as const),
        pick: fc.nat(),
        minutes: fc.integer({ min: -1440, max: 1440 }),
      }),
      fc.record({
        op: fc.constant('createStakeholder' as const),
        kind: fc.constantFrom(...STAKEHOLDER_KINDS),
      }),
      fc.record({
        op: fc.constant('changeKind' as const),
        pick: fc.nat(),
        kind: fc.constantFrom(...STAKEHOLDER_KINDS),
      }),
      {
        weight: 2,
        arbitrary: fc.record({ op: fc.constant('apply' as const), pick: fc.nat(), hub: fc.nat(2) }),
      },
      {
        weight: 3,
        arbitrary: fc.record({
          op: fc.constant('moveMembership' as const),
          pick: fc.nat(),
          choice: fc.nat(),
        }),
      },
      {
        weight: 2,
        arbitrary: fc.record({
          op: fc.constant('propose' as const),
          pick: fc.nat(),
          partner: fc.nat(),
          hub: fc.nat(2),
          kind: fc.constantFrom(...PARTNERSHIP_KINDS),
        }),
      },
      {
        weight: 3,
        arbitrary: fc.record({
          op: fc.constant('movePartnership' as const),
          pick: fc.nat(),
          choice: fc.nat(),
        }),
      },
    );

    const run = async (step: Generated<typeof command>): Promise<void> => {
      switch (step.op) {
        case 'book': {
          const startsAt = step.soon
            ? Math.ceil(Date.now() / MINUTE_MS) * MINUTE_MS + (1 + (step.quarter % 10)) * MINUTE_MS
            : today + step.day * DAY_MS + step.quarter * 15 * MINUTE_MS;
          const booked = await book(
            pick(rooms, step.room) as string,
            startsAt,
            startsAt + step.quarters * 15 * MINUTE_MS,
          );
          if (booked) bookings.push(booked.bookSpace.id);
          return;
        }
        case 'moveBooking': {
          const id = pick(bookings, step.pick);
          if (!id) return;
          const { status } = await api.prisma.booking.findUniqueOrThrow({ where: { id } });
          const action = pick(NEXT.booking[status] ?? [], step.choice);
          if (action) await move(BOOKING_MOVES, action, id);
          return;
        }
        case 'sweep':
          await api.app.get(NoShowSweeper).sweep(new Date(Date.now() + step.hours * HOUR_MS));
          return;
        case 'reschedule': {
          // No mutation reschedules; staff tools or a future one would write this.
          const id = pick(bookings, step.pick);
          if (!id) return;
          const booking = await api.prisma.booking.findUniqueOrThrow({ where: { id } });
          const shift = (date: Date) => new Date(date.getTime() + step.minutes * MINUTE_MS);
          try {
            await api.prisma.booking.update({
              where: { id },
              data: {
                startsAt: shift(booking.startsAt),
                endsAt: shift(booking.endsAt),
                blockedUntil: shift(booking.blockedUntil),
              },
            });
          } catch (error) {
            if (!isExclusionViolation(error)) throw error;
          }
          return;
        }
        case 'createStakeholder':
          stakeholders.push(await createStakeholder(step.kind));
          return;
        case 'changeKind': {
          const id = pick(stakeholders, step.pick) as string;
          const { version } = await api.prisma.stakeholder.findUniqueOrThrow({ where: { id } });
          await attempt(
            OWNER,
            `mutation ($id: ID!, $input: UpdateStakeholderInput!, $version: Int!) {
              updateStakeholder(id: $id, input: $input, version: $version) { id } }`,
            { id, input: { kind: step.kind }, version },
          );
          return;
        }
        case 'apply': {
          const applied = await apply(pick(stakeholders, step.pick) as string, hubIds[step.hub]);
          if (applied) memberships.push(applied.applyForMembership.id);
          return;
        }
        case 'moveMembership': {
          const id = pick(memberships, step.pick);
          if (!id) return;
          const { status } = await api.prisma.membership.findUniqueOrThrow({ where: { id } });
          const action = pick(NEXT.membership[status] ?? [], step.choice);
          if (action) await move(MEMBERSHIP_MOVES, action, id);
          return;
        }
        case 'propose': {
          const proposerId = pick(stakeholders, step.pick) as string;
          const partnerId = pick(stakeholders, step.partner) as string;
          if (proposerId === partnerId) return;
          const proposed = await attempt<{ proposePartnership: { id: string } }>(
            OWNER,
            `mutation ($input: ProposePartnershipInput!) { proposePartnership(input: $input) { id } }`,
            {
              input: {
                proposerId,
                partnerId,
                hubId: hubIds[step.hub],
                kind: step.kind,
                title: 'A rollup partnership',
                summary: 'Working together on the numbers.',
                policyAreas: [],
                startsOn: seoulDay(7),
                dataSharing:
                  step.kind === 'DATA'
                    ? {
                        datasets: ['Footfall'],
                        purpose: 'Planning',
                        retentionDays: 30,
                        personalData: false,
                      }
                    : null,
              },
            },
          );
          if (proposed) partnerships.push(proposed.proposePartnership.id);
          return;
        }
        case 'movePartnership': {
          const id = pick(partnerships, step.pick);
          if (!id) return;
          const { status } = await api.prisma.partnership.findUniqueOrThrow({ where: { id } });
          const action = pick(NEXT.partnership[status] ?? [], step.choice);
          if (action) await move(PARTNERSHIP_MOVES, action, id);
          return;
        }
      }
    };

    // First a known path to the states that count: a member, an ACTIVE partnership, bookings
    // PENDING, CHECKED_IN and NO_SHOW (that one from 22:30 to 01:30, across midnight).
    const applied = await apply(stakeholders[0], hubIds[0]);
    memberships.push(applied?.applyForMembership.id as string);
    for (const action of ['startReview', 'approve']) {
      expect(await move(MEMBERSHIP_MOVES, action, memberships[0])).not.toBeNull();
    }
    await run({
      op: 'propose',
      pick: 0,
      partner: 1,
      hub: 1,
      kind: 'PROGRAMME',
    });
    for (const action of ['accept', 'approve']) {
      expect(await move(PARTNERSHIP_MOVES, action, partnerships[0])).not.toBeNull();
    }
    for (const [room, day, soon] of [
      [0, 1, false],
      [2, 2, false],
      [1, 0, true],
    ] as const) {
      await run({ op: 'book', room, day, quarter: 90, quarters: 12, soon });
    }
    expect(await move(BOOKING_MOVES, 'checkIn', bookings[2])).not.toBeNull();
    await run({ op: 'sweep', hours: 48 });
    expect(
      (
        await api.prisma.booking.findMany({
          where: { id: { in: bookings } },
          orderBy: { startsAt: 'asc' },
        })
      ).map((row) => row.status),
    ).toEqual(['CHECKED_IN', 'NO_SHOW', 'PENDING']);
    const week = { from: new Date(today + DAY_MS), to: new Date(today + 8 * DAY_MS) };
    await expectRollupsExact();
    await expectParkStatsAsBefore(week.from, week.to);
    const historyBefore = await api.prisma.workflowEvent.count();

    await fc.assert(
      fc.asyncProperty(
        fc.array(command, { minLength: 10, maxLength: 40 }),
        period(today),
        async (commands, { from, to }) => {
          for (const step of commands) await run(step);
          await expectRollupsExact();
          await expectParkStatsAsBefore(week.from, week.to);
          await expectParkStatsAsBefore(from, to);
        },
      ),
      { numRuns: 8 },
    );
    // The random runs moved things along (each move writes one history row).
    expect(await api.prisma.workflowEvent.count()).toBeGreaterThan(historyBefore + 40);
  }, 180_000);
});
