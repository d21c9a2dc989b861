import { DEMO_PASSWORD, seedPark } from '@park/seed';
import { ok } from './partnerships';
import { startTestApi, TestApi } from './test-api';

// The cast of the project stories, on a demo park of 30 stakeholders. The lead is a Youth Hub
// member stakeholder with three people (-1 OWNER, -2 ADMIN, -3 MEMBER); the reviewers are owners
// of stakeholders outside the Youth Hub; the stranger belongs to nothing the stories touch.
export type Who =
  | 'leadOwner'
  | 'leadAdmin'
  | 'leadMember'
  | 'teamMember'
  | 'reviewer1'
  | 'reviewer2'
  | 'reviewer3'
  | 'hubManager'
  | 'hubCoordinator'
  | 'otherHubStaff'
  | 'parkAdmin'
  | 'stranger'
  | 'anonymous';

export type Variables = Record<string, unknown>;
type Moved = { id: string; status: string };

export const PROJECT_FIELDS = `id status title requestedBudget fundedAmount decisionNote policyAreas
  hub { slug } leadStakeholder { id }`;

export const PROPOSE = `mutation Propose($input: ProposeProjectInput!) {
  proposeProject(input: $input) { ${PROJECT_FIELDS} } }`;

/** Each move's mutation and its arguments. */
export const MOVES = {
  assignReview: (v: Variables): [string, Variables] => [
    `mutation ($projectId: ID!, $committeeId: ID!) { assignProjectReview(projectId: $projectId, committeeId: $committeeId) { id status } }`,
    v,
  ],
  approve: (v: Variables): [string, Variables] => [
    `mutation ($projectId: ID!) { decideProject(projectId: $projectId, decision: APPROVE, note: "Go ahead") { id status } }`,
    v,
  ],
  reject: (v: Variables): [string, Variables] => [
    `mutation ($projectId: ID!) { decideProject(projectId: $projectId, decision: REJECT, note: "Not this year") { id status } }`,
    v,
  ],
  requestChanges: (v: Variables): [string, Variables] => [
    `mutation ($projectId: ID!) { decideProject(projectId: $projectId, decision: REQUEST_CHANGES, note: "Please cut the budget") { id status } }`,
    v,
  ],
  fund: (v: Variables): [string, Variables] => [
    `mutation ($projectId: ID!, $amount: Won!) { allocateFunding(projectId: $projectId, source: MUNICIPAL_BUDGET, amount: $amount, note: "City share") { id status } }`,
    v,
  ],
  start: (v: Variables): [string, Variables] => [
    `mutation ($projectId: ID!) { startProject(id: $projectId) { id status } }`,
    v,
  ],
  complete: (v: Variables): [string, Variables] => [
    `mutation ($projectId: ID!) { completeProject(id: $projectId, note: "Done") { id status } }`,
    v,
  ],
  cancel: (v: Variables): [string, Variables] => [
    `mutation ($projectId: ID!) { cancelProject(id: $projectId, reason: "No longer needed") { id status } }`,
    v,
  ],
} as const;
export type Move = keyof typeof MOVES;

/** The API on a seeded demo park, signed in as everyone in the cast. */
export class ProjectWorld {
  readonly tokens: Partial<Record<Who, string>> = {};
  readonly userIds: Partial<Record<Who, string>> = {};
  hubId: string;
  otherHubId: string;
  leadId: string;
  /** A stakeholder of the stranger's that is not an APPROVED Youth Hub member. */
  outsiderStakeholderId: string;
  committeeId: string;
  private counter = 0;

  private constructor(readonly api: TestApi) {}

  static async start(): Promise<ProjectWorld> {
    const world = new ProjectWorld(await startTestApi());
    await seedPark(world.api.prisma, {
      admin: { email: 'admin@parkcommons.example', password: DEMO_PASSWORD },
      demo: true,
      stakeholders: 30,
      log: () => undefined,
    });
    await world.cast();
    return world;
  }

  close(): Promise<void> {
    return this.api.close();
  }

  as(who: Who): { token?: string } {
    return { token: who === 'anonymous' ? undefined : this.tokens[who] };
  }

  gql<T = Record<string, Moved>>(query: string, variables: Variables, who: Who) {
    return this.api.graphql.execute<T>(query, variables, this.as(who));
  }

  proposal(overrides: Variables = {}): Variables {
    this.counter += 1;
    return {
      hubId: this.hubId,
      leadStakeholderId: this.leadId,
      title: `Youth job map ${this.counter}`,
      summary: 'A map of first jobs and internships, made with young people in Eunpyeong.',
      policyAreas: ['ECONOMY_JOBS'],
      requestedBudget: 10_000_000,
      ...overrides,
    };
  }

  propose(overrides: Variables = {}, who: Who = 'leadOwner') {
    return this.gql<{ proposeProject: Moved & Record<string, unknown> }>(
      PROPOSE,
      { input: this.proposal(overrides) },
      who,
    );
  }

  move(who: Who, move: Move, projectId: string, extra: Variables = {}) {
    const [query, variables] = MOVES[move]({
      projectId,
      committeeId: this.committeeId,
      amount: 10_000_000,
      ...extra,
    });
    return this.gql(query, variables, who);
  }

  /** A new project (of `overrides`), driven by the right people to `status`. */
  async inState(status: string, overrides: Variables = {}): Promise<string> {
    const id = ok(await this.propose(overrides)).proposeProject.id;
    const budget = (overrides.requestedBudget as number | undefined) ?? 10_000_000;
    const paths: Record<string, [Who, Move][]> = {
      PROPOSED: [],
      IN_REVIEW: [['hubManager', 'assignReview']],
      APPROVED: [
        ['hubManager', 'assignReview'],
        ['hubManager', 'approve'],
      ],
      FUNDED: [
        ['hubManager', 'assignReview'],
        ['hubManager', 'approve'],
        ['hubManager', 'fund'],
      ],
      IN_PROGRESS: [
        ['hubManager', 'assignReview'],
        ['hubManager', 'approve'],
        ['hubManager', 'fund'],
        ['leadOwner', 'start'],
      ],
      COMPLETED: [
        ['hubManager', 'assignReview'],
        ['hubManager', 'approve'],
        ['hubManager', 'fund'],
        ['leadOwner', 'start'],
        ['leadOwner', 'complete'],
      ],
      REJECTED: [
        ['hubManager', 'assignReview'],
        ['hubManager', 'reject'],
      ],
      CANCELLED: [['leadOwner', 'cancel']],
    };
    for (const [who, move] of paths[status]) ok(await this.move(who, move, id, { amount: budget }));
    return id;
  }

  async addTeamMember(projectId: string): Promise<void> {
    ok(
      await this.gql(
        `mutation ($projectId: ID!, $userId: ID!) { addProjectMember(projectId: $projectId, userId: $userId, role: ENGINEER) { id } }`,
        { projectId, userId: this.userIds.teamMember },
        'leadOwner',
      ),
    );
  }

  /** Everything a refused request must leave as it was. */
  async snapshot(id?: string) {
    const prisma = this.api.prisma;
    return {
      project: id ? await prisma.project.findUnique({ where: { id } }) : null,
      projects: await prisma.project.count(),
      team: await prisma.projectMember.count(),
      reviews: await prisma.projectReview.count(),
      allocations: await prisma.fundingAllocation.count(),
      milestones: await prisma.milestone.findMany({ orderBy: { id: 'asc' } }),
      outcomes: await prisma.outcome.count(),
      events: await prisma.workflowEvent.count(),
      audit: await prisma.auditLogEntry.count(),
      notifications: await prisma.notification.count(),
      ballots: await prisma.ballot.count(),
      choices: await prisma.ballotChoice.count(),
      rounds: await prisma.budgetRound.findMany({ orderBy: { id: 'asc' } }),
      entries: await prisma.budgetRoundProject.count(),
      results: await prisma.budgetResult.count(),
    };
  }

  /** Who of the cast was notified of `kind` about the entity. */
  async notified(entityId: string, kind: string): Promise<string[]> {
    const rows = await this.api.prisma.notification.findMany({ where: { entityId, kind } });
    const byId = new Map(Object.entries(this.userIds).map(([who, id]) => [id, who]));
    return rows.map((row) => byId.get(row.recipientId) ?? row.recipientId).sort();
  }

  private async cast(): Promise<void> {
    const prisma = this.api.prisma;
    const youth = await prisma.hub.findUniqueOrThrow({ where: { slug: 'youth-hub' } });
    this.hubId = youth.id;
    this.otherHubId = (
      await prisma.hub.findUniqueOrThrow({ where: { slug: 'social-economy-centre' } })
    ).id;
    const stakeholders = await prisma.stakeholder.findMany({
      include: {
        members: { include: { user: true }, orderBy: { role: 'asc' } },
        memberships: true,
      },
      orderBy: { name: 'asc' },
    });
    const approvedIn = (s: (typeof stakeholders)[number], hubId: string) =>
      s.memberships.some((m) => m.hubId === hubId && m.status === 'APPROVED');
    const lead = stakeholders.find(
      (s) =>
        s.members.length === 3 &&
        approvedIn(s, youth.id) &&
        !s.members[0].user.email.startsWith('member-s00001-'),
    );
    if (!lead) throw new Error('test setup: no Youth Hub stakeholder with three people');
    this.leadId = lead.id;
    const outsiders = stakeholders.filter(
      (s) => s.id !== lead.id && !s.memberships.some((m) => m.hubId === youth.id),
    );
    const emails: Partial<Record<Who, string>> = {
      leadOwner: lead.members[0].user.email,
      leadAdmin: lead.members[1].user.email,
      leadMember: lead.members[2].user.email,
      teamMember: outsiders[0].members[0].user.email,
      reviewer1: outsiders[1].members[0].user.email,
      reviewer2: outsiders[2].members[0].user.email,
      reviewer3: outsiders[3].members[0].user.email,
      stranger: outsiders[4].members[0].user.email,
      hubManager: 'youth-manager@parkcommons.example',
      hubCoordinator: 'youth-coordinator@parkcommons.example',
      otherHubStaff: 'social-economy-manager@parkcommons.example',
      parkAdmin: 'admin@parkcommons.example',
    };
    this.outsiderStakeholderId = outsiders[4].id;
    await Promise.all(
      (Object.entries(emails) as [Who, string][]).map(async ([who, email]) => {
        const data = ok(
          await this.api.graphql.execute<{ login: { accessToken: string; user: { id: string } } }>(
            `mutation Login($input: LoginInput!) { login(input: $input) { accessToken user { id } } }`,
            { input: { email, password: DEMO_PASSWORD } },
          ),
        );
        this.tokens[who] = data.login.accessToken;
        this.userIds[who] = data.login.user.id;
      }),
    );
    const { createCommittee } = ok(
      await this.gql<{ createCommittee: { id: string } }>(
        `mutation { createCommittee(input: { hubId: "${youth.id}", name: "Youth projects panel", kind: MIXED }) { id } }`,
        {},
        'hubManager',
      ),
    );
    this.committeeId = createCommittee.id;
    for (const who of ['reviewer1', 'reviewer2', 'reviewer3'] as Who[]) {
      ok(
        await this.gql(
          `mutation ($committeeId: ID!, $userId: ID!) { addCommitteeMember(committeeId: $committeeId, userId: $userId) { id } }`,
          { committeeId: this.committeeId, userId: this.userIds[who] },
          'hubManager',
        ),
      );
    }
  }
}
