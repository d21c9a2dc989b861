import {
  PartnershipKind,
  PartnershipStatus,
  PolicyArea,
  PrismaClient,
  ProjectStatus,
  StakeholderKind,
} from '@park/platform/database';
import { createTestDatabase, TestDatabase } from '@park/platform/testing';
import { PrismaPg } from '@prisma/adapter-pg';
import { seedPark } from './seed-park';

const TABLES = [
  'users',
  'hubs',
  'hub_staff',
  'stakeholders',
  'stakeholder_members',
  'memberships',
  'partnerships',
  'partnership_data_sharing',
  'partnership_comments',
  'committees',
  'committee_members',
  'projects',
  'project_members',
  'project_reviews',
  'funding_allocations',
  'milestones',
  'outcomes',
  'budget_rounds',
  'budget_round_projects',
  'ballots',
  'ballot_choices',
  'budget_results',
  'workflow_events',
];

async function tableContents(prisma: PrismaClient): Promise<Record<string, unknown[]>> {
  const entries = await Promise.all(
    TABLES.map(async (table) => [
      table,
      // Everything but updated_at, which the seed sets to the time of writing; ordered by the
      // whole row, since not every table has an id column.
      await prisma.$queryRawUnsafe(
        `SELECT to_jsonb(t) - 'updated_at' AS row FROM "${table}" t ORDER BY 1`,
      ),
    ]),
  );
  return Object.fromEntries(entries);
}

describe('seeding the park', () => {
  let database: TestDatabase;
  let prisma: PrismaClient;
  const log = jest.fn();
  const admin = { email: 'Admin@Park.example', password: 'seed-admin-password' };

  beforeAll(async () => {
    database = await createTestDatabase();
    prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: database.url }) });
  });
  afterAll(async () => {
    await prisma.$disconnect();
    await database.drop();
  });

  it('creates the park once, and changes nothing when run again', async () => {
    const first = await seedPark(prisma, { admin, demo: true, log });
    expect(first.adminCreated).toBe(true);
    expect(first.inserted.stakeholders).toBeGreaterThanOrEqual(240);
    const before = await tableContents(prisma);

    const second = await seedPark(prisma, { admin, demo: true, log });

    expect(second.adminCreated).toBe(false);
    expect(Object.values(second.inserted).every((rows) => rows === 0)).toBe(true);
    expect(await tableContents(prisma)).toEqual(before);
    expect(log).toHaveBeenCalledWith('park admin admin@park.example: already present, unchanged');
  });

  it('gives the park its three hubs with Korean names, and two staff each', async () => {
    const hubs = await prisma.hub.findMany({ include: { staff: true }, orderBy: { slug: 'asc' } });
    expect(hubs.map((hub) => [hub.slug, hub.nameKo, hub.staff.length])).toEqual([
      ['local-community-centre', '서울시마을공동체종합지원센터', 2],
      ['social-economy-centre', '서울시사회적경제지원센터', 2],
      ['youth-hub', '서울청년허브', 2],
    ]);
  });

  it('spreads stakeholders over every kind and policy area, each with one to three people', async () => {
    const stakeholders = await prisma.stakeholder.findMany({ include: { members: true } });
    expect(new Set(stakeholders.map((s) => s.kind))).toEqual(
      new Set(Object.values(StakeholderKind)),
    );
    expect(new Set(stakeholders.flatMap((s) => s.policyAreas))).toEqual(
      new Set(Object.values(PolicyArea)),
    );
    for (const stakeholder of stakeholders) {
      expect(stakeholder.members.length).toBeGreaterThanOrEqual(1);
      expect(stakeholder.members.length).toBeLessThanOrEqual(3);
      expect(stakeholder.members.filter((member) => member.role === 'OWNER')).toHaveLength(1);
    }
    const korean = stakeholders.filter((s) => /[가-힣]/.test(s.name));
    expect(korean.length).toBeGreaterThan(stakeholders.length / 3);
    expect(stakeholders.length - korean.length).toBeGreaterThan(stakeholders.length / 3);
  });

  it('gives every hub approved members and a non-empty staff queue', async () => {
    const byHubAndStatus = await prisma.membership.groupBy({
      by: ['hubId', 'status'],
      _count: true,
    });
    const hubs = await prisma.hub.findMany();
    for (const hub of hubs) {
      const statuses = byHubAndStatus
        .filter((row) => row.hubId === hub.id)
        .map((row) => row.status);
      expect(statuses).toEqual(expect.arrayContaining(['APPROVED', 'SUBMITTED']));
    }
  });

  it('has memberships in every state, each with the history that led there', async () => {
    const memberships = await prisma.membership.findMany();
    expect(new Set(memberships.map((m) => m.status))).toEqual(
      new Set([
        'SUBMITTED',
        'UNDER_REVIEW',
        'APPROVED',
        'SUSPENDED',
        'REJECTED',
        'WITHDRAWN',
        'ENDED',
      ]),
    );
    const events = await prisma.workflowEvent.findMany({
      where: { entityType: 'Membership' },
      orderBy: [{ at: 'asc' }, { id: 'asc' }],
    });
    for (const membership of memberships) {
      const steps = events.filter((event) => event.entityId === membership.id);
      expect(steps[0]).toMatchObject({ action: 'create', fromState: null, toState: 'SUBMITTED' });
      expect(steps.at(-1)?.toState).toBe(membership.status);
      steps.slice(1).forEach((step, index) => expect(step.fromState).toBe(steps[index].toState));
    }
  });

  it('has partnerships of every kind in every state, each with the history that led there', async () => {
    const partnerships = await prisma.partnership.findMany({ include: { dataSharing: true } });
    const pairs = new Set(partnerships.map((p) => `${p.kind}:${p.status}`));
    for (const kind of Object.values(PartnershipKind)) {
      for (const status of Object.values(PartnershipStatus)) {
        expect(pairs).toContain(`${kind}:${status}`);
      }
    }
    const events = await prisma.workflowEvent.findMany({
      where: { entityType: 'Partnership' },
      orderBy: [{ at: 'asc' }, { id: 'asc' }],
    });
    for (const partnership of partnerships) {
      expect(partnership.proposerId).not.toBe(partnership.partnerId);
      expect(partnership.dataSharing !== null).toBe(partnership.kind === 'DATA');
      const steps = events.filter((event) => event.entityId === partnership.id);
      expect(steps[0]).toMatchObject({ action: 'create', fromState: null, toState: 'PROPOSED' });
      expect(steps[0].actorId).toBe(partnership.proposedById);
      expect(steps.at(-1)?.toState).toBe(partnership.status);
      steps.slice(1).forEach((step, index) => expect(step.fromState).toBe(steps[index].toState));
    }
    expect(partnerships.some((p) => p.dataSharing?.personalData)).toBe(true);
    expect(await prisma.partnershipComment.count()).toBeGreaterThan(0);
  });

  it('has projects in every state in every hub, each with the history that led there', async () => {
    const projects = await prisma.project.findMany({ include: { allocations: true } });
    const hubs = await prisma.hub.findMany();
    for (const hub of hubs) {
      const states = new Set(projects.filter((p) => p.hubId === hub.id).map((p) => p.status));
      expect(states).toEqual(new Set(Object.values(ProjectStatus)));
    }
    const events = await prisma.workflowEvent.findMany({
      where: { entityType: 'Project' },
      orderBy: [{ at: 'asc' }, { id: 'asc' }],
    });
    for (const project of projects) {
      const steps = events.filter((event) => event.entityId === project.id);
      expect(steps[0]).toMatchObject({ action: 'create', fromState: null, toState: 'PROPOSED' });
      expect(steps[0].actorId).toBe(project.proposedById);
      expect(steps.at(-1)?.toState).toBe(project.status);
      steps.slice(1).forEach((step, index) => expect(step.fromState).toBe(steps[index].toState));
      // What the allocations add up to is the funded amount; funded projects are covered.
      const allocated = project.allocations.reduce((sum, a) => sum + a.amount, 0n);
      expect(allocated).toBe(project.fundedAmount);
      const covered = ['FUNDED', 'IN_PROGRESS', 'COMPLETED'].includes(project.status);
      expect(project.fundedAmount).toBe(covered ? project.requestedBudget : 0n);
    }
    expect(await prisma.projectReview.count()).toBeGreaterThan(0);
    expect(await prisma.outcome.count()).toBeGreaterThan(0);
  });

  it('has a committee per hub with members, and one TALLIED round with its results', async () => {
    const committees = await prisma.committee.findMany({ include: { members: true } });
    expect(committees).toHaveLength(3);
    for (const committee of committees) expect(committee.members.length).toBeGreaterThan(0);
    const [round] = await prisma.budgetRound.findMany({
      include: { results: { orderBy: { rank: 'asc' } }, projects: true, ballots: true },
    });
    expect(round).toMatchObject({ status: 'TALLIED', tallyMethod: 'EQUAL_SHARES' });
    expect(round.projects).toHaveLength(5);
    expect(round.ballots.length).toBeGreaterThan(0);
    expect(round.results).toHaveLength(5);
    const winners = round.results.filter((result) => result.funded);
    expect(winners.length).toBeGreaterThan(0);
    // Each result says why as data, as a tally writes it.
    expect(round.results.map((r) => r.funded)).toEqual(
      round.results.map((r) => r.reasonCode.startsWith('FUNDED')),
    );
    expect(round.results.every((r) => r.cost !== null)).toBe(true);
    expect(winners.reduce((sum, r) => sum + r.amount, 0n)).toBeLessThanOrEqual(round.totalBudget);
    const funded = await prisma.project.findMany({
      where: { id: { in: winners.map((w) => w.projectId) } },
    });
    expect(funded.every((project) => project.status === 'FUNDED')).toBe(true);
    const history = await prisma.workflowEvent.findMany({
      where: { entityId: round.id },
      orderBy: { at: 'asc' },
    });
    expect(history.map((event) => event.toState)).toEqual([
      'DRAFT',
      'OPEN_FOR_PROPOSALS',
      'VOTING',
      'CLOSED',
      'TALLIED',
    ]);
  });

  it('seeds only the hubs and the admin when the demo park is off', async () => {
    const bare = await createTestDatabase();
    const client = new PrismaClient({ adapter: new PrismaPg({ connectionString: bare.url }) });
    try {
      await seedPark(client, { admin, demo: false, log });
      expect(await client.hub.count()).toBe(3);
      expect(await client.user.count()).toBe(1);
      expect(await client.stakeholder.count()).toBe(0);
    } finally {
      await client.$disconnect();
      await bare.drop();
    }
  });
});
