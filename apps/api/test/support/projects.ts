import { Bystander, Cast } from './cast';
import { startPark } from './park';
import { NotificationKind } from '@park/platform/database';
import { ok } from './partnerships';

// The cast of the project stories, built with the park factories. The lead is a Youth Hub
// member stakeholder with three people (OWNER, ADMIN, MEMBER); the team member, the reviewers
// and the stranger own stakeholders outside the Youth Hub; the stranger's takes no part. The
// whole cast counts as verified, as the demo park's people do, so they may vote in any round.
export type Who =
  | 'leadOwner'
  | 'leadAdmin'
  | 'leadMember'
  | 'teamMember'
  | 'reviewer1'
  | 'reviewer2'
  | 'reviewer3'
  | Bystander;

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

/** Who moves a new project to each status, and how (the moves' own order). */
export const PATH_TO: Record<string, [Who, Move][]> = {
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

/** The API on an empty park, signed in as everyone in the cast. */
export class ProjectWorld extends Cast<Who> {
  hubId: string;
  otherHubId: string;
  leadId: string;
  /** A stakeholder of the stranger's that is not an APPROVED Youth Hub member. */
  outsiderStakeholderId: string;
  committeeId: string;
  private counter = 0;

  /** `env`: settings for the API under test (as startPark takes them). */
  static async start(env: Record<string, string> = {}): Promise<ProjectWorld> {
    const { api, park } = await startPark(env);
    const world = new ProjectWorld(api, park);
    const [youth, social] = [await park.hub('youth-hub'), await park.hub('social-economy-centre')];
    world.hubId = youth.id;
    world.otherHubId = social.id;
    const cast = world.cast.bind(world);
    const lead = await park.newMember(youth);
    world.leadId = lead.id;
    cast('leadOwner', lead.owner);
    cast('leadAdmin', await park.addMember(lead, 'ADMIN'));
    cast('leadMember', await park.addMember(lead, 'MEMBER'));
    for (const who of ['teamMember', 'reviewer1', 'reviewer2', 'reviewer3'] as Who[]) {
      cast(who, (await park.newStakeholder()).owner);
    }
    const outsider = await park.newStakeholder();
    world.outsiderStakeholderId = outsider.id;
    cast('stranger', outsider.owner);
    cast('hubManager', await park.manager(youth));
    cast('hubCoordinator', await park.hubStaff(youth, 'COORDINATOR'));
    cast('otherHubStaff', await park.manager(social));
    cast('parkAdmin', await park.admin());
    await api.prisma.user.updateMany({
      where: { id: { in: Object.values(world.userIds) } },
      data: { emailVerifiedAt: new Date() },
    });
    await world.committee();
    return world;
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
    for (const [who, move] of PATH_TO[status])
      ok(await this.move(who, move, id, { amount: budget }));
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
    const rows = await this.api.prisma.notification.findMany({
      where: { entityId, kind: kind as NotificationKind },
    });
    const byId = new Map(Object.entries(this.userIds).map(([who, id]) => [id, who]));
    return rows.map((row) => byId.get(row.recipientId) ?? row.recipientId).sort();
  }

  /** The Youth Hub's review committee, its three reviewers added by the hub's manager. */
  private async committee(): Promise<void> {
    const { createCommittee } = ok(
      await this.gql<{ createCommittee: { id: string } }>(
        `mutation { createCommittee(input: { hubId: "${this.hubId}", name: "Youth projects panel", kind: MIXED }) { id } }`,
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
