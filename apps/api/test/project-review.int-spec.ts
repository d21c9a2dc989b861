import { ok, refused } from './support/partnerships';
import { ProjectWorld, Who } from './support/projects';

// Committees and the review of projects (who may review, once each, privacy of reviews, the staff's
// summary, a second round after changes), milestones and outcomes, and reading projects.

const REVIEW = `mutation ($projectId: ID!, $score: Int!, $recommendation: ReviewRecommendation!, $comment: String!) {
  submitProjectReview(projectId: $projectId, score: $score, recommendation: $recommendation, comment: $comment) { id status } }`;
const READ = `query ($id: ID!) { project(id: $id) {
  id status reviews { score recommendation comment round reviewer { id } }
  reviewSummary { round reviewCount averageScore recommendations { recommendation count } pendingReviewers { id } }
  committee { id name kind members { id } }
  history { action from to actor { id } note } } }`;

let world: ProjectWorld;

beforeAll(async () => {
  world = await ProjectWorld.start();
}, 60_000);
afterAll(() => world.close());

const review = (who: Who, projectId: string, score = 4, recommendation = 'APPROVE') =>
  world.gql(REVIEW, { projectId, score, recommendation, comment: `Review by ${who}` }, who);

interface Read {
  project: {
    status: string;
    reviews: { score: number; recommendation: string; round: number; reviewer: { id: string } }[];
    reviewSummary: {
      round: number;
      reviewCount: number;
      averageScore: number | null;
      recommendations: { recommendation: string; count: number }[];
      pendingReviewers: { id: string }[];
    } | null;
    committee: { id: string; members: { id: string }[] } | null;
    history: { action: string }[];
  };
}
const read = (id: string, who: Who) => world.gql<Read>(READ, { id }, who);

describe('committees', () => {
  it('are created and filled by the hub’s staff only', async () => {
    const create = (who: Who, name: string) =>
      world.gql<{ createCommittee: { id: string; kind: string; hub: { slug: string } } }>(
        `mutation ($hubId: ID!, $name: String!) { createCommittee(input: { hubId: $hubId, name: $name, kind: CITIZEN }) { id kind hub { slug } } }`,
        { hubId: world.hubId, name },
        who,
      );
    const made = ok(await create('hubCoordinator', 'Citizens’ jury')).createCommittee;
    expect(made).toMatchObject({ kind: 'CITIZEN', hub: { slug: 'youth-hub' } });
    expect(refused(await create('parkAdmin', 'Citizens’ jury')).extensions.code).toBe('CONFLICT');
    for (const who of ['otherHubStaff', 'leadOwner', 'stranger'] as Who[]) {
      expect(refused(await create(who, `Panel of ${who}`)).extensions.code).toBe('FORBIDDEN');
    }
    expect(refused(await create('anonymous', 'x y z')).extensions.code).toBe('UNAUTHENTICATED');

    const add = (who: Who, userId?: string) =>
      world.gql<{ addCommitteeMember: { members: { id: string }[] } }>(
        `mutation ($c: ID!, $u: ID!) { addCommitteeMember(committeeId: $c, userId: $u) { members { id } } }`,
        { c: made.id, u: userId ?? world.userIds.stranger },
        who,
      );
    expect(refused(await add('otherHubStaff')).extensions.code).toBe('FORBIDDEN');
    expect(ok(await add('hubManager')).addCommitteeMember.members).toEqual([
      { id: world.userIds.stranger },
    ]);
    expect(refused(await add('hubManager')).extensions.code).toBe('CONFLICT');
    expect(
      refused(await add('hubManager', '00000000-0000-4000-8000-000000000003')).extensions.code,
    ).toBe('NOT_FOUND');
    expect(await world.notified(made.id, 'COMMITTEE_JOINED')).toEqual(['stranger']);
  });

  it('are read by their hub’s staff and their own members; null for anyone else', async () => {
    const query = `query ($id: ID!) { committee(id: $id) { name kind members { id } } }`;
    for (const who of ['hubManager', 'parkAdmin', 'reviewer2'] as Who[]) {
      expect(ok(await world.gql(query, { id: world.committeeId }, who))).toMatchObject({
        committee: { name: 'Youth projects panel', kind: 'MIXED' },
      });
    }
    for (const who of ['otherHubStaff', 'leadOwner'] as Who[]) {
      expect(ok(await world.gql(query, { id: world.committeeId }, who))).toEqual({
        committee: null,
      });
    }
    const list = `query ($hubId: ID!) { committees(hubId: $hubId) { id } }`;
    expect(
      ok(await world.gql<{ committees: unknown[] }>(list, { hubId: world.hubId }, 'hubManager'))
        .committees.length,
    ).toBeGreaterThan(0);
    expect(
      refused(await world.gql(list, { hubId: world.hubId }, 'leadOwner')).extensions.code,
    ).toBe('FORBIDDEN');
  });

  it('must belong to the project’s hub and have members to be assigned', async () => {
    const id = await world.inState('PROPOSED');
    const { createCommittee } = ok(
      await world.gql<{ createCommittee: { id: string } }>(
        `mutation ($hubId: ID!) { createCommittee(input: { hubId: $hubId, name: "Empty panel", kind: CIVIL_EXPERT }) { id } }`,
        { hubId: world.hubId },
        'hubManager',
      ),
    );
    const { createCommittee: other } = ok(
      await world.gql<{ createCommittee: { id: string } }>(
        `mutation ($hubId: ID!) { createCommittee(input: { hubId: $hubId, name: "Social panel", kind: MIXED }) { id } }`,
        { hubId: world.otherHubId },
        'otherHubStaff',
      ),
    );
    const before = await world.snapshot(id);
    for (const committeeId of [createCommittee.id, other.id]) {
      const error = refused(await world.move('parkAdmin', 'assignReview', id, { committeeId }));
      expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['committeeId'] });
    }
    expect(await world.snapshot(id)).toEqual(before);
  });
});

describe('reviewing a project', () => {
  it('takes one review from each committee member, and keeps them to staff and the committee', async () => {
    const id = await world.inState('IN_REVIEW');
    await world.addTeamMember(id);

    ok(await review('reviewer1', id, 5, 'APPROVE'));
    ok(await review('reviewer2', id, 3, 'REVISE'));

    const staffView = ok(await read(id, 'hubManager')).project;
    expect(
      staffView.reviews.map((r) => [r.reviewer.id, r.score, r.recommendation, r.round]),
    ).toEqual([
      [world.userIds.reviewer1, 5, 'APPROVE', 1],
      [world.userIds.reviewer2, 3, 'REVISE', 1],
    ]);
    expect(staffView.reviewSummary).toEqual({
      round: 1,
      reviewCount: 2,
      averageScore: 4,
      recommendations: [
        { recommendation: 'APPROVE', count: 1 },
        { recommendation: 'REVISE', count: 1 },
        { recommendation: 'REJECT', count: 0 },
      ],
      pendingReviewers: [{ id: world.userIds.reviewer3 }],
    });
    // Until staff decide, a member reads their own review only; one yet to review reads none.
    const own = ok(await read(id, 'reviewer1')).project;
    expect(own.reviews.map((r) => r.reviewer.id)).toEqual([world.userIds.reviewer1]);
    expect(own.reviewSummary).toBeNull();
    expect(ok(await read(id, 'reviewer3')).project.reviews).toEqual([]);
    for (const who of ['leadOwner', 'teamMember', 'leadMember'] as Who[]) {
      const view = ok(await read(id, who)).project;
      expect(view.reviews).toEqual([]);
      expect(view.reviewSummary).toBeNull();
    }
    // In review, a project is its people's business only: null, with no error, for others.
    for (const who of ['stranger', 'anonymous', 'otherHubStaff'] as Who[]) {
      expect(ok(await read(id, who)).project).toBeNull();
    }
    const audit = await world.api.prisma.auditLogEntry.count({
      where: { entityId: id, action: 'Project.submitReview' },
    });
    expect(audit).toBe(2);
  });

  it('shows the committee each other’s reviews only once staff have decided', async () => {
    const id = await world.inState('IN_REVIEW');
    ok(await review('reviewer1', id, 5, 'APPROVE'));
    const reviewId = (
      await world.api.prisma.projectReview.findFirstOrThrow({ where: { projectId: id } })
    ).id;
    const node = `query ($id: ID!) { node(id: $id) { id ... on ProjectReview { score } } }`;
    expect(ok(await world.gql(node, { id: reviewId }, 'reviewer2'))).toEqual({ node: null });
    expect(ok(await world.gql(node, { id: reviewId }, 'reviewer1'))).toEqual({
      node: { id: reviewId, score: 5 },
    });
    expect(ok(await read(id, 'reviewer2')).project.reviews).toEqual([]);

    ok(await world.move('hubManager', 'approve', id));

    expect(ok(await read(id, 'reviewer2')).project.reviews.map((r) => r.score)).toEqual([5]);
    expect(ok(await world.gql(node, { id: reviewId }, 'reviewer2'))).toEqual({
      node: { id: reviewId, score: 5 },
    });
  });

  it('keeps a second round’s reviews apart, while the first round’s are decided', async () => {
    const id = await world.inState('IN_REVIEW');
    ok(await review('reviewer1', id, 2, 'REVISE'));
    ok(await review('reviewer2', id, 3, 'REVISE'));
    ok(await world.move('hubManager', 'requestChanges', id));
    ok(await world.move('hubManager', 'assignReview', id));
    ok(await review('reviewer1', id, 5, 'APPROVE'));

    // reviewer2 reads reviewer1's first-round review no more (it was replaced by the second)
    // and not yet the second; reviewer1 reads reviewer2's decided first-round review.
    const second = ok(await read(id, 'reviewer2')).project.reviews;
    expect(second.map((r) => [r.reviewer.id, r.round])).toEqual([[world.userIds.reviewer2, 1]]);
    const first = ok(await read(id, 'reviewer1')).project.reviews;
    expect(first.map((r) => [r.reviewer.id, r.round]).sort()).toEqual(
      [
        [world.userIds.reviewer1, 2],
        [world.userIds.reviewer2, 1],
      ].sort(),
    );
  });

  it('refuses a second review by the same member (CONFLICT) and reviews by anyone else (FORBIDDEN, NOT_FOUND when private to them)', async () => {
    const id = await world.inState('IN_REVIEW');
    ok(await review('reviewer1', id));
    const before = await world.snapshot(id);

    expect(refused(await review('reviewer1', id, 1, 'REJECT')).extensions.code).toBe('CONFLICT');
    for (const who of ['leadOwner', 'hubManager', 'parkAdmin'] as Who[]) {
      expect(refused(await review(who, id)).extensions.code).toBe('FORBIDDEN');
    }
    // A project in review is private: to a stranger it is not there, as project(id) answers.
    expect(refused(await review('stranger', id)).extensions.code).toBe('NOT_FOUND');
    expect(refused(await review('anonymous', id)).extensions.code).toBe('UNAUTHENTICATED');
    expect(await world.snapshot(id)).toEqual(before);
  });

  it('stores one review when a member submits twice at once', async () => {
    const id = await world.inState('IN_REVIEW');

    const responses = await Promise.all(Array.from({ length: 6 }, () => review('reviewer2', id)));

    expect(responses.filter((r) => !r.errors)).toHaveLength(1);
    for (const response of responses.filter((r) => r.errors)) {
      expect(refused(response).extensions.code).toBe('CONFLICT');
    }
    expect(await world.api.prisma.projectReview.count({ where: { projectId: id } })).toBe(1);
  });

  it.each([['PROPOSED'], ['APPROVED']])(
    'refuses reviews of a %s project as INVALID_TRANSITION',
    async (state) => {
      const id = await world.inState(state);
      if (state === 'PROPOSED') {
        // Not yet assigned: nobody reviews it, so the committee's members do not even see it.
        expect(refused(await review('reviewer1', id)).extensions.code).toBe('NOT_FOUND');
        return;
      }
      expect(refused(await review('reviewer1', id)).extensions).toMatchObject({
        code: 'INVALID_TRANSITION',
        state,
        action: 'submitReview',
      });
    },
  );

  it.each([
    [{ score: 0 }, ['score']],
    [{ score: 6 }, ['score']],
    [{ comment: '   ' }, ['comment']],
    [{ recommendation: 'MAYBE' }, ['recommendation']],
  ])('refuses %j as BAD_USER_INPUT', async (bad, fields) => {
    const id = await world.inState('IN_REVIEW');
    const error = refused(
      await world.gql(
        REVIEW,
        { projectId: id, score: 4, recommendation: 'APPROVE', comment: 'Fine', ...bad },
        'reviewer1',
      ),
    );
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields });
  });

  it('opens a second round after changes were requested, where members review again', async () => {
    const id = await world.inState('IN_REVIEW');
    ok(await review('reviewer1', id, 2, 'REVISE'));
    ok(await world.move('hubManager', 'requestChanges', id));
    ok(await world.move('hubManager', 'assignReview', id));

    ok(await review('reviewer1', id, 5, 'APPROVE'));

    const view = ok(await read(id, 'hubManager')).project;
    expect(view.reviews.map((r) => [r.score, r.round])).toEqual([[5, 2]]);
    expect(view.reviewSummary).toMatchObject({ round: 2, reviewCount: 1, averageScore: 5 });
    expect(view.history.map((step) => step.action)).toEqual([
      'create',
      'assignReview',
      'requestChanges',
      'assignReview',
    ]);
  });
});

describe('a member’s review assignments', () => {
  const ASSIGNED = `query { me { reviewAssignments { id status availableActions } } }`;
  const assigned = async (who: Who) =>
    ok(
      await world.gql<{ me: { reviewAssignments: { id: string; status: string }[] | null } }>(
        ASSIGNED,
        {},
        who,
      ),
    ).me.reviewAssignments;

  it('lists the projects in review by their committees, and only theirs', async () => {
    const [inReview, proposed, decided] = [
      await world.inState('IN_REVIEW'),
      await world.inState('PROPOSED'),
      await world.inState('APPROVED'),
    ];
    const ids = (await assigned('reviewer1'))?.map((project) => project.id) ?? [];
    expect(ids).toContain(inReview);
    expect(ids).not.toContain(proposed);
    expect(ids).not.toContain(decided);
    expect((await assigned('reviewer1'))?.every((project) => project.status === 'IN_REVIEW')).toBe(
      true,
    );
    // Not on the committee: nothing to review, staff of the hub included.
    for (const who of ['hubManager', 'leadOwner', 'stranger'] as Who[]) {
      expect(await assigned(who)).toEqual([]);
    }
    // Someone else's list is theirs alone.
    const { project } = ok(
      await world.gql<{ project: { team: { user: { reviewAssignments: unknown } }[] } }>(
        `query ($id: ID!) { project(id: $id) { team { user { reviewAssignments { id } } } } }`,
        { id: inReview },
        'reviewer1',
      ),
    );
    expect(project.team.map((member) => member.user.reviewAssignments)).toEqual([null]);
  });

  it('costs the same statements for one assignment and for many', async () => {
    const counted = async () => {
      const before = world.api.prisma.statementCount;
      const list = await assigned('reviewer3');
      return { statements: world.api.prisma.statementCount - before, count: list?.length ?? 0 };
    };
    const few = await counted();
    await world.inState('IN_REVIEW');
    await world.inState('IN_REVIEW');
    await world.inState('IN_REVIEW');
    const many = await counted();
    expect(many.count).toBe(few.count + 3);
    expect(many.statements).toBe(few.statements);
  });
});

describe('milestones and outcomes', () => {
  const ADD = `mutation ($projectId: ID!, $title: String!, $dueOn: Date) {
    addMilestone(projectId: $projectId, title: $title, dueOn: $dueOn) {
      milestone { id title dueOn completedAt } project { id milestones { id } } } }`;
  const COMPLETE = `mutation ($id: ID!) { completeMilestone(id: $id) {
    milestone { id completedAt } project { id milestones { id completedAt } } } }`;
  const OUTCOME = `mutation ($projectId: ID!, $input: OutcomeInput!) {
    recordOutcome(projectId: $projectId, input: $input) {
      outcome { id indicator value unit policyArea note } project { id outcomes { id } } } }`;
  const outcome = {
    indicator: 'Young people placed in jobs',
    value: 37,
    unit: 'people',
    policyArea: 'ECONOMY_JOBS',
  };

  it('lets the team plan, complete and measure its work while the project runs', async () => {
    const id = await world.inState('IN_PROGRESS');
    await world.addTeamMember(id);

    type Milestone = { id: string; dueOn: string; completedAt: string | null };
    type Project = { id: string; milestones: { id: string; completedAt?: string | null }[] };
    const {
      addMilestone: { milestone: addMilestone, project: planned },
    } = ok(
      await world.gql<{ addMilestone: { milestone: Milestone; project: Project } }>(
        ADD,
        { projectId: id, title: 'Launch the map', dueOn: '2031-03-15' },
        'teamMember',
      ),
    );
    expect(addMilestone).toMatchObject({ dueOn: '2031-03-15', completedAt: null });
    // Each payload brings its project back with the change in it.
    expect(planned).toEqual({ id, milestones: [{ id: addMilestone.id }] });
    const done = ok(
      await world.gql<{ completeMilestone: { milestone: Milestone; project: Project } }>(
        COMPLETE,
        { id: addMilestone.id },
        'leadOwner',
      ),
    );
    expect(done.completeMilestone.milestone.completedAt).toEqual(expect.any(String));
    expect(done.completeMilestone.project.milestones).toEqual([
      { id: addMilestone.id, completedAt: done.completeMilestone.milestone.completedAt },
    ]);
    expect(
      refused(await world.gql(COMPLETE, { id: addMilestone.id }, 'leadOwner')).extensions,
    ).toMatchObject({
      code: 'INVALID_TRANSITION',
      state: 'COMPLETED',
    });
    const recorded = ok(
      await world.gql<{
        recordOutcome: { outcome: { id: string }; project: { id: string; outcomes: unknown[] } };
      }>(OUTCOME, { projectId: id, input: { ...outcome, note: ' Spring cohort ' } }, 'teamMember'),
    );
    expect(recorded.recordOutcome.outcome).toMatchObject({ ...outcome, note: 'Spring cohort' });
    expect(recorded.recordOutcome.project).toEqual({
      id,
      outcomes: [{ id: recorded.recordOutcome.outcome.id }],
    });

    const { project } = ok(
      await world.gql<{ project: unknown }>(
        `query ($id: ID!) { project(id: $id) { milestones { title completedAt } outcomes { indicator value } } }`,
        { id },
        'anonymous',
      ),
    );
    expect(project).toEqual({
      milestones: [{ title: 'Launch the map', completedAt: expect.any(String) }],
      outcomes: [{ indicator: 'Young people placed in jobs', value: 37 }],
    });
  });

  it('refuses outsiders (FORBIDDEN), the wrong state (INVALID_TRANSITION) and bad values (BAD_USER_INPUT)', async () => {
    const running = await world.inState('IN_PROGRESS');
    const proposed = await world.inState('PROPOSED');
    const before = await world.snapshot();

    expect(
      refused(await world.gql(ADD, { projectId: running, title: 'x' }, 'stranger')).extensions.code,
    ).toBe('FORBIDDEN');
    expect(
      refused(await world.gql(ADD, { projectId: running, title: 'x' }, 'leadMember')).extensions
        .code,
    ).toBe('FORBIDDEN');
    expect(
      refused(await world.gql(ADD, { projectId: proposed, title: 'x' }, 'leadOwner')).extensions,
    ).toMatchObject({
      code: 'INVALID_TRANSITION',
      state: 'PROPOSED',
      action: 'addMilestone',
    });
    expect(
      refused(
        await world.gql(ADD, { projectId: running, title: 'x', dueOn: '2031-02-30' }, 'leadOwner'),
      ).extensions,
    ).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: ['dueOn'],
    });
    expect(
      refused(await world.gql(OUTCOME, { projectId: proposed, input: outcome }, 'leadOwner'))
        .extensions.code,
    ).toBe('INVALID_TRANSITION');
    expect(
      refused(
        await world.gql(
          OUTCOME,
          { projectId: running, input: { ...outcome, value: -1 } },
          'leadOwner',
        ),
      ).extensions,
    ).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: ['value'],
    });
    expect(
      refused(await world.gql(OUTCOME, { projectId: running, input: outcome }, 'otherHubStaff'))
        .extensions.code,
    ).toBe('FORBIDDEN');
    expect(await world.snapshot()).toEqual(before);
  });
});

describe('reading projects', () => {
  it('shows APPROVED onwards to anyone, with the history to its people only', async () => {
    const id = await world.inState('APPROVED');

    const anonymous = ok(await read(id, 'anonymous')).project;
    expect(anonymous).toMatchObject({
      status: 'APPROVED',
      history: [],
      committee: null,
      reviews: [],
    });
    const lead = ok(await read(id, 'leadMember')).project;
    expect(lead.history.map((step) => step.action)).toEqual(['create', 'assignReview', 'approve']);
    expect(lead.committee).toMatchObject({ id: world.committeeId });
  });

  it('lists newest first by keyset, filtered by hub, status and policy area, showing private ones only to their people', async () => {
    const LIST = `query ($filter: ProjectFilter, $after: String) {
      projects(filter: $filter, first: 1, after: $after) { totalCount edges { node { id } } pageInfo { hasNextPage endCursor } } }`;
    type Page = {
      projects: {
        totalCount: number;
        edges: { node: { id: string } }[];
        pageInfo: { hasNextPage: boolean; endCursor: string };
      };
    };
    const filter = { hubId: world.hubId, policyArea: 'HOUSING' };
    const count = async (who: Who) =>
      ok(await world.gql<Page>(LIST, { filter }, who)).projects.totalCount;
    const [ownBefore, strangerBefore] = [await count('leadOwner'), await count('stranger')];
    const mine = await world.inState('PROPOSED', { policyAreas: ['HOUSING'] });
    const open = await world.inState('APPROVED', { policyAreas: ['HOUSING'] });

    const first = ok(await world.gql<Page>(LIST, { filter }, 'leadOwner')).projects;
    const second = ok(
      await world.gql<Page>(LIST, { filter, after: first.pageInfo.endCursor }, 'leadOwner'),
    ).projects;
    expect([first.totalCount, first.edges[0].node.id, second.edges[0].node.id]).toEqual([
      ownBefore + 2,
      open,
      mine,
    ]);
    expect(second.pageInfo.hasNextPage).toBe(ownBefore > 0);

    const stranger = ok(await world.gql<Page>(LIST, { filter }, 'stranger')).projects;
    expect(stranger.edges.map((e) => e.node.id)).toEqual([open]);
    // The staff see the private one too; the stranger only the public one.
    expect(stranger.totalCount).toBe(strangerBefore + 1);
    const admin = ok(
      await world.gql<Page>(LIST, { filter: { ...filter, status: 'PROPOSED' } }, 'parkAdmin'),
    ).projects;
    expect(admin.edges.map((e) => e.node.id)).toEqual([mine]);
    expect(
      refused(await world.gql(LIST, { filter, after: 'garbage' }, 'stranger')).extensions,
    ).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: ['after'],
    });
  });

  it('counts IN_PROGRESS projects in Hub.stats and shows public ones on the lead’s profile', async () => {
    const STATS = `{ hub(slug: "youth-hub") { stats { projectsInProgress } } }`;
    const before = ok(
      await world.gql<{ hub: { stats: { projectsInProgress: number } } }>(STATS, {}, 'anonymous'),
    );
    const id = await world.inState('IN_PROGRESS');

    const after = ok(
      await world.gql<{ hub: { stats: { projectsInProgress: number } } }>(STATS, {}, 'anonymous'),
    );
    expect(after.hub.stats.projectsInProgress).toBe(before.hub.stats.projectsInProgress + 1);
    const { stakeholder } = ok(
      await world.gql<{
        stakeholder: { projects: { edges: { node: { id: string; status: string } }[] } };
      }>(
        `query ($id: ID!) { stakeholder(id: $id) { projects(first: 100) { edges { node { id status } } } } }`,
        { id: world.leadId },
        'anonymous',
      ),
    );
    const projects = stakeholder.projects.edges.map((edge) => edge.node);
    expect(projects).toContainEqual({ id, status: 'IN_PROGRESS' });
    expect(
      projects.every((p) => ['APPROVED', 'FUNDED', 'IN_PROGRESS', 'COMPLETED'].includes(p.status)),
    ).toBe(true);
  });
});
