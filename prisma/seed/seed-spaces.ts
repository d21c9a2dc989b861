import { PrismaClient } from '@park/platform/database';
import { bulkInsert, Column } from './bulk-insert';
import { seedId } from './deterministic';
import {
  SeedBooking,
  seedCalendar,
  SeedEvent,
  SeedSpace,
  SEED_SPACES,
  seedWeekStart,
} from './space-catalogue';
import { SeedStakeholder } from './stakeholder-catalogue';

/** Spaces for every hub and four weeks of bookings and events from the start of this week. */
export async function seedSpaces(
  prisma: PrismaClient,
  stakeholders: SeedStakeholder[],
  now: Date,
): Promise<Record<string, number>> {
  const membersOf = (hubId: string) =>
    stakeholders
      .filter((s) => s.memberships.some((m) => m.hubId === hubId && m.status === 'APPROVED'))
      .map((s) => ({ userId: s.members[0].userId, stakeholderId: s.id }));
  const { bookings, events } = seedCalendar(seedWeekStart(now), membersOf);
  const hours = SEED_SPACES.flatMap((space) =>
    space.hours.map((h) => ({
      ...h,
      id: seedId(`opening:${space.id}:${h.weekday}`),
      spaceId: space.id,
    })),
  );
  return {
    spaces: await bulkInsert(prisma, 'spaces', spaceColumns, SEED_SPACES),
    space_opening_hours: await bulkInsert(prisma, 'space_opening_hours', hourColumns, hours),
    bookings: await bulkInsert(prisma, 'bookings', bookingColumns, bookings),
    events: await bulkInsert(prisma, 'events', eventColumns, events),
  };
}

const stamp = () => new Date();

const spaceColumns: Column<SeedSpace>[] = [
  { name: 'id', type: 'uuid', value: (s) => s.id },
  { name: 'hub_id', type: 'uuid', value: (s) => s.hubId },
  { name: 'name', type: 'text', value: (s) => s.name },
  { name: 'kind', type: '"SpaceKind"', value: (s) => s.kind },
  { name: 'capacity', type: 'int', value: (s) => s.capacity },
  { name: 'amenities', type: 'text[]', value: (s) => s.amenities },
  { name: 'requires_approval', type: 'boolean', value: (s) => s.requiresApproval },
  { name: 'member_only', type: 'boolean', value: (s) => s.memberOnly },
  { name: 'min_notice_minutes', type: 'int', value: (s) => s.minNoticeMinutes },
  { name: 'max_duration_minutes', type: 'int', value: (s) => s.maxDurationMinutes },
  { name: 'buffer_minutes', type: 'int', value: (s) => s.bufferMinutes },
  { name: 'weekly_quota_hours', type: 'int', value: (s) => s.weeklyQuotaHours },
  { name: 'updated_at', type: 'timestamptz', value: stamp },
];

type HourRow = SeedSpace['hours'][number] & { id: string; spaceId: string };
const hourColumns: Column<HourRow>[] = [
  { name: 'id', type: 'uuid', value: (h) => h.id },
  { name: 'space_id', type: 'uuid', value: (h) => h.spaceId },
  { name: 'weekday', type: 'smallint', value: (h) => h.weekday },
  { name: 'opens_minute', type: 'smallint', value: (h) => h.opensMinute },
  { name: 'closes_minute', type: 'smallint', value: (h) => h.closesMinute },
];

const bookingColumns: Column<SeedBooking>[] = [
  { name: 'id', type: 'uuid', value: (b) => b.id },
  { name: 'space_id', type: 'uuid', value: (b) => b.spaceId },
  { name: 'booker_id', type: 'uuid', value: (b) => b.bookerId },
  { name: 'stakeholder_id', type: 'uuid', value: (b) => b.stakeholderId },
  { name: 'starts_at', type: 'timestamptz', value: (b) => b.startsAt },
  { name: 'ends_at', type: 'timestamptz', value: (b) => b.endsAt },
  { name: 'blocked_until', type: 'timestamptz', value: (b) => b.blockedUntil },
  { name: 'purpose', type: 'text', value: (b) => b.purpose },
  { name: 'attendees', type: 'int', value: (b) => b.attendees },
  { name: 'status', type: '"BookingStatus"', value: (b) => b.status },
  { name: 'updated_at', type: 'timestamptz', value: stamp },
];

const eventColumns: Column<SeedEvent>[] = [
  { name: 'id', type: 'uuid', value: (e) => e.id },
  { name: 'hub_id', type: 'uuid', value: (e) => e.hubId },
  { name: 'space_id', type: 'uuid', value: (e) => e.spaceId },
  { name: 'booking_id', type: 'uuid', value: (e) => e.bookingId },
  { name: 'organizer_id', type: 'uuid', value: (e) => e.organizerId },
  { name: 'stakeholder_id', type: 'uuid', value: (e) => e.stakeholderId },
  { name: 'title', type: 'text', value: (e) => e.title },
  { name: 'description', type: 'text', value: (e) => e.description },
  { name: 'starts_at', type: 'timestamptz', value: (e) => e.startsAt },
  { name: 'ends_at', type: 'timestamptz', value: (e) => e.endsAt },
  { name: 'capacity', type: 'int', value: (e) => e.capacity },
];
