import { Client } from 'pg';
import {
  api,
  apply,
  book,
  BOOKING_MOVES,
  COUNTERS,
  createSpace,
  createStakeholder,
  expectRollupsExact,
  hubIds,
  keyed,
  MEMBERSHIP_MOVES,
  move,
  ownerId,
  startRollupStories,
} from './support/rollups';
import { SET_UP_MS } from './support/test-api';
import { DAY_MS, HOUR_MS, MINUTE_MS, seoulDate, seoulMidnight } from './support/time';

// The rollups parkStats reads, kept by triggers (migration 20261127060000_park_rollups); the
// recounts and the old definitions they must equal: support/rollups.ts.
// Here: many writers at once, and statements touching the same keys in opposite orders.

beforeAll(() => startRollupStories(), SET_UP_MS);
afterAll(() => api.close());

describe('park rollups: concurrent writers', () => {
  it('count every one of twenty bookings made at once in the same room and day, and their cancellations', async () => {
    const room = await createSpace(hubIds[1]);
    const day = seoulMidnight(Date.now()) + 20 * DAY_MS;
    const slots = Array.from({ length: 20 }, (_, n) => day + 8 * HOUR_MS + n * 30 * MINUTE_MS);

    const booked = await Promise.all(
      slots.map((start) => book(room, start, start + 25 * MINUTE_MS)),
    );

    expect(booked.map((row) => row?.bookSpace.status)).toEqual(slots.map(() => 'CONFIRMED'));
    const rolledUp = () =>
      api.prisma.spaceBookedDay.findUnique({
        where: { day_spaceId: { day: new Date(`${seoulDate(day)}T00:00:00Z`), spaceId: room } },
      });
    expect(Number((await rolledUp())?.bookedMs)).toBe(20 * 25 * MINUTE_MS);

    const cancelled = await Promise.all(
      booked.map((row) => move(BOOKING_MOVES, 'cancel', row?.bookSpace.id as string)),
    );

    expect(cancelled.every(Boolean)).toBe(true);
    expect(Number((await rolledUp())?.bookedMs)).toBe(0);
    await expectRollupsExact();
  });

  it('count every one of twenty applications to one hub at once, and staff moving them all at once', async () => {
    const hubId = hubIds[0];
    const before = await keyed(COUNTERS.memberships[0]);
    const counted = async (status: string) =>
      ((await keyed(COUNTERS.memberships[0]))[`${hubId} ${status}`] ?? 0) -
      (before[`${hubId} ${status}`] ?? 0);
    // Twenty new stakeholders of one kind at once: the same counter row for all of them.
    const startups = await Promise.all(
      Array.from({ length: 20 }, () => createStakeholder('STARTUP')),
    );

    const applied = await Promise.all(startups.map((id) => apply(id, hubId)));
    const ids = applied.map((row) => row?.applyForMembership.id as string);

    expect(ids.every(Boolean)).toBe(true);
    expect(await counted('SUBMITTED')).toBe(20);

    // Each move is -1 on one status and +1 on another of the same hub, all at once.
    expect(
      (await Promise.all(ids.map((id) => move(MEMBERSHIP_MOVES, 'startReview', id)))).every(
        Boolean,
      ),
    ).toBe(true);
    expect([await counted('SUBMITTED'), await counted('UNDER_REVIEW')]).toEqual([0, 20]);
    const decided = await Promise.all(
      ids.map((id, n) => move(MEMBERSHIP_MOVES, n % 2 ? 'reject' : 'approve', id)),
    );

    expect(decided.every(Boolean)).toBe(true);
    expect([
      await counted('UNDER_REVIEW'),
      await counted('APPROVED'),
      await counted('REJECTED'),
    ]).toEqual([0, 10, 10]);
    await expectRollupsExact();
  });

  it('never deadlock nor lose a count when concurrent statements touch the same keys in opposite orders', async () => {
    // Twelve connections at once, each holding its transaction open a little after writing.
    // Every insert puts one booking on each of four days in each of three rooms (one of them
    // across midnight), rows in ascending order for even writers and descending for odd ones;
    // then each cancels half of its bookings and moves the rest, in one statement each; then
    // each flips its own membership between APPROVED and SUSPENDED (odd writers start from the
    // other end) and its stakeholder between two kinds, ten times.
    const rooms = [
      await createSpace(hubIds[2]),
      await createSpace(hubIds[2]),
      await createSpace(hubIds[2]),
    ];
    const base = Date.parse('2031-06-02T00:00:00+09:00');
    const writers = 12;
    const clients = await Promise.all(
      Array.from({ length: writers }, async () => {
        const client = new Client({ connectionString: api.database.url });
        await client.connect();
        return client;
      }),
    );
    const { rows: flips } = await clients[0].query<{ stakeholder: string; membership: string }>(
      `WITH s AS (SELECT gen_random_uuid() AS id, n FROM generate_series(1, $1::int) n),
       made AS (
         INSERT INTO stakeholders (id, name, kind, policy_areas, tags, updated_at)
         SELECT id, 'Flipper ' || n, 'STARTUP', '{}', '{}', now() FROM s)
       INSERT INTO memberships (id, hub_id, stakeholder_id, plan, status, updated_at)
       SELECT gen_random_uuid(), $2::uuid, s.id, 'RESIDENT',
              (CASE WHEN n % 2 = 0 THEN 'APPROVED' ELSE 'SUSPENDED' END)::"MembershipStatus", now()
       FROM s ORDER BY n RETURNING stakeholder_id AS stakeholder, id AS membership`,
      [writers, hubIds[2]],
    );
    const inTransaction = async (client: Client, work: () => Promise<unknown>) => {
      await client.query('BEGIN');
      try {
        await work();
        await client.query('SELECT pg_sleep(0.02)');
        await client.query('COMMIT');
      } catch (error) {
        await client.query('ROLLBACK');
        throw error;
      }
    };
    try {
      const inserted = await Promise.all(
        clients.map(async (client, writer) => {
          const rows = [0, 1, 2, 3].flatMap((day) =>
            rooms.map((room) => {
              // Two-hour lanes: writer 11's runs from 23:10 to 01:00 the next day.
              const start = base + day * DAY_MS + (writer * 120 + 70) * MINUTE_MS;
              return [room, new Date(start), new Date(start + 110 * MINUTE_MS)] as const;
            }),
          );
          if (writer % 2) rows.reverse();
          let ids: string[] = [];
          await inTransaction(client, async () => {
            const result = await client.query<{ id: string }>(
              `INSERT INTO bookings (id, space_id, booker_id, starts_at, ends_at, blocked_until, purpose, attendees, status, updated_at)
               SELECT gen_random_uuid(), r.space_id, $4, r.starts_at, r.ends_at, r.ends_at, 'Race', 1, 'CONFIRMED', now()
               FROM unnest($1::uuid[], $2::timestamptz[], $3::timestamptz[]) WITH ORDINALITY AS r(space_id, starts_at, ends_at, n)
               ORDER BY r.n RETURNING id`,
              [
                rows.map((row) => row[0]),
                rows.map((row) => row[1]),
                rows.map((row) => row[2]),
                ownerId,
              ],
            );
            ids = result.rows.map((row) => row.id);
          });
          return ids;
        }),
      );
      await Promise.all(
        clients.map((client, writer) =>
          inTransaction(client, async () => {
            const ids = writer % 2 ? [...inserted[writer]].reverse() : inserted[writer];
            await client.query(
              `UPDATE bookings SET status = 'CANCELLED' WHERE id = ANY($1::uuid[])`,
              [ids.filter((_, n) => n % 2 === 0)],
            );
            await client.query(
              `UPDATE bookings SET starts_at = starts_at + interval '5 minutes',
                 ends_at = ends_at + interval '5 minutes', blocked_until = blocked_until + interval '5 minutes'
               WHERE id = ANY($1::uuid[])`,
              [ids.filter((_, n) => n % 2 === 1)],
            );
          }),
        ),
      );
      await Promise.all(
        clients.map(async (client, writer) => {
          for (let round = 0; round < 10; round += 1) {
            await inTransaction(client, async () => {
              await client.query(
                `UPDATE memberships SET status = (CASE status WHEN 'APPROVED' THEN 'SUSPENDED' ELSE 'APPROVED' END)::"MembershipStatus"
                 WHERE id = $1`,
                [flips[writer].membership],
              );
              await client.query(
                `UPDATE stakeholders SET kind = (CASE kind WHEN 'STARTUP' THEN 'EXPERT' ELSE 'STARTUP' END)::"StakeholderKind"
                 WHERE id = $1`,
                [flips[writer].stakeholder],
              );
            });
          }
        }),
      );
    } finally {
      await Promise.all(clients.map((client) => client.end()));
    }

    // Half of each writer's twelve bookings still live, 110 minutes each.
    const rolledUp = await api.prisma.spaceBookedDay.aggregate({
      where: { spaceId: { in: rooms } },
      _sum: { bookedMs: true },
    });
    expect(Number(rolledUp._sum.bookedMs)).toBe(writers * 6 * 110 * MINUTE_MS);
    await expectRollupsExact();
  });
});
