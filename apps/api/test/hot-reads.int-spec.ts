import { HubService, StakeholderOrder, StakeholderRepository } from '@park/directory';
import { UserLoaders } from '@park/identity';
import { MembershipRepository } from '@park/membership';
import { startDemoPark } from './support/demo-park';
import { TestApi } from './support/test-api';

/**
 * The directory's hottest reads skip Prisma's engine (PrismaService.rows, plain `pg`). They must
 * still return exactly Prisma's rows: same fields, types, nulls and order, so nobody downstream
 * can tell, and a column added to a model without adding it here fails this file.
 */
describe('hot reads return what Prisma returns', () => {
  let api: TestApi;
  let stakeholders: StakeholderRepository;
  let ids: string[];

  beforeAll(async () => {
    ({ api } = await startDemoPark(40));
    stakeholders = api.app.get(StakeholderRepository);
    ids = (await api.prisma.stakeholder.findMany({ select: { id: true } })).map((row) => row.id);
    // Nulls and empty values too: an optional field left unset on some rows.
    await api.prisma.stakeholder.updateMany({
      where: { id: { in: ids.slice(0, 5) } },
      data: { website: null, contactEmail: null, tags: [] },
    });
  });

  afterAll(() => api.close());

  it('reads stakeholders by id as findMany does', async () => {
    const sorted = (rows: { id: string }[]) => [...rows].sort((a, b) => a.id.localeCompare(b.id));
    expect(sorted(await stakeholders.findByIds(ids))).toEqual(
      sorted(await api.prisma.stakeholder.findMany({ where: { id: { in: ids } } })),
    );
    expect(await stakeholders.findById(ids[3])).toEqual(
      await api.prisma.stakeholder.findUnique({ where: { id: ids[3] } }),
    );
  });

  it('reads members in findMany’s order: owners, admins, members, earliest first', async () => {
    const rows = await stakeholders.membersOf(ids);
    expect(rows.length).toBeGreaterThan(ids.length);
    expect(rows).toEqual(
      await api.prisma.stakeholderMember.findMany({
        where: { stakeholderId: { in: ids } },
        orderBy: [{ role: 'asc' }, { createdAt: 'asc' }, { id: 'asc' }],
      }),
    );
  });

  it('reads memberships as findMany does', async () => {
    const rows = await api.app.get(MembershipRepository).ofStakeholders(ids);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows).toEqual(
      await api.prisma.membership.findMany({
        where: { stakeholderId: { in: ids } },
        orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
      }),
    );
  });

  it('reads the directory page with the same fields as findMany', async () => {
    const page = await stakeholders.page({ filter: {}, orderBy: StakeholderOrder.NAME, limit: 10 });
    expect(page).toHaveLength(10);
    expect(page).toEqual(
      await api.prisma.stakeholder
        .findMany({ where: { id: { in: page.map((row) => row.id) } } })
        .then((rows) => page.map((p) => rows.find((row) => row.id === p.id))),
    );
  });

  it('reads people and hubs as findMany does', async () => {
    const userIds = (await api.prisma.user.findMany({ select: { id: true }, take: 30 })).map(
      (row) => row.id,
    );
    const byId = api.app.get(UserLoaders).byId;
    // Every column but the calendar feed's secret, which only CalendarFeedSecrets reads.
    expect(await byId(userIds)).toEqual(
      await api.prisma.user
        .findMany({ where: { id: { in: userIds } }, omit: { calendarFeedSecret: true } })
        .then((rows) => userIds.map((id) => rows.find((row) => row.id === id))),
    );
    expect(await api.app.get(HubService).all()).toEqual(
      await api.prisma.hub.findMany({ orderBy: [{ kind: 'asc' }, { slug: 'asc' }] }),
    );
  });

  it('reports each hot read to statement listeners, as Prisma’s own statements are', async () => {
    const seen: { query: string; params: string }[] = [];
    api.prisma.onStatement((statement) => seen.push(statement));
    const before = api.prisma.statementCount;
    await stakeholders.membersOf(ids.slice(0, 2));
    await api.prisma.hub.findMany();
    expect(api.prisma.statementCount - before).toBe(2);
    expect(seen[0].query).toContain('FROM stakeholder_members');
    expect(JSON.parse(seen[0].params)).toEqual([ids.slice(0, 2)]);
    expect(seen[1].query).toContain('"public"."hubs"');
  });
});
