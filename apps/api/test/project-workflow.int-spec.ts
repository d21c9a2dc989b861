import { ProjectStatus } from '@park/platform/database';
import { refused, ok } from './support/partnerships';
import { Move, ProjectWorld, Variables, Who } from './support/projects';

/** What the caller's query finds: a refused mutation tells no more (see Cast.refusalFor). */
const SEEN = 'query ($id: ID!) { project(id: $id) { id } }';

// Projects through GraphQL: proposing (and the rules a proposal keeps), every move by every role,
// moves the flow does not allow, the team, funding (with concurrent allocations) and who hears
// of each step. Review, committees, milestones, outcomes and reading: project-review.int-spec.ts.

const ROLES: Who[] = [
  'leadOwner',
  'leadAdmin',
  'leadMember',
  'teamMember',
  'reviewer1',
  'hubManager',
  'otherHubStaff',
  'parkAdmin',
  'stranger',
  'anonymous',
];
const STAFF: Who[] = ['hubManager', 'hubCoordinator', 'parkAdmin'];
const RUNNERS: Who[] = ['leadOwner', 'leadAdmin', ...STAFF];

/** The table of docs/api.md: where each move starts, where it leads, and who may make it. */
const TABLE: Record<Move, { from: string[]; to: string; by: Who[] }> = {
  assignReview: { from: ['PROPOSED'], to: 'IN_REVIEW', by: STAFF },
  approve: { from: ['IN_REVIEW'], to: 'APPROVED', by: STAFF },
  reject: { from: ['IN_REVIEW'], to: 'REJECTED', by: STAFF },
  requestChanges: { from: ['IN_REVIEW'], to: 'PROPOSED', by: STAFF },
  fund: { from: ['APPROVED'], to: 'FUNDED', by: STAFF },
  start: { from: ['FUNDED'], to: 'IN_PROGRESS', by: RUNNERS },
  complete: { from: ['IN_PROGRESS'], to: 'COMPLETED', by: RUNNERS },
  cancel: {
    from: ['PROPOSED', 'IN_REVIEW', 'APPROVED', 'FUNDED', 'IN_PROGRESS'],
    to: 'CANCELLED',
    by: RUNNERS,
  },
};
const STATES: string[] = Object.values(ProjectStatus);

let world: ProjectWorld;

beforeAll(async () => {
  world = await ProjectWorld.start();
}, 60_000);
afterAll(() => world.close());

describe('proposing a project', () => {
  it('creates it PROPOSED, with the proposer as PROJECT_MANAGER, a history step, an audit row and notices to the hub’s staff', async () => {
    const data = ok(
      await world.propose({ title: '  Youth job map  ', requestedBudget: 12_500_000 }),
    );

    const created = data.proposeProject;
    expect(created).toMatchObject({
      status: 'PROPOSED',
      title: 'Youth job map',
      requestedBudget: 12_500_000,
      fundedAmount: 0,
      policyAreas: ['ECONOMY_JOBS'],
      hub: { slug: 'youth-hub' },
      leadStakeholder: { id: world.leadId },
    });
    const team = await world.api.prisma.projectMember.findMany({
      where: { projectId: created.id },
    });
    expect(team.map((m) => [m.userId, m.role])).toEqual([
      [world.userIds.leadOwner, 'PROJECT_MANAGER'],
    ]);
    const events = await world.api.prisma.workflowEvent.findMany({
      where: { entityId: created.id },
    });
    expect(events).toEqual([
      expect.objectContaining({
        entityType: 'Project',
        action: 'create',
        fromState: null,
        toState: 'PROPOSED',
        actorId: world.userIds.leadOwner,
      }),
    ]);
    const audit = await world.api.prisma.auditLogEntry.findMany({
      where: { entityId: created.id },
    });
    expect(audit.map((row) => row.action)).toEqual(['Project.create']);
    expect(await world.notified(created.id, 'PROJECT_PROPOSED')).toEqual([
      'hubCoordinator',
      'hubManager',
    ]);
  });

  it('lets the lead stakeholder’s ADMIN propose as well', async () => {
    ok(await world.propose({}, 'leadAdmin'));
  });

  it.each<[string, Variables, string[]]>([
    ['a two-letter title', { title: 'ab' }, ['title']],
    ['a short summary', { summary: 'tiny' }, ['summary']],
    ['a budget of 0 won', { requestedBudget: 0 }, ['requestedBudget']],
    ['a budget with fractions of a won', { requestedBudget: 10.5 }, ['requestedBudget']],
    ['a budget past 2^53 − 1', { requestedBudget: 2 ** 53 }, ['requestedBudget']],
    ['a budget as a string', { requestedBudget: '1000' }, ['requestedBudget']],
    ['a repeated policy area', { policyAreas: ['HEALTH', 'HEALTH'] }, ['policyAreas']],
    ['a hub id that is not an ID', { hubId: 'youth' }, ['hubId']],
  ])('refuses %s as BAD_USER_INPUT naming the field, creating nothing', async (_s, bad, fields) => {
    const before = await world.snapshot();

    const error = refused(await world.propose(bad));

    expect(error.extensions.code).toBe('BAD_USER_INPUT');
    expect(error.extensions.fields).toEqual(fields);
    expect(await world.snapshot()).toEqual(before);
  });

  it('refuses a stakeholder without an APPROVED membership of the hub, naming it', async () => {
    const before = await world.snapshot();

    const error = refused(
      await world.propose({ leadStakeholderId: world.outsiderStakeholderId }, 'stranger'),
    );

    expect(error.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: ['leadStakeholderId'],
    });
    expect(await world.snapshot()).toEqual(before);
  });

  it.each<[Who, string]>([
    ['leadMember', 'FORBIDDEN'],
    ['hubManager', 'FORBIDDEN'],
    ['parkAdmin', 'FORBIDDEN'],
    ['stranger', 'FORBIDDEN'],
    ['anonymous', 'UNAUTHENTICATED'],
  ])('refuses a proposal for the lead by %s with %s, creating nothing', async (who, code) => {
    const before = await world.snapshot();

    expect(refused(await world.propose({}, who)).extensions.code).toBe(code);
    expect(await world.snapshot()).toEqual(before);
  });

  it('answers NOT_FOUND for an unknown hub or stakeholder', async () => {
    const unknown = '00000000-0000-4000-8000-000000000001';
    expect(refused(await world.propose({ hubId: unknown })).extensions.code).toBe('NOT_FOUND');
    expect(refused(await world.propose({ leadStakeholderId: unknown })).extensions.code).toBe(
      'NOT_FOUND',
    );
  });
});

describe('every move by every role', () => {
  const cases = (Object.keys(TABLE) as Move[]).flatMap((move) =>
    ROLES.map((who) => [move, who] as const),
  );

  it.each(cases)('%s by %s', async (move, who) => {
    const { from, to, by } = TABLE[move];
    const id = await world.inState(from[0]);
    await world.addTeamMember(id);
    const before = await world.snapshot(id);
    const refusal = await world.refusalFor(who, SEEN, id);

    const response = await world.move(who, move, id);

    if (by.includes(who)) {
      expect(Object.values(ok(response))[0]).toEqual({ id, status: to });
      const last = await world.api.prisma.workflowEvent.findFirstOrThrow({
        where: { entityId: id },
        orderBy: [{ at: 'desc' }, { id: 'desc' }],
      });
      expect(last).toMatchObject({ action: move, fromState: from[0], toState: to });
      expect(last.actorId).toBe(world.userIds[who as Exclude<Who, 'anonymous'>]);
      const audit = await world.api.prisma.auditLogEntry.findFirst({
        where: { entityId: id, action: `Project.${move}` },
      });
      expect(audit?.actorId).toBe(world.userIds[who as Exclude<Who, 'anonymous'>]);
    } else {
      expect(refused(response).extensions.code).toBe(refusal);
      expect(await world.snapshot(id)).toEqual(before);
    }
  });
});

describe('moves the flow does not allow', () => {
  const fixtures: Record<string, string> = {};

  beforeAll(async () => {
    for (const state of STATES) fixtures[state] = await world.inState(state);
  }, 60_000);

  const cases = (Object.keys(TABLE) as Move[]).flatMap((move) =>
    STATES.filter((state) => !TABLE[move].from.includes(state)).map(
      (state) => [move, state] as const,
    ),
  );

  it.each(cases)('refuses to %s a %s project, changing nothing', async (move, state) => {
    const id = fixtures[state];
    const before = await world.snapshot(id);

    const error = refused(await world.move('parkAdmin', move, id));

    const action = move === 'fund' ? 'allocateFunding' : move;
    expect(error.extensions).toMatchObject({ code: 'INVALID_TRANSITION', state, action });
    expect(await world.snapshot(id)).toEqual(before);
  });

  it('answers NOT_FOUND for an unknown project and BAD_USER_INPUT for a malformed id', async () => {
    const missing = refused(
      await world.move('hubManager', 'start', '00000000-0000-4000-8000-000000000009'),
    );
    const malformed = refused(await world.move('hubManager', 'start', 'p-1'));

    expect(missing.extensions.code).toBe('NOT_FOUND');
    expect(malformed.extensions.code).toBe('BAD_USER_INPUT');
  });

  it('requires a note to request changes, and shows it to the team back in PROPOSED', async () => {
    const id = await world.inState('IN_REVIEW');
    const before = await world.snapshot(id);
    const noNote = refused(
      await world.gql(
        `mutation ($id: ID!) { decideProject(projectId: $id, decision: REQUEST_CHANGES) { id } }`,
        { id },
        'hubManager',
      ),
    );
    expect(noNote.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['note'] });
    expect(await world.snapshot(id)).toEqual(before);

    ok(await world.move('hubManager', 'requestChanges', id));

    const { project } = ok(
      await world.gql<{ project: { status: string; decisionNote: string } }>(
        `query ($id: ID!) { project(id: $id) { status decisionNote } }`,
        { id },
        'leadOwner',
      ),
    );
    expect(project).toEqual({ status: 'PROPOSED', decisionNote: 'Please cut the budget' });
    expect(await world.notified(id, 'PROJECT_REQUEST_CHANGES')).toEqual(['leadAdmin', 'leadOwner']);
  });
});

describe('the team', () => {
  const ADD = `mutation ($projectId: ID!, $userId: ID!, $role: ProjectRole!) {
    addProjectMember(projectId: $projectId, userId: $userId, role: $role) { id team { role user { id } } } }`;

  it.each<[Who, boolean]>([
    ['leadOwner', true],
    ['leadAdmin', true],
    ['hubManager', true],
    ['parkAdmin', true],
    ['leadMember', false],
    ['reviewer1', false],
    ['otherHubStaff', false],
    ['stranger', false],
  ])('adding someone as %s: allowed %s', async (who, allowed) => {
    const id = ok(await world.propose()).proposeProject.id;
    const before = await world.snapshot(id);
    const refusal = await world.refusalFor(who, SEEN, id);

    const response = await world.gql<{ addProjectMember: { team: unknown[] } }>(
      ADD,
      { projectId: id, userId: world.userIds.teamMember, role: 'DATA_SCIENTIST' },
      who,
    );

    if (allowed) {
      expect(ok(response).addProjectMember.team).toContainEqual({
        role: 'DATA_SCIENTIST',
        user: { id: world.userIds.teamMember },
      });
      expect(await world.notified(id, 'PROJECT_TEAM_JOINED')).toEqual(['teamMember']);
    } else {
      expect(refused(response).extensions.code).toBe(refusal);
      expect(await world.snapshot(id)).toEqual(before);
    }
  });

  it('refuses the same person twice (CONFLICT), an unknown person (NOT_FOUND) and an unknown role', async () => {
    const id = ok(await world.propose()).proposeProject.id;
    const add = (userId: unknown, role = 'ENGINEER') =>
      world.gql(ADD, { projectId: id, userId, role }, 'leadOwner');

    expect(refused(await add(world.userIds.leadOwner)).extensions.code).toBe('CONFLICT');
    expect(refused(await add('00000000-0000-4000-8000-000000000002')).extensions.code).toBe(
      'NOT_FOUND',
    );
    expect(refused(await add(world.userIds.teamMember, 'MASCOT')).extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
    });
  });
});

describe('funding', () => {
  const ALLOCATE = `mutation ($projectId: ID!, $source: FundingSource!, $amount: Won!) {
    allocateFunding(projectId: $projectId, source: $source, amount: $amount) {
      status fundedAmount funding { source amount } } }`;
  const allocate = (
    projectId: string,
    amount: unknown,
    source = 'GRANT',
    who: Who = 'hubManager',
  ) =>
    world.gql<{ allocateFunding: { status: string; fundedAmount: number; funding: unknown[] } }>(
      ALLOCATE,
      { projectId, amount, source },
      who,
    );

  it('stays APPROVED while allocations fall short, and becomes FUNDED once they cover the request', async () => {
    const id = await world.inState('APPROVED');
    await world.addTeamMember(id);

    const first = ok(await allocate(id, 6_000_000, 'MUNICIPAL_BUDGET')).allocateFunding;
    const second = ok(await allocate(id, 4_000_000, 'PARTNER')).allocateFunding;

    expect(first).toMatchObject({ status: 'APPROVED', fundedAmount: 6_000_000 });
    expect(second).toEqual({
      status: 'FUNDED',
      fundedAmount: 10_000_000,
      funding: [
        { source: 'MUNICIPAL_BUDGET', amount: 6_000_000 },
        { source: 'PARTNER', amount: 4_000_000 },
      ],
    });
    expect(await world.notified(id, 'PROJECT_FUND')).toEqual([
      'leadAdmin',
      'leadOwner',
      'teamMember',
    ]);
  });

  it.each<[string, unknown, string, string[]]>([
    ['more than the request still needs', 10_000_001, 'GRANT', ['amount']],
    ['zero won', 0, 'GRANT', ['amount']],
    ['participatory-budget money by hand', 1_000, 'PARTICIPATORY_BUDGET', ['source']],
    ['a negative amount', -5, 'GRANT', ['amount']],
  ])('refuses %s as BAD_USER_INPUT, changing nothing', async (_s, amount, source, fields) => {
    const id = await world.inState('APPROVED');
    const before = await world.snapshot(id);

    const error = refused(await allocate(id, amount, source));

    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields });
    expect(await world.snapshot(id)).toEqual(before);
  });

  it('never lets concurrent allocations pass the request', async () => {
    const id = await world.inState('APPROVED');

    // 10 × 3,000,000 at once against a request of 10,000,000: three fit, seven must be refused.
    const racing = await Promise.all(Array.from({ length: 10 }, () => allocate(id, 3_000_000)));
    // Then 10 × 1,000,000 at once: exactly one completes the request.
    const closing = await Promise.all(Array.from({ length: 10 }, () => allocate(id, 1_000_000)));

    const succeeded = (responses: typeof racing) => responses.filter((r) => !r.errors).length;
    expect(succeeded(racing)).toBe(3);
    expect(succeeded(closing)).toBe(1);
    for (const response of [...racing, ...closing].filter((r) => r.errors)) {
      expect(['BAD_USER_INPUT', 'INVALID_TRANSITION']).toContain(refused(response).extensions.code);
    }
    const project = await world.api.prisma.project.findUniqueOrThrow({
      where: { id },
      include: { allocations: true },
    });
    expect(project.fundedAmount).toBe(10_000_000n);
    expect(project.allocations.reduce((sum, a) => sum + a.amount, 0n)).toBe(10_000_000n);
    expect(project.status).toBe('FUNDED');
    const funds = await world.api.prisma.workflowEvent.count({
      where: { entityId: id, action: 'fund' },
    });
    expect(funds).toBe(1);
  });

  it('refuses staff of another hub and the team', async () => {
    const id = await world.inState('APPROVED');
    for (const who of ['otherHubStaff', 'leadOwner', 'stranger'] as Who[]) {
      expect(refused(await allocate(id, 1_000, 'GRANT', who)).extensions.code).toBe(
        await world.refusalFor(who, SEEN, id),
      );
    }
  });
});

describe('who hears about each step', () => {
  it.each<[string, Move, Who, string[]]>([
    ['PROPOSED', 'assignReview', 'hubManager', ['leadAdmin', 'leadOwner', 'teamMember']],
    ['IN_REVIEW', 'approve', 'hubCoordinator', ['leadAdmin', 'leadOwner', 'teamMember']],
    ['IN_REVIEW', 'reject', 'parkAdmin', ['leadAdmin', 'leadOwner', 'teamMember']],
    ['FUNDED', 'start', 'leadOwner', ['hubCoordinator', 'hubManager', 'leadAdmin', 'teamMember']],
    [
      'IN_PROGRESS',
      'complete',
      'leadAdmin',
      ['hubCoordinator', 'hubManager', 'leadOwner', 'teamMember'],
    ],
    [
      'APPROVED',
      'cancel',
      'hubManager',
      ['hubCoordinator', 'leadAdmin', 'leadOwner', 'teamMember'],
    ],
  ])('from %s, %s by %s tells %j', async (state, move, who, recipients) => {
    const id = await world.inState(state);
    await world.addTeamMember(id);

    ok(await world.move(who, move, id));

    const kind = `PROJECT_${move.replace(/[A-Z]/g, (c) => `_${c}`).toUpperCase()}`;
    expect(await world.notified(id, kind)).toEqual(recipients);
  });

  it('tells the committee’s members when a project is assigned to them', async () => {
    const id = await world.inState('IN_REVIEW');

    expect(await world.notified(id, 'PROJECT_REVIEW_ASSIGNED')).toEqual([
      'reviewer1',
      'reviewer2',
      'reviewer3',
    ]);
  });
});
