import { ok } from './support/partnerships';
import { ProjectWorld } from './support/projects';

// The project journey end to end, through GraphQL only: a Youth Hub member proposes a project,
// staff assign it to a MIXED committee, its three members review and staff approve; a budgeting
// round of five projects and 30 voters is tallied by EQUAL_SHARES; the winners are FUNDED, the
// team starts its project, completes a milestone and records an outcome; parkStats shows it.

let world: ProjectWorld;

beforeAll(async () => {
  world = await ProjectWorld.start();
}, 60_000);
afterAll(() => world.close());

it('runs from proposal to outcome, with a participatory budget in between', async () => {
  const started = new Date();
  const gql = world.gql.bind(world);

  // 1. A Youth Hub member proposes; staff assign the MIXED committee; three members review.
  const proposed = ok(
    await world.propose({ title: 'Youth job map', requestedBudget: 9_000_000 }),
  ).proposeProject;
  expect(proposed.status).toBe('PROPOSED');
  const { committee } = ok(
    await gql<{ committee: { kind: string; members: unknown[] } }>(
      `query ($id: ID!) { committee(id: $id) { kind members { id } } }`,
      { id: world.committeeId },
      'hubManager',
    ),
  );
  expect(committee).toMatchObject({ kind: 'MIXED', members: [{}, {}, {}] });
  ok(await world.move('hubManager', 'assignReview', proposed.id));
  for (const [who, score] of [
    ['reviewer1', 5],
    ['reviewer2', 4],
    ['reviewer3', 4],
  ] as const) {
    ok(
      await gql(
        `mutation ($id: ID!, $score: Int!) { submitProjectReview(projectId: $id, score: $score, recommendation: APPROVE, comment: "Clear and needed.") { id } }`,
        { id: proposed.id, score },
        who,
      ),
    );
  }
  const { project: reviewed } = ok(
    await gql<{
      project: {
        reviewSummary: { reviewCount: number; averageScore: number; pendingReviewers: unknown[] };
      };
    }>(
      `query ($id: ID!) { project(id: $id) { reviewSummary { reviewCount averageScore pendingReviewers { id } } } }`,
      { id: proposed.id },
      'hubManager',
    ),
  );
  expect(reviewed.reviewSummary).toEqual({
    reviewCount: 3,
    averageScore: 4.33,
    pendingReviewers: [],
  });
  ok(await world.move('hubManager', 'approve', proposed.id));

  // 2. A round of five APPROVED projects: ours (P0, 9M) and four more.
  const others: string[] = [];
  for (const budget of [12_000_000, 8_000_000, 10_000_000, 6_000_000]) {
    others.push(await world.inState('APPROVED', { requestedBudget: budget }));
  }
  const [P0, P1, P2, P3, P4] = [proposed.id, ...others];
  // The voters are fresh, unverified sign-ups: this round does not ask for verified voters.
  const { createBudgetRound: round } = ok(
    await gql<{ createBudgetRound: { id: string } }>(
      `mutation ($hubId: ID!) { createBudgetRound(input: { hubId: $hubId, title: "Youth budget", totalBudget: 30000000, maxSelections: 3, tallyMethod: EQUAL_SHARES, requireVerifiedVoters: false }) { id } }`,
      { hubId: world.hubId },
      'hubManager',
    ),
  );
  ok(
    await gql(
      `mutation ($id: ID!) { openBudgetRound(id: $id) { id } }`,
      { id: round.id },
      'hubManager',
    ),
  );
  for (const projectId of [P0, P1, P2, P3, P4]) {
    ok(
      await gql(
        `mutation ($r: ID!, $p: ID!) { addProjectToRound(roundId: $r, projectId: $p) { id } }`,
        { r: round.id, p: projectId },
        'leadOwner',
      ),
    );
  }
  ok(
    await gql(
      `mutation ($id: ID!) { startBudgetVoting(id: $id) { id } }`,
      { id: round.id },
      'hubManager',
    ),
  );

  // 3. Thirty newcomers (unverified) vote: 12 for [P0, P2], 10 for [P1, P3], 8 for [P4, P2].
  const groups: [number, string[]][] = [
    [12, [P0, P2]],
    [10, [P1, P3]],
    [8, [P4, P2]],
  ];
  const ballots = groups.flatMap(([count, choices]) =>
    Array.from({ length: count }, () => choices),
  );
  const voters = await world.park.newUsers(ballots.length, { label: 'voter' });
  await Promise.all(
    ballots.map(async (choices, n) =>
      ok(
        await world.api.graphql.execute(
          `mutation ($r: ID!, $p: [ID!]!) { castBallot(roundId: $r, projectIds: $p) { ballot { id } } }`,
          { r: round.id, p: choices },
          voters[n].as,
        ),
      ),
    ),
  );
  ok(
    await gql(
      `mutation ($id: ID!) { closeBudgetRound(id: $id) { id } }`,
      { id: round.id },
      'hubManager',
    ),
  );

  // 4. EQUAL_SHARES, by hand: 30,000,000 / 30 voters = 1,000,000 each.
  //    P2 (8M, 20 supporters) ρ = 400,000 — the lowest — bought: the P0 and P4 groups keep 600,000.
  //    P3 (10M, 10 supporters with 1M each) ρ = 1,000,000 — bought. P0 needs 9M from 12 × 600,000 =
  //    7.2M, P4 6M from 8 × 600,000 = 4.8M, P1 12M from nothing: none affordable. Spent 18M.
  //    Greedy completion with 12M left, by votes: P0 (12 votes, 9M) fits → 3M left; P1 (12M) and
  //    P4 (6M) do not. (GREEDY alone would have funded P2, P0 and P1.)
  const { tallyBudgetRound } = ok(
    await gql<{
      tallyBudgetRound: {
        status: string;
        results: { project: { id: string }; votes: number; funded: boolean }[];
      };
    }>(
      `mutation ($id: ID!) { tallyBudgetRound(roundId: $id) { status results { project { id } votes funded } } }`,
      { id: round.id },
      'hubManager',
    ),
  );
  expect(tallyBudgetRound.status).toBe('TALLIED');
  expect(tallyBudgetRound.results.map((r) => [r.project.id, r.votes, r.funded])).toEqual([
    [P2, 20, true],
    [P0, 12, true],
    [P1, 10, false],
    [P3, 10, true],
    [P4, 8, false],
  ]);

  // 5. The team starts its project, completes a milestone and records an outcome.
  ok(await world.move('leadOwner', 'start', P0));
  const { addMilestone } = ok(
    await gql<{ addMilestone: { milestone: { id: string } } }>(
      `mutation ($p: ID!) { addMilestone(projectId: $p, title: "First 100 jobs on the map") { milestone { id } } }`,
      { p: P0 },
      'leadOwner',
    ),
  );
  ok(
    await gql(
      `mutation ($id: ID!) { completeMilestone(id: $id) { milestone { id } } }`,
      { id: addMilestone.milestone.id },
      'leadAdmin',
    ),
  );
  ok(
    await gql(
      `mutation ($p: ID!) { recordOutcome(projectId: $p, input: { indicator: "Young people placed", value: 42, unit: "people", policyArea: ECONOMY_JOBS }) { outcome { id } } }`,
      { p: P0 },
      'leadOwner',
    ),
  );
  const { project } = ok(
    await gql<{ project: unknown }>(
      `query ($id: ID!) { project(id: $id) { status fundedAmount funding { source amount } milestones { completedAt } history { action } } }`,
      { id: P0 },
      'leadMember',
    ),
  );
  expect(project).toEqual({
    status: 'IN_PROGRESS',
    fundedAmount: 9_000_000,
    funding: [{ source: 'PARTICIPATORY_BUDGET', amount: 9_000_000 }],
    milestones: [{ completedAt: expect.any(String) }],
    history: ['create', 'assignReview', 'approve', 'fund', 'start'].map((action) => ({ action })),
  });

  // 6. parkStats for today shows the round's money, the running project and its outcome.
  const { parkStats } = ok(
    await gql<{
      parkStats: {
        fundingBySource: { source: string; amount: number }[];
        projectsByStatus: { status: string; count: number }[];
        outcomesByPolicyArea: { policyArea: string; indicator: string; total: number }[];
      };
    }>(
      `query ($from: DateTime!, $to: DateTime!) { parkStats(from: $from, to: $to) {
        fundingBySource { source amount } projectsByStatus { status count }
        outcomesByPolicyArea { policyArea indicator total } } }`,
      {
        from: new Date(started.getTime() - 60_000).toISOString(),
        to: new Date(Date.now() + 60_000).toISOString(),
      },
      'parkAdmin',
    ),
  );
  // 8M + 10M + 9M to the three winners; no other money in this park.
  expect(parkStats.fundingBySource.filter((row) => row.amount > 0)).toEqual([
    { source: 'PARTICIPATORY_BUDGET', amount: 27_000_000 },
  ]);
  expect(parkStats.outcomesByPolicyArea).toEqual([
    { policyArea: 'ECONOMY_JOBS', indicator: 'Young people placed', total: 42 },
  ]);
  // Ours is the park's only running project.
  const inProgress = parkStats.projectsByStatus.find((row) => row.status === 'IN_PROGRESS');
  expect(inProgress?.count).toBe(1);
}, 120_000);
