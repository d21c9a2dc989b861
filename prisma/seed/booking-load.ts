import { PrismaClient } from '@park/platform/database';
import { HUBS } from './park-people';

const PER_SPACE = 10_000;
export const LOAD_ROOM_PREFIX = 'Load Test Room';

/**
 * Benchmark load: `count` one-hour bookings in rooms open around the clock, laid end to end
 * (so the exclusion constraint holds) from 200 days ago onwards, booked by the demo members.
 * Generated inside PostgreSQL with generate_series: a million rows take about a minute.
 * Skipped when the load rooms already hold bookings.
 */
export async function seedBookingLoad(
  prisma: PrismaClient,
  count: number,
  log: (m: string) => void,
) {
  if (count <= 0) return 0;
  const rooms = Math.ceil(count / PER_SPACE);
  const existing = await prisma.booking.count({
    where: { space: { name: { startsWith: LOAD_ROOM_PREFIX } } },
  });
  if (existing > 0) {
    log(`booking load: ${existing} bookings already in the load rooms, unchanged`);
    return 0;
  }
  await prisma.$executeRawUnsafe(
    `INSERT INTO spaces (id, hub_id, name, kind, capacity, amenities, buffer_minutes, max_advance_days, updated_at)
     SELECT gen_random_uuid(), (ARRAY[$2::uuid, $3::uuid, $4::uuid])[1 + n % 3], $5 || ' ' || n,
            'MEETING_ROOM', 10, ARRAY['screen'], 0, 365, now()
     FROM generate_series(1, $1::int) n ON CONFLICT DO NOTHING`,
    rooms,
    ...HUBS.map((hub) => hub.id),
    LOAD_ROOM_PREFIX,
  );
  await prisma.$executeRawUnsafe(
    `INSERT INTO space_opening_hours (id, space_id, weekday, opens_minute, closes_minute)
     SELECT gen_random_uuid(), s.id, d, 0, 1440 FROM spaces s CROSS JOIN generate_series(1, 7) d
     WHERE s.name LIKE $1 || ' %' ON CONFLICT DO NOTHING`,
    LOAD_ROOM_PREFIX,
  );
  const inserted = await prisma.$executeRawUnsafe(
    `WITH bookers AS (SELECT array_agg(id) AS ids FROM (SELECT id FROM users ORDER BY id LIMIT 1000) u),
          rooms AS (SELECT id, row_number() OVER (ORDER BY name) - 1 AS n FROM spaces WHERE name LIKE $2 || ' %')
     INSERT INTO bookings (id, space_id, booker_id, starts_at, ends_at, blocked_until, purpose, attendees, status, updated_at)
     SELECT gen_random_uuid(), r.id, b.ids[1 + (r.n * $3 + i) % array_length(b.ids, 1)],
            date_trunc('hour', now()) - interval '200 days' + i * interval '1 hour',
            date_trunc('hour', now()) - interval '200 days' + (i + 1) * interval '1 hour',
            date_trunc('hour', now()) - interval '200 days' + (i + 1) * interval '1 hour',
            'Load test', 2,
            (CASE WHEN i % 17 = 0 THEN 'CANCELLED' ELSE 'CONFIRMED' END)::"BookingStatus", now()
     FROM rooms r CROSS JOIN bookers b CROSS JOIN generate_series(0, $3 - 1) i
     WHERE r.n * $3 + i < $1`,
    count,
    LOAD_ROOM_PREFIX,
    PER_SPACE,
  );
  await prisma.$executeRawUnsafe('VACUUM ANALYZE bookings, spaces, space_opening_hours');
  log(`booking load: ${rooms} rooms, ${inserted} bookings`);
  return inserted;
}
