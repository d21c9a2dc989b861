import { GraphqlError } from '@park/platform/testing';
import { startPark } from './support/park';
import { SET_UP_MS, TestApi } from './support/test-api';
import { at, DAY_MS, nextMonday, WEEKDAY_HOURS } from './support/time';

// Hub staff manage their hub's spaces: create them with hours and a booking policy, edit them at
// a version, archive them. Who may do it, and the input and names the API refuses.
// Availability and calendars: spaces.int-spec.ts; booking itself: booking-policy.int-spec.ts.

const ADMIN = 'park admin';
const YOUTH_MANAGER = 'youth manager';
const YOUTH_COORDINATOR = 'youth coordinator';
const SOCIAL_MANAGER = 'social-economy manager';
/** Owner of a stakeholder: a signed-in member of the park, staff of nothing. */
const MEMBER = 'member';
const ANONYMOUS = 'anonymous';
const NOBODY = '00000000-0000-4000-8000-000000000000';

type Variables = Record<string, unknown>;
interface Hours {
  weekday: number;
  opens: string;
  closes: string;
}
interface SpaceView {
  id: string;
  name: string;
  kind: string;
  capacity: number;
  amenities: string[];
  version: number;
  archivedAt: string | null;
  hub: { slug: string };
  policy: Record<string, unknown>;
  openingHours: Hours[];
}

const SPACE_FIELDS = `id name kind capacity amenities version archivedAt hub { slug }
  policy { requiresApproval memberOnly minNoticeMinutes maxDurationMinutes maxAdvanceDays
    bufferMinutes weeklyQuotaHours }
  openingHours { weekday opens closes }`;
const CREATE = `mutation Create($input: CreateSpaceInput!) { createSpace(input: $input) { ${SPACE_FIELDS} } }`;
const UPDATE = `mutation Update($id: ID!, $input: UpdateSpaceInput!, $version: Int!) {
  updateSpace(id: $id, input: $input, version: $version) { ${SPACE_FIELDS} } }`;
const ARCHIVE = `mutation Archive($id: ID!) { archiveSpace(id: $id) { ${SPACE_FIELDS} } }`;
const SPACE = `query Space($id: ID!) { space(id: $id) { ${SPACE_FIELDS} } }`;
const HUB_SPACES = `query Hub($slug: String!) { hub(slug: $slug) { spaces { id name } } }`;
const BOOK = `mutation Book($input: BookSpaceInput!) { bookSpace(input: $input) { id status } }`;
const AVAILABILITY = `query Free($spaceId: ID!, $from: DateTime!, $to: DateTime!) {
  availability(spaceId: $spaceId, from: $from, to: $to) { startsAt endsAt } }`;
const CALENDAR = `query Calendar($spaceId: ID!, $from: DateTime!, $to: DateTime!) {
  spaceBookings(spaceId: $spaceId, from: $from, to: $to) { edges { node { id status } } } }`;

let api: TestApi;
const tokens: Record<string, string | undefined> = { [ANONYMOUS]: undefined };
const hubs: Record<string, string> = {};
let sequence = 0;

const as = (who: string) => ({ token: tokens[who] });
const refusal = (who: string, query: string, variables: Variables): Promise<GraphqlError> =>
  api.graphql.errorCode(query, variables, as(who));

function spaceInput(overrides: Variables = {}): Variables {
  sequence += 1;
  return {
    hubId: hubs['youth-hub'],
    name: `Story Room ${sequence}`,
    kind: 'MEETING_ROOM',
    capacity: 8,
    amenities: ['screen', 'whiteboard'],
    policy: { bufferMinutes: 15, minNoticeMinutes: 60 },
    openingHours: WEEKDAY_HOURS,
    ...overrides,
  };
}

async function create(who: string, overrides: Variables = {}): Promise<SpaceView> {
  const data = await api.graphql.ok<{ createSpace: SpaceView }>(
    CREATE,
    { input: spaceInput(overrides) },
    as(who),
  );
  return data.createSpace;
}

async function read(id: string): Promise<SpaceView> {
  return (await api.graphql.ok<{ space: SpaceView }>(SPACE, { id })).space;
}

/** Everything creating or changing a space could write, park-wide. */
async function totals() {
  const [spaces, hours, audit] = await Promise.all([
    api.prisma.space.count(),
    api.prisma.spaceOpeningHour.count(),
    api.prisma.auditLogEntry.count(),
  ]);
  return { spaces, hours, audit };
}

describe('spaces: hub staff manage them', () => {
  beforeAll(async () => {
    const started = await startPark();
    api = started.api;
    const park = started.park;
    const [youth, social] = [await park.hub('youth-hub'), await park.hub('social-economy-centre')];
    for (const hub of [youth, social]) hubs[hub.slug] = hub.id;
    tokens[ADMIN] = (await park.admin()).token;
    tokens[YOUTH_MANAGER] = (await park.manager(youth)).token;
    tokens[YOUTH_COORDINATOR] = (await park.hubStaff(youth, 'COORDINATOR')).token;
    tokens[SOCIAL_MANAGER] = (await park.manager(social)).token;
    tokens[MEMBER] = (await park.newStakeholder()).owner.token;
  }, SET_UP_MS);
  afterAll(() => api.close());

  describe('creating', () => {
    it('the Youth Hub manager adds a room with amenities, hours and a full policy', async () => {
      const space = await create(YOUTH_MANAGER, {
        name: '  Recording Booth  ',
        kind: 'STUDIO',
        capacity: 3,
        amenities: ['microphones', 'soundproofing'],
        policy: {
          requiresApproval: true,
          memberOnly: true,
          minNoticeMinutes: 120,
          maxDurationMinutes: 180,
          maxAdvanceDays: 30,
          bufferMinutes: 10,
          weeklyQuotaHours: 6,
        },
        openingHours: [
          { weekday: 6, opens: '10:00', closes: '24:00' },
          { weekday: 2, opens: '08:30', closes: '12:00' },
        ],
      });

      expect(space).toEqual({
        id: expect.any(String),
        name: 'Recording Booth',
        kind: 'STUDIO',
        capacity: 3,
        amenities: ['microphones', 'soundproofing'],
        version: 1,
        archivedAt: null,
        hub: { slug: 'youth-hub' },
        policy: {
          requiresApproval: true,
          memberOnly: true,
          minNoticeMinutes: 120,
          maxDurationMinutes: 180,
          maxAdvanceDays: 30,
          bufferMinutes: 10,
          weeklyQuotaHours: 6,
        },
        // Weekdays in order; Monday, Wednesday, Thursday, Friday and Sunday are closed.
        openingHours: [
          { weekday: 2, opens: '08:30', closes: '12:00' },
          { weekday: 6, opens: '10:00', closes: '24:00' },
        ],
      });
      expect(await read(space.id)).toEqual(space);
      const { hub } = await api.graphql.ok<{ hub: { spaces: { id: string }[] } }>(HUB_SPACES, {
        slug: 'youth-hub',
      });
      expect(hub.spaces.map((s) => s.id)).toContain(space.id);
      expect(
        await api.prisma.auditLogEntry.count({
          where: { action: 'Space.create', entityId: space.id },
        }),
      ).toBe(1);
    });

    it('leaving the policy out gives the defaults: open to all, no approval, no quota', async () => {
      const space = await create(YOUTH_MANAGER, { policy: undefined, amenities: undefined });

      expect(space.amenities).toEqual([]);
      expect(space.policy).toEqual({
        requiresApproval: false,
        memberOnly: false,
        minNoticeMinutes: 0,
        maxDurationMinutes: 240,
        maxAdvanceDays: 60,
        bufferMinutes: 0,
        weeklyQuotaHours: null,
      });
    });

    it.each([
      ['the hub coordinator', YOUTH_COORDINATOR],
      ['a park admin', ADMIN],
    ])('%s may add a space to the Youth Hub too', async (_story, who) => {
      const space = await create(who);

      expect(space.hub.slug).toBe('youth-hub');
    });

    it.each([
      { story: 'staff of another hub', who: SOCIAL_MANAGER, code: 'FORBIDDEN' },
      { story: 'a member who is not staff', who: MEMBER, code: 'FORBIDDEN' },
      { story: 'an anonymous caller', who: ANONYMOUS, code: 'UNAUTHENTICATED' },
    ])('$story may not: $code, and nothing is created', async ({ who, code }) => {
      const before = await totals();

      const error = await refusal(who, CREATE, { input: spaceInput() });

      expect(error.extensions.code).toBe(code);
      expect(await totals()).toEqual(before);
    });

    it.each<[string, Variables, string[]]>([
      [
        'hours that close before they open',
        { openingHours: [{ weekday: 1, opens: '18:00', closes: '09:00' }] },
        ['closes'],
      ],
      [
        'hours that close when they open',
        { openingHours: [{ weekday: 1, opens: '09:00', closes: '09:00' }] },
        ['closes'],
      ],
      [
        'the same weekday twice',
        {
          openingHours: [
            { weekday: 3, opens: '09:00', closes: '12:00' },
            { weekday: 3, opens: '13:00', closes: '18:00' },
          ],
        },
        ['openingHours'],
      ],
      [
        'a clock of 25:00',
        { openingHours: [{ weekday: 1, opens: '25:00', closes: '26:00' }] },
        ['opens', 'closes'],
      ],
      [
        'a clock without minutes',
        { openingHours: [{ weekday: 1, opens: '9', closes: '18:00' }] },
        ['opens'],
      ],
      [
        'a weekday of 8',
        { openingHours: [{ weekday: 8, opens: '09:00', closes: '18:00' }] },
        ['weekday'],
      ],
      ['a capacity of 0', { capacity: 0 }, ['capacity']],
      ['a one-letter name', { name: 'A' }, ['name']],
      ['a negative buffer', { policy: { bufferMinutes: -5 } }, ['bufferMinutes']],
      [
        'a maximum duration of 10 minutes',
        { policy: { maxDurationMinutes: 10 } },
        ['maxDurationMinutes'],
      ],
      ['a weekly quota of 0 hours', { policy: { weeklyQuotaHours: 0 } }, ['weeklyQuotaHours']],
    ])('refuses %s as BAD_USER_INPUT naming the field', async (_story, bad, fields) => {
      const before = await totals();

      const error = await refusal(YOUTH_MANAGER, CREATE, { input: spaceInput(bad) });

      expect(error.extensions.code).toBe('BAD_USER_INPUT');
      expect(error.extensions.fields).toEqual(fields);
      expect(await totals()).toEqual(before);
    });

    it('a second space of the same name in the hub is a CONFLICT on name; another hub may use it', async () => {
      const first = await create(YOUTH_MANAGER);
      const before = await totals();

      const error = await refusal(YOUTH_MANAGER, CREATE, {
        input: spaceInput({ name: first.name }),
      });

      expect(error.extensions).toMatchObject({ code: 'CONFLICT', fields: ['name'] });
      expect(await totals()).toEqual(before);
      const elsewhere = await create(SOCIAL_MANAGER, {
        hubId: hubs['social-economy-centre'],
        name: first.name,
      });
      expect(elsewhere.hub.slug).toBe('social-economy-centre');
    });

    it('an unknown hub is NOT_FOUND', async () => {
      const error = await refusal(ADMIN, CREATE, { input: spaceInput({ hubId: NOBODY }) });

      expect(error.extensions.code).toBe('NOT_FOUND');
    });
  });

  describe('editing at a version', () => {
    it('staff change capacity, amenities, policy and hours; the version moves on', async () => {
      const space = await create(YOUTH_MANAGER);

      const { updateSpace } = await api.graphql.ok<{ updateSpace: SpaceView }>(
        UPDATE,
        {
          id: space.id,
          version: 1,
          input: {
            name: 'Story Room Renamed',
            capacity: 12,
            amenities: ['projector'],
            policy: { requiresApproval: true, maxDurationMinutes: 120 },
            openingHours: [{ weekday: 4, opens: '13:00', closes: '21:30' }],
          },
        },
        as(YOUTH_COORDINATOR),
      );

      expect(updateSpace).toMatchObject({
        id: space.id,
        name: 'Story Room Renamed',
        kind: 'MEETING_ROOM',
        capacity: 12,
        amenities: ['projector'],
        version: 2,
        // The policy is replaced as a whole: what the edit leaves out returns to its default.
        policy: {
          requiresApproval: true,
          memberOnly: false,
          minNoticeMinutes: 0,
          maxDurationMinutes: 120,
          maxAdvanceDays: 60,
          bufferMinutes: 0,
          weeklyQuotaHours: null,
        },
        openingHours: [{ weekday: 4, opens: '13:00', closes: '21:30' }],
      });
      expect(await read(space.id)).toEqual(updateSpace);
    });

    it('an edit that leaves policy and hours out keeps them', async () => {
      const space = await create(YOUTH_MANAGER);

      const { updateSpace } = await api.graphql.ok<{ updateSpace: SpaceView }>(
        UPDATE,
        { id: space.id, version: 1, input: { capacity: 20 } },
        as(YOUTH_MANAGER),
      );

      expect(updateSpace).toEqual({ ...space, capacity: 20, version: 2 });
    });

    it('an edit at a stale version is a CONFLICT giving the current version, and changes nothing', async () => {
      const space = await create(YOUTH_MANAGER);
      await api.graphql.ok(UPDATE, { id: space.id, version: 1, input: { capacity: 9 } }, as(ADMIN));
      const before = await read(space.id);

      const error = await refusal(YOUTH_MANAGER, UPDATE, {
        id: space.id,
        version: 1,
        input: { capacity: 30, openingHours: [] },
      });

      expect(error.extensions).toMatchObject({ code: 'CONFLICT', currentVersion: 2 });
      expect(await read(space.id)).toEqual(before);
    });

    it.each([
      { story: 'staff of another hub', who: SOCIAL_MANAGER, code: 'FORBIDDEN' },
      { story: 'a member', who: MEMBER, code: 'FORBIDDEN' },
      { story: 'an anonymous caller', who: ANONYMOUS, code: 'UNAUTHENTICATED' },
    ])('$story may not edit a Youth Hub space: $code', async ({ who, code }) => {
      const space = await create(YOUTH_MANAGER);

      const error = await refusal(who, UPDATE, {
        id: space.id,
        version: 1,
        input: { capacity: 2 },
      });

      expect(error.extensions.code).toBe(code);
      expect(await read(space.id)).toEqual(space);
    });

    it.each<[string, Variables, string[]]>([
      [
        'hours that close before they open',
        { openingHours: [{ weekday: 2, opens: '20:00', closes: '08:00' }] },
        ['closes'],
      ],
      ['a capacity of 0', { capacity: 0 }, ['capacity']],
      [
        'a clock of 24:30',
        { openingHours: [{ weekday: 2, opens: '09:00', closes: '24:30' }] },
        ['closes'],
      ],
    ])(
      'refuses an edit with %s as BAD_USER_INPUT, changing nothing',
      async (_story, input, fields) => {
        const space = await create(YOUTH_MANAGER);

        const error = await refusal(YOUTH_MANAGER, UPDATE, { id: space.id, version: 1, input });

        expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields });
        expect(await read(space.id)).toEqual(space);
      },
    );

    it('renaming to the name of another space of the hub is a CONFLICT on name', async () => {
      const [taken, space] = [await create(YOUTH_MANAGER), await create(YOUTH_MANAGER)];

      const error = await refusal(YOUTH_MANAGER, UPDATE, {
        id: space.id,
        version: 1,
        input: { name: taken.name },
      });

      expect(error.extensions).toMatchObject({ code: 'CONFLICT', fields: ['name'] });
      expect(await read(space.id)).toEqual(space);
    });

    it('editing an unknown space is NOT_FOUND', async () => {
      const error = await refusal(ADMIN, UPDATE, {
        id: NOBODY,
        version: 1,
        input: { capacity: 2 },
      });

      expect(error.extensions.code).toBe('NOT_FOUND');
    });
  });

  describe('archiving', () => {
    it('an archived space leaves the hub, takes no booking and shows no free time; old bookings stay', async () => {
      const space = await create(YOUTH_MANAGER);
      const monday = nextMonday(7);
      const kept = await api.graphql.ok<{ bookSpace: { id: string } }>(
        BOOK,
        {
          input: {
            spaceId: space.id,
            startsAt: at(monday, '10:00'),
            endsAt: at(monday, '11:00'),
            purpose: 'Before the archive',
            attendees: 2,
          },
        },
        as(MEMBER),
      );

      const { archiveSpace } = await api.graphql.ok<{ archiveSpace: SpaceView }>(
        ARCHIVE,
        { id: space.id },
        as(YOUTH_MANAGER),
      );

      expect(archiveSpace.archivedAt).toEqual(expect.any(String));
      expect(archiveSpace.version).toBe(2);
      const { hub } = await api.graphql.ok<{ hub: { spaces: { id: string }[] } }>(HUB_SPACES, {
        slug: 'youth-hub',
      });
      expect(hub.spaces.map((s) => s.id)).not.toContain(space.id);
      const bookingsBefore = await api.prisma.booking.count({ where: { spaceId: space.id } });
      const refused = await refusal(MEMBER, BOOK, {
        input: {
          spaceId: space.id,
          startsAt: at(monday, '14:00'),
          endsAt: at(monday, '15:00'),
          purpose: 'After the archive',
          attendees: 2,
        },
      });
      expect(refused.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['spaceId'] });
      expect(await api.prisma.booking.count({ where: { spaceId: space.id } })).toBe(bookingsBefore);
      const free = await api.graphql.ok<{ availability: unknown[] }>(AVAILABILITY, {
        spaceId: space.id,
        from: at(monday, '00:00'),
        to: at(monday + 7 * DAY_MS, '00:00'),
      });
      expect(free.availability).toEqual([]);
      const calendar = await api.graphql.ok<{
        spaceBookings: { edges: { node: { id: string; status: string } }[] };
      }>(
        CALENDAR,
        { spaceId: space.id, from: at(monday, '00:00'), to: at(monday, '24:00') },
        as(YOUTH_MANAGER),
      );
      expect(calendar.spaceBookings.edges.map((edge) => edge.node)).toEqual([
        { id: kept.bookSpace.id, status: 'CONFIRMED' },
      ]);
    });

    it('archiving twice changes nothing the second time', async () => {
      const space = await create(YOUTH_MANAGER);
      const first = await api.graphql.ok<{ archiveSpace: SpaceView }>(
        ARCHIVE,
        { id: space.id },
        as(YOUTH_MANAGER),
      );

      const second = await api.graphql.ok<{ archiveSpace: SpaceView }>(
        ARCHIVE,
        { id: space.id },
        as(ADMIN),
      );

      expect(second.archiveSpace).toEqual(first.archiveSpace);
      expect(
        await api.prisma.auditLogEntry.count({
          where: { action: 'Space.archive', entityId: space.id },
        }),
      ).toBe(1);
    });

    it.each([
      { story: 'staff of another hub', who: SOCIAL_MANAGER, code: 'FORBIDDEN' },
      { story: 'a member', who: MEMBER, code: 'FORBIDDEN' },
      { story: 'an anonymous caller', who: ANONYMOUS, code: 'UNAUTHENTICATED' },
    ])('$story may not archive a Youth Hub space: $code', async ({ who, code }) => {
      const space = await create(YOUTH_MANAGER);

      const error = await refusal(who, ARCHIVE, { id: space.id });

      expect(error.extensions.code).toBe(code);
      expect((await read(space.id)).archivedAt).toBeNull();
    });
  });
});
