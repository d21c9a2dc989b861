import { SpaceKind } from '@park/platform/database';
import { seedId } from './deterministic';
import { HUBS } from './park-people';

const MINUTE_MS = 60 * 1000;
const DAY_MS = 24 * 60 * MINUTE_MS;
const SEOUL_OFFSET_MS = 9 * 60 * MINUTE_MS;

export interface SeedSpace {
  id: string;
  hubId: string;
  name: string;
  kind: SpaceKind;
  capacity: number;
  amenities: string[];
  requiresApproval: boolean;
  memberOnly: boolean;
  minNoticeMinutes: number;
  maxDurationMinutes: number;
  bufferMinutes: number;
  weeklyQuotaHours: number | null;
  hours: { weekday: number; opensMinute: number; closesMinute: number }[];
}

const WEEKDAYS = [1, 2, 3, 4, 5];
const office = [
  ...WEEKDAYS.map((weekday) => ({ weekday, opensMinute: 9 * 60, closesMinute: 21 * 60 })),
  { weekday: 6, opensMinute: 10 * 60, closesMinute: 18 * 60 },
];
const everyDay = [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({
  weekday,
  opensMinute: 7 * 60,
  closesMinute: 23 * 60,
}));

type Template = Omit<SeedSpace, 'id' | 'hubId' | 'hours'> & { hours?: SeedSpace['hours'] };
const base = {
  requiresApproval: false,
  memberOnly: false,
  minNoticeMinutes: 30,
  maxDurationMinutes: 240,
  bufferMinutes: 15,
  weeklyQuotaHours: null,
};

const SPACES: Record<string, Template[]> = {
  'youth-hub': [
    {
      ...base,
      name: 'Workshop Room 1 (워크숍룸 1)',
      kind: 'MEETING_ROOM',
      capacity: 10,
      amenities: ['screen', 'whiteboard'],
    },
    {
      ...base,
      name: 'Co-working Desks (코워킹 데스크)',
      kind: 'COWORKING_DESK',
      capacity: 40,
      amenities: ['wifi', 'lockers'],
      bufferMinutes: 0,
      maxDurationMinutes: 600,
      hours: everyDay,
    },
    {
      ...base,
      name: 'Youth Hall (청년홀)',
      kind: 'EVENT_HALL',
      capacity: 120,
      amenities: ['stage', 'sound system', 'projector'],
      requiresApproval: true,
      minNoticeMinutes: 2880,
      maxDurationMinutes: 480,
      bufferMinutes: 30,
    },
    {
      ...base,
      name: 'Podcast Studio (팟캐스트 스튜디오)',
      kind: 'STUDIO',
      capacity: 4,
      amenities: ['microphones', 'soundproofing'],
      memberOnly: true,
    },
    {
      ...base,
      name: 'Maker Lab (메이커랩)',
      kind: 'MAKERSPACE',
      capacity: 12,
      amenities: ['3D printers', 'laser cutter'],
      memberOnly: true,
      weeklyQuotaHours: 12,
    },
  ],
  'social-economy-centre': [
    {
      ...base,
      name: 'Meeting Room A (회의실 A)',
      kind: 'MEETING_ROOM',
      capacity: 8,
      amenities: ['screen'],
      memberOnly: true,
      weeklyQuotaHours: 10,
    },
    {
      ...base,
      name: 'Meeting Room B (회의실 B)',
      kind: 'MEETING_ROOM',
      capacity: 12,
      amenities: ['screen', 'video conferencing'],
    },
    {
      ...base,
      name: 'Seminar Hall (세미나홀)',
      kind: 'EVENT_HALL',
      capacity: 80,
      amenities: ['projector', 'sound system'],
      requiresApproval: true,
      minNoticeMinutes: 2880,
      maxDurationMinutes: 480,
      bufferMinutes: 30,
    },
    {
      ...base,
      name: 'Co-working Lounge (코워킹 라운지)',
      kind: 'COWORKING_DESK',
      capacity: 30,
      amenities: ['wifi', 'coffee'],
      bufferMinutes: 0,
      maxDurationMinutes: 600,
      hours: everyDay,
    },
    {
      ...base,
      name: 'Photo Studio (사진 스튜디오)',
      kind: 'STUDIO',
      capacity: 6,
      amenities: ['lighting', 'backdrops'],
      memberOnly: true,
    },
  ],
  'local-community-centre': [
    {
      ...base,
      name: 'Village Kitchen (마을부엌)',
      kind: 'MAKERSPACE',
      capacity: 16,
      amenities: ['kitchen', 'dining tables'],
    },
    {
      ...base,
      name: 'Community Room (마을방)',
      kind: 'MEETING_ROOM',
      capacity: 15,
      amenities: ['floor seating', 'whiteboard'],
    },
    {
      ...base,
      name: 'Neighbourhood Hall (마을홀)',
      kind: 'EVENT_HALL',
      capacity: 100,
      amenities: ['stage', 'chairs'],
      requiresApproval: true,
      minNoticeMinutes: 2880,
      maxDurationMinutes: 480,
      bufferMinutes: 30,
    },
    {
      ...base,
      name: 'Study Room (공부방)',
      kind: 'MEETING_ROOM',
      capacity: 8,
      amenities: ['desks'],
    },
    {
      ...base,
      name: 'Media Studio (마을미디어 스튜디오)',
      kind: 'STUDIO',
      capacity: 5,
      amenities: ['camera', 'editing suite'],
      memberOnly: true,
    },
  ],
};

export const SEED_SPACES: SeedSpace[] = HUBS.flatMap((hub) =>
  SPACES[hub.slug].map(({ hours, ...space }) => ({
    ...space,
    id: seedId(`space:${hub.slug}:${space.name}`),
    hubId: hub.id,
    hours: hours ?? office,
  })),
);

export interface SeedBooking {
  id: string;
  spaceId: string;
  bookerId: string;
  stakeholderId: string;
  startsAt: Date;
  endsAt: Date;
  blockedUntil: Date;
  purpose: string;
  attendees: number;
  status: 'CONFIRMED' | 'PENDING';
}

export interface SeedEvent {
  id: string;
  bookingId: string;
  hubId: string;
  spaceId: string;
  organizerId: string;
  stakeholderId: string;
  title: string;
  description: string;
  startsAt: Date;
  endsAt: Date;
  capacity: number;
}

/** Monday 00:00 in Seoul of the week containing `now`: the seed's calendar starts there. */
export function seedWeekStart(now: Date): number {
  const local = now.getTime() + SEOUL_OFFSET_MS;
  const day = new Date(local).getUTCDay();
  const sinceMonday = (day + 6) % 7;
  return Math.floor(local / DAY_MS) * DAY_MS - sinceMonday * DAY_MS - SEOUL_OFFSET_MS;
}

const PURPOSES = [
  'Team meeting (팀 회의)',
  'Workshop with residents',
  'Project planning',
  'Interview recording',
  'Mentoring session (멘토링)',
];

/**
 * Four weeks of bookings from the start of this week, two a weekday in every room that is not a
 * hall or desk area, by members of the space's hub; plus two events per hub in its hall.
 */
export function seedCalendar(
  weekStart: number,
  membersOf: (hubId: string) => { userId: string; stakeholderId: string }[],
): { bookings: SeedBooking[]; events: SeedEvent[] } {
  const bookings: SeedBooking[] = [];
  const events: SeedEvent[] = [];
  for (const [index, space] of SEED_SPACES.entries()) {
    const members = membersOf(space.hubId);
    if (!members.length) continue;
    const at = (day: number, minute: number) =>
      new Date(weekStart + day * DAY_MS + minute * MINUTE_MS);
    if (space.kind === 'EVENT_HALL') {
      for (const week of [1, 2]) {
        const host = members[(index + week) % members.length];
        const startsAt = at(week * 7 + 3, 19 * 60);
        const endsAt = at(week * 7 + 3, 21 * 60);
        const bookingId = seedId(`booking:${space.id}:event:${week}`);
        bookings.push({
          id: bookingId,
          spaceId: space.id,
          bookerId: host.userId,
          stakeholderId: host.stakeholderId,
          startsAt,
          endsAt,
          blockedUntil: new Date(endsAt.getTime() + space.bufferMinutes * MINUTE_MS),
          purpose: 'Event: community evening',
          attendees: 60,
          status: 'CONFIRMED',
        });
        events.push({
          id: seedId(`event:${space.id}:${week}`),
          bookingId,
          hubId: space.hubId,
          spaceId: space.id,
          organizerId: host.userId,
          stakeholderId: host.stakeholderId,
          title:
            week === 1 ? 'Community Evening (마을 저녁)' : 'Open Data Meetup (공공데이터 밋업)',
          description: 'Talks, food and neighbours. 누구나 환영합니다.',
          startsAt,
          endsAt,
          capacity: 60,
        });
      }
      continue;
    }
    if (space.kind === 'COWORKING_DESK') continue;
    for (let day = 0; day < 28; day += 1) {
      if (day % 7 >= 5) continue; // weekdays only
      for (const [slot, startMinute] of [10 * 60, 14 * 60].entries()) {
        if ((day + slot + index) % 3 === 0) continue; // leave gaps, so availability has something to show
        const member = members[(day * 2 + slot + index) % members.length];
        const startsAt = at(day, startMinute);
        const endsAt = at(day, startMinute + 90);
        bookings.push({
          id: seedId(`booking:${space.id}:${day}:${slot}`),
          spaceId: space.id,
          bookerId: member.userId,
          stakeholderId: member.stakeholderId,
          startsAt,
          endsAt,
          blockedUntil: new Date(endsAt.getTime() + space.bufferMinutes * MINUTE_MS),
          purpose: PURPOSES[(day + slot) % PURPOSES.length],
          attendees: Math.min(space.capacity, 2 + ((day + slot) % 5)),
          status: 'CONFIRMED',
        });
      }
    }
  }
  return { bookings, events };
}
