import { PartnershipKind, ProjectStatus, StakeholderKind } from '@park/platform/database';
import { Park, startPark } from './support/park';
import { ok, refused } from './support/partnerships';
import { SET_UP_MS, TestApi } from './support/test-api';

// parkStats on a small park built row by row, so every figure is known: the week of Monday
// 3 March 2031 (Asia/Seoul), fixed dates that no run's clock reaches. Hubs and people come from
// the park factories; each expected number is worked out next to its rows.

const FROM = '2031-03-03T00:00:00+09:00';
const TO = '2031-03-10T00:00:00+09:00';
const at = (local: string) => new Date(`${local}+09:00`);

const STATS = `query ($from: DateTime!, $to: DateTime!) { parkStats(from: $from, to: $to) {
  hubs { hub { slug stats { activeMembers openApplications } } activeMembers pendingApplications utilisation }
  stakeholdersByKind { kind count } partnershipsByKind { kind count }
  projectsByStatus { status count } fundingBySource { source amount }
  outcomesByPolicyArea { policyArea indicator unit total } } }`;

let api: TestApi;
let park: Park;
const tokens: Record<string, string> = {};
let YOUTH: string;
let SOCIAL: string;
let LOCAL: string;

beforeAll(async () => {
  ({ api, park } = await startPark());
  const youth = await park.hub('youth-hub');
  YOUTH = youth.id;
  SOCIAL = (await park.hub('social-economy-centre')).id;
  LOCAL = (await park.hub('local-community-centre')).id;
  const member = await park.newUser({ label: 'member' });
  tokens.admin = (await park.parkAdmin()).token;
  tokens.coordinator = (await park.hubStaff(youth, 'COORDINATOR')).token;
  tokens.member = member.token;
  await buildPark(member.id);
}, SET_UP_MS);
afterAll(() => api.close());

const stats = (who: string, from = FROM, to = TO, query = STATS) =>
  api.graphql.execute<{ parkStats: Record<string, unknown> & { hubs: Record<string, unknown>[] } }>(
    query,
    { from, to },
    { token: tokens[who] },
  );

describe('parkStats', () => {
  it('gives the known park’s numbers for the week', async () => {
    const { parkStats } = ok(await stats('admin'));

    expect(parkStats.hubs).toEqual([
      {
        hub: { slug: 'youth-hub', stats: { activeMembers: 1, openApplications: 2 } },
        // S1 APPROVED; S2 SUBMITTED and S3 UNDER_REVIEW pending; S4 REJECTED counts nowhere.
        activeMembers: 1,
        pendingApplications: 2,
        // Open Mon–Fri 09:00–18:00 = 45 h. Booked 2 h CONFIRMED + 4 h CHECKED_IN + 3 h PENDING
        // = 9 h (NO_SHOW, CANCELLED, last week and the archived room do not count): 9 / 45.
        utilisation: 0.2,
      },
      {
        hub: { slug: 'social-economy-centre', stats: { activeMembers: 1, openApplications: 0 } },
        activeMembers: 1,
        pendingApplications: 0,
        // Open around the clock = 168 h; one Saturday booking of 16 h 48 min = 16.8 h → 0.1.
        utilisation: 0.1,
      },
      {
        hub: { slug: 'local-community-centre', stats: { activeMembers: 0, openApplications: 0 } },
        activeMembers: 0,
        pendingApplications: 0,
        utilisation: 0,
      },
    ]);
    // Every kind and status in the schema's order, with a count of 0 where nothing is there.
    expect(parkStats.stakeholdersByKind).toEqual(
      Object.values(StakeholderKind).map((kind) => ({
        kind,
        count: ({ STARTUP: 2, NON_PROFIT: 1, YOUTH_GROUP: 1 } as Record<string, number>)[kind] ?? 0,
      })),
    );
    expect(parkStats.partnershipsByKind).toEqual(
      Object.values(PartnershipKind).map((kind) => ({
        kind,
        // ACTIVE only: the PROPOSED programme does not count.
        count: ({ PROGRAMME: 1, DATA: 1 } as Record<string, number>)[kind] ?? 0,
      })),
    );
    expect(parkStats.projectsByStatus).toEqual(
      Object.values(ProjectStatus).map((status) => ({
        status,
        count: ({ PROPOSED: 1, FUNDED: 1, IN_PROGRESS: 2 } as Record<string, number>)[status] ?? 0,
      })),
    );
    expect(parkStats.fundingBySource).toEqual([
      // 5,000,000 to the social centre's project in the week; 3,000,000 of 2 March is outside it.
      { source: 'MUNICIPAL_BUDGET', amount: 5_000_000 },
      { source: 'PARTICIPATORY_BUDGET', amount: 0 },
      { source: 'PARTNER', amount: 0 },
      { source: 'GRANT', amount: 2_000_000 },
    ]);
    expect(parkStats.outcomesByPolicyArea).toEqual([
      { policyArea: 'ENVIRONMENT_CLIMATE', indicator: 'Trees planted', unit: 'trees', total: 120 },
      // 10 + 5 in the week; the 7 recorded on 10 March (the end, exclusive) do not count.
      { policyArea: 'ECONOMY_JOBS', indicator: 'Young people placed', unit: 'people', total: 15 },
    ]);
  });

  it('lets hub staff read it, and nobody else', async () => {
    ok(await stats('coordinator'));
    expect(refused(await stats('member')).extensions.code).toBe('FORBIDDEN');
    expect(refused(await stats('nobody')).extensions.code).toBe('UNAUTHENTICATED');
  });

  it.each([
    ['an end before the start', TO, FROM],
    ['an empty period', FROM, FROM],
    ['more than 366 days', '2031-01-01T00:00:00+09:00', '2032-01-03T00:00:00+09:00'],
  ])('refuses %s as BAD_USER_INPUT naming `to`', async (_s, from, to) => {
    expect(refused(await stats('admin', from, to)).extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: ['to'],
    });
  });

  it('counts the open hours of every room, however many share the same weekly hours', async () => {
    const youth = async () => {
      const { parkStats } = ok(await stats('admin'));
      return parkStats.hubs[0].utilisation;
    };
    const hub = await api.prisma.hub.findUniqueOrThrow({ where: { slug: 'youth-hub' } });
    const room = (name: string, closesMinute: number) =>
      api.prisma.space.create({
        data: {
          hubId: hub.id,
          name,
          kind: 'MEETING_ROOM',
          capacity: 4,
          amenities: [],
          openingHours: {
            create: [1, 2, 3, 4, 5].map((weekday) => ({ weekday, opensMinute: 540, closesMinute })),
          },
        },
      });
    expect(await youth()).toBe(0.2); // 9 h booked of Room A's 45 h
    await room('Room B, hours as Room A', 1080);
    expect(await youth()).toBe(0.1); // 9 of 90
    await room('Room C, mornings', 780);
    expect(await youth()).toBe(0.0818); // 9 of 110, to four places
  });

  it('answers in the same, small number of SQL statements however much the park holds', async () => {
    // Every figure parkStats has, without the hubs' own stats (Hub.stats costs three more).
    const figures = STATS.replace(' stats { activeMembers openApplications }', '');
    const count = async () => {
      const before = api.prisma.statementCount;
      ok(await stats('admin', FROM, TO, figures));
      return api.prisma.statementCount - before;
    };
    const small = await count();
    await growPark();
    const big = await count();

    // 1 to authenticate the request (the live session and its user), 1 for the viewer's roles, 1 for the hubs,
    // 1 for membership figures, 2 for utilisation (opening hours, booked time), and 1 each for
    // stakeholders, partnerships, projects, funding and outcomes.
    expect(small).toBe(11);
    expect(big).toBe(small);
  });
});

/** The known park: four stakeholders owned by `memberId`, their memberships, rooms and work. */
async function buildPark(memberId: string): Promise<void> {
  const prisma = api.prisma;
  const stakeholder = (name: string, kind: 'STARTUP' | 'NON_PROFIT' | 'YOUTH_GROUP') =>
    prisma.stakeholder.create({
      data: {
        name,
        kind,
        policyAreas: [],
        tags: [],
        members: { create: { userId: memberId, role: 'OWNER' } },
      },
    });
  const s1 = await stakeholder('Stats One', 'STARTUP');
  const s2 = await stakeholder('Stats Two', 'STARTUP');
  const s3 = await stakeholder('Stats Three', 'NON_PROFIT');
  const s4 = await stakeholder('Stats Four', 'YOUTH_GROUP');
  await prisma.membership.createMany({
    data: [
      { hubId: YOUTH, stakeholderId: s1.id, plan: 'RESIDENT', status: 'APPROVED' },
      { hubId: YOUTH, stakeholderId: s2.id, plan: 'RESIDENT', status: 'SUBMITTED' },
      { hubId: YOUTH, stakeholderId: s3.id, plan: 'RESIDENT', status: 'UNDER_REVIEW' },
      { hubId: YOUTH, stakeholderId: s4.id, plan: 'RESIDENT', status: 'REJECTED' },
      { hubId: SOCIAL, stakeholderId: s3.id, plan: 'ASSOCIATE', status: 'APPROVED' },
    ],
  });
  const partnership = (kind: 'DATA' | 'PROGRAMME', status: 'ACTIVE' | 'PROPOSED') => ({
    proposerId: s1.id,
    partnerId: s3.id,
    hubId: SOCIAL,
    kind,
    status,
    title: `${kind} ${status}`,
    summary: 'A partnership of the stats park.',
    policyAreas: [],
    startsOn: new Date('2031-01-01'),
  });
  await prisma.partnership.createMany({
    data: [
      partnership('DATA', 'ACTIVE'),
      partnership('PROGRAMME', 'ACTIVE'),
      partnership('PROGRAMME', 'PROPOSED'),
    ],
  });

  const weekdays = [1, 2, 3, 4, 5].map((weekday) => ({
    weekday,
    opensMinute: 540,
    closesMinute: 1080,
  }));
  const allDay = [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({
    weekday,
    opensMinute: 0,
    closesMinute: 1440,
  }));
  const space = (
    hubId: string,
    name: string,
    hours: typeof weekdays,
    archivedAt: Date | null = null,
  ) =>
    prisma.space.create({
      data: {
        hubId,
        name,
        kind: 'MEETING_ROOM',
        capacity: 8,
        amenities: [],
        archivedAt,
        openingHours: { create: hours },
      },
    });
  const room = await space(YOUTH, 'Room A', weekdays);
  const archived = await space(YOUTH, 'Old room', weekdays, at('2031-02-01T00:00:00'));
  const hall = await space(SOCIAL, 'Hall', allDay);
  const booking = (spaceId: string, starts: string, ends: string, status: string) => ({
    spaceId,
    bookerId: memberId,
    startsAt: at(starts),
    endsAt: at(ends),
    blockedUntil: at(ends),
    purpose: 'Stats',
    attendees: 2,
    status: status as 'CONFIRMED',
  });
  await prisma.booking.createMany({
    data: [
      booking(room.id, '2031-03-03T10:00:00', '2031-03-03T12:00:00', 'CONFIRMED'), // 2 h
      booking(room.id, '2031-03-04T09:00:00', '2031-03-04T13:00:00', 'CHECKED_IN'), // 4 h
      booking(room.id, '2031-03-05T14:00:00', '2031-03-05T17:00:00', 'PENDING'), // 3 h
      booking(room.id, '2031-03-06T10:00:00', '2031-03-06T11:00:00', 'NO_SHOW'),
      booking(room.id, '2031-03-07T10:00:00', '2031-03-07T12:00:00', 'CANCELLED'),
      booking(room.id, '2031-02-28T10:00:00', '2031-02-28T12:00:00', 'CONFIRMED'), // last week
      booking(archived.id, '2031-03-03T10:00:00', '2031-03-03T18:00:00', 'CONFIRMED'),
      // 16 h 48 min = 16.8 h of the hall's 168 open hours.
      booking(hall.id, '2031-03-08T06:00:00', '2031-03-08T22:48:00', 'CONFIRMED'),
    ],
  });

  const project = (hubId: string, status: string, title: string, funded = 0) =>
    prisma.project.create({
      data: {
        hubId,
        leadStakeholderId: hubId === YOUTH ? s1.id : s3.id,
        title,
        summary: 'A project of the stats park.',
        policyAreas: [],
        requestedBudget: 10_000_000,
        fundedAmount: funded,
        status: status as 'PROPOSED',
      },
    });
  const pa = await project(YOUTH, 'IN_PROGRESS', 'Job placements', 5_000_000);
  const pb = await project(YOUTH, 'IN_PROGRESS', 'Tree planting');
  await project(YOUTH, 'PROPOSED', 'Not yet reviewed');
  const pd = await project(SOCIAL, 'FUNDED', 'Co-op market', 5_000_000);
  await prisma.fundingAllocation.createMany({
    data: [
      {
        projectId: pd.id,
        source: 'MUNICIPAL_BUDGET',
        amount: 5_000_000,
        createdAt: at('2031-03-04T10:00:00'),
      },
      {
        projectId: pa.id,
        source: 'GRANT',
        amount: 2_000_000,
        createdAt: at('2031-03-09T23:59:00'),
      },
      {
        projectId: pa.id,
        source: 'MUNICIPAL_BUDGET',
        amount: 3_000_000,
        createdAt: at('2031-03-02T23:59:00'),
      },
    ],
  });
  const outcome = (
    projectId: string,
    indicator: string,
    value: number,
    unit: string,
    policyArea: string,
    when: string,
  ) => ({
    projectId,
    indicator,
    value,
    unit,
    policyArea: policyArea as 'ECONOMY_JOBS',
    recordedAt: at(when),
  });
  await prisma.outcome.createMany({
    data: [
      outcome(pa.id, 'Young people placed', 10, 'people', 'ECONOMY_JOBS', '2031-03-03T00:00:00'),
      outcome(pb.id, 'Young people placed', 5, 'people', 'ECONOMY_JOBS', '2031-03-05T12:00:00'),
      outcome(pb.id, 'Trees planted', 120, 'trees', 'ENVIRONMENT_CLIMATE', '2031-03-06T12:00:00'),
      outcome(pa.id, 'Young people placed', 7, 'people', 'ECONOMY_JOBS', '2031-03-10T00:00:00'),
    ],
  });
}

/** More of everything, outside the week: the statement count must not move. */
async function growPark(): Promise<void> {
  const prisma = api.prisma;
  const [lead] = await prisma.stakeholder.findMany({ take: 1 });
  const [room] = await prisma.space.findMany({ where: { name: 'Room A' } });
  const [booker] = await prisma.user.findMany({ take: 1 });
  for (let n = 0; n < 40; n += 1) {
    const p = await prisma.project.create({
      data: {
        hubId: [YOUTH, SOCIAL, LOCAL][n % 3],
        leadStakeholderId: lead.id,
        title: `More ${n}`,
        summary: 'Growth.',
        policyAreas: [],
        requestedBudget: 1_000,
        fundedAmount: 1_000,
        status: 'FUNDED',
        allocations: {
          create: { source: 'PARTNER', amount: 1_000, createdAt: at('2030-06-01T00:00:00') },
        },
        outcomes: {
          create: {
            indicator: `Indicator ${n}`,
            value: n,
            unit: 'u',
            policyArea: 'HEALTH',
            recordedAt: at('2030-06-01T00:00:00'),
          },
        },
      },
    });
    await prisma.booking.create({
      data: {
        spaceId: room.id,
        bookerId: booker.id,
        startsAt: at(
          `2031-04-${String(1 + (n % 28)).padStart(2, '0')}T${String(9 + Math.floor(n / 28)).padStart(2, '0')}:00:00`,
        ),
        endsAt: at(
          `2031-04-${String(1 + (n % 28)).padStart(2, '0')}T${String(10 + Math.floor(n / 28)).padStart(2, '0')}:00:00`,
        ),
        blockedUntil: at(
          `2031-04-${String(1 + (n % 28)).padStart(2, '0')}T${String(10 + Math.floor(n / 28)).padStart(2, '0')}:00:00`,
        ),
        purpose: `Growth ${p.id}`,
        attendees: 1,
        status: 'CONFIRMED',
      },
    });
  }
}
