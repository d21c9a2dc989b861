// The project journey against a running API (default http://localhost:3000/graphql, demo data):
// a Youth Hub member proposes a project; the hub's manager assigns a MIXED committee whose three
// members review; the manager approves. A participatory-budgeting round of five projects and six
// voters is tallied by EQUAL_SHARES; the project is FUNDED, its team starts it, completes a
// milestone and records an outcome; parkStats shows the round's money and the outcome.
// Usage: node scripts/journeys/project.mjs [url]
import { client, step } from './graphql-client.mjs';

const gql = client(process.argv[2] ?? 'http://localhost:3000/graphql');
const suffix = Date.now().toString(36);
const started = Date.now();
const DEMO = 'park-commons-demo';

const login = async (email) =>
  (
    await gql(
      `mutation ($input: LoginInput!) { login(input: $input) { accessToken user { id } } }`,
      { input: { email, password: DEMO } },
    )
  ).login;
const register = async (name) =>
  (
    await gql(
      `mutation ($input: RegisterInput!) { register(input: $input) { accessToken user { id } } }`,
      {
        input: {
          email: `${name}-${suffix}@example.org`,
          password: 'a long password',
          displayName: name,
        },
      },
    )
  ).register;

const [admin, manager] = await Promise.all([
  login('admin@parkcommons.example'),
  login('youth-manager@parkcommons.example'),
]);

// A Youth Hub member stakeholder and its owner (park admins see people's emails).
const { hub } = await gql(
  `{ hub(slug: "youth-hub") { id name members(first: 50) { edges { node { stakeholder { id name members { role user { email } } } } } } } }`,
  {},
  admin.accessToken,
);
const member = hub.members.edges
  .map((edge) => edge.node.stakeholder)
  .find((s) => s.members.some((m) => m.role === 'OWNER' && m.user.email?.startsWith('member-')));
const ownerEmail = member.members.find((m) => m.role === 'OWNER').user.email;
const owner = await login(ownerEmail);
step(`${member.name} is an approved member of ${hub.name}; its owner signs in`);

const propose = async (title, requestedBudget) =>
  (
    await gql(
      `mutation ($input: ProposeProjectInput!) { proposeProject(input: $input) { id status } }`,
      {
        input: {
          hubId: hub.id,
          leadStakeholderId: member.id,
          title,
          summary: `${title}: a project with young people of the hub.`,
          policyAreas: ['ECONOMY_JOBS'],
          requestedBudget,
        },
      },
      owner.accessToken,
    )
  ).proposeProject;
const project = await propose(`Youth job map ${suffix}`, 9_000_000);
step(`proposed “Youth job map”: ${project.status}`);

const reviewers = await Promise.all(['reviewer-a', 'reviewer-b', 'reviewer-c'].map(register));
const { createCommittee } = await gql(
  `mutation ($hubId: ID!, $name: String!) { createCommittee(input: { hubId: $hubId, name: $name, kind: MIXED }) { id } }`,
  { hubId: hub.id, name: `Journey panel ${suffix}` },
  manager.accessToken,
);
for (const reviewer of reviewers) {
  await gql(
    `mutation ($c: ID!, $u: ID!) { addCommitteeMember(committeeId: $c, userId: $u) { id } }`,
    { c: createCommittee.id, u: reviewer.user.id },
    manager.accessToken,
  );
}
const assign = (id) =>
  gql(
    `mutation ($p: ID!, $c: ID!) { assignProjectReview(projectId: $p, committeeId: $c) { status } }`,
    { p: id, c: createCommittee.id },
    manager.accessToken,
  );
const approve = (id) =>
  gql(
    `mutation ($p: ID!) { decideProject(projectId: $p, decision: APPROVE, note: "Approved") { status } }`,
    { p: id },
    manager.accessToken,
  );
await assign(project.id);
step('the manager assigned a MIXED committee of three');
for (const [n, reviewer] of reviewers.entries()) {
  await gql(
    `mutation ($p: ID!, $s: Int!) { submitProjectReview(projectId: $p, score: $s, recommendation: APPROVE, comment: "Needed.") { id } }`,
    { p: project.id, s: 4 + (n % 2) },
    reviewer.accessToken,
  );
}
const summary = await gql(
  `query ($id: ID!) { project(id: $id) { reviewSummary { reviewCount averageScore } } }`,
  { id: project.id },
  manager.accessToken,
);
step(
  `three reviews in, average score ${summary.project.reviewSummary.averageScore}; approved: ${(await approve(project.id)).decideProject.status}`,
);

// A round of five APPROVED projects: ours and four more.
const others = [];
for (const [title, budget] of [
  ['Night study café', 12_000_000],
  ['Climate repair day', 8_000_000],
  ['Zine library', 10_000_000],
  ['Skate park clean-up', 6_000_000],
]) {
  const other = await propose(`${title} ${suffix}`, budget);
  await assign(other.id);
  await approve(other.id);
  others.push(other.id);
}
const [P0, P1, P2, P3, P4] = [project.id, ...others];
// The voters below are fresh, unverified sign-ups, so this round does not ask for verified voters.
const { createBudgetRound: round } = await gql(
  `mutation ($hubId: ID!, $title: String!) { createBudgetRound(input: { hubId: $hubId, title: $title, totalBudget: 30000000, maxSelections: 3, tallyMethod: EQUAL_SHARES, requireVerifiedVoters: false }) { id } }`,
  { hubId: hub.id, title: `Journey budget ${suffix}` },
  manager.accessToken,
);
await gql(
  `mutation ($id: ID!) { openBudgetRound(id: $id) { id } }`,
  { id: round.id },
  manager.accessToken,
);
for (const id of [P0, P1, P2, P3, P4]) {
  await gql(
    `mutation ($r: ID!, $p: ID!) { addProjectToRound(roundId: $r, projectId: $p) { id } }`,
    { r: round.id, p: id },
    owner.accessToken,
  );
}
await gql(
  `mutation ($id: ID!) { startBudgetVoting(id: $id) { id } }`,
  { id: round.id },
  manager.accessToken,
);
// Six voters, 5,000,000 each under EQUAL_SHARES: 3 × [P0, P2], 2 × [P1, P3], 1 × [P4].
const ballots = [[P0, P2], [P0, P2], [P0, P2], [P1, P3], [P1, P3], [P4]];
await Promise.all(
  ballots.map(async (choices, n) => {
    const voter = await register(`voter-${n}`);
    await gql(
      `mutation ($r: ID!, $p: [ID!]!) { castBallot(roundId: $r, projectIds: $p) { ballot { id } } }`,
      { r: round.id, p: choices },
      voter.accessToken,
    );
  }),
);
step(`${ballots.length} voters cast their ballots`);
await gql(
  `mutation ($id: ID!) { closeBudgetRound(id: $id) { id } }`,
  { id: round.id },
  manager.accessToken,
);
const { tallyBudgetRound } = await gql(
  `mutation ($id: ID!) { tallyBudgetRound(roundId: $id) { status results { project { id title status } votes funded reason } } }`,
  { id: round.id },
  manager.accessToken,
);
for (const result of tallyBudgetRound.results) {
  step(
    `${result.project.title}: ${result.votes} votes, ${result.funded ? 'FUNDED' : 'not funded'} — ${result.reason}`,
  );
}
const winners = tallyBudgetRound.results.filter((r) => r.funded).map((r) => r.project.id);
// By hand: P2 (ρ ≈ 2.67M) and P3 (ρ = 5M) by equal shares; P0 from the 12M left.
if ([P0, P2, P3].some((id) => !winners.includes(id)) || winners.length !== 3)
  throw new Error(`unexpected winners: ${JSON.stringify(tallyBudgetRound.results)}`);

await gql(
  `mutation ($id: ID!) { startProject(id: $id) { status } }`,
  { id: P0 },
  owner.accessToken,
);
const { addMilestone } = await gql(
  `mutation ($p: ID!) { addMilestone(projectId: $p, title: "First 100 jobs on the map") { milestone { id } } }`,
  { p: P0 },
  owner.accessToken,
);
await gql(
  `mutation ($id: ID!) { completeMilestone(id: $id) { milestone { id } } }`,
  { id: addMilestone.milestone.id },
  owner.accessToken,
);
await gql(
  `mutation ($p: ID!) { recordOutcome(projectId: $p, input: { indicator: "Young people placed ${suffix}", value: 42, unit: "people", policyArea: ECONOMY_JOBS }) { outcome { id } } }`,
  { p: P0 },
  owner.accessToken,
);
const seen = await gql(
  `query ($id: ID!) { project(id: $id) { status fundedAmount history { action to actor { displayName } } } }`,
  { id: P0 },
  owner.accessToken,
);
if (seen.project.status !== 'IN_PROGRESS') throw new Error(`status is ${seen.project.status}`);
step(
  `the team started it (${seen.project.fundedAmount} won), completed a milestone, recorded an outcome`,
);
for (const event of seen.project.history)
  step(`history: ${event.action} → ${event.to} by ${event.actor?.displayName}`);

const { parkStats } = await gql(
  `query ($from: DateTime!, $to: DateTime!) { parkStats(from: $from, to: $to) {
    fundingBySource { source amount } outcomesByPolicyArea { policyArea indicator total } } }`,
  {
    from: new Date(started - 60_000).toISOString(),
    to: new Date(Date.now() + 60_000).toISOString(),
  },
  manager.accessToken,
);
const pb = parkStats.fundingBySource.find((row) => row.source === 'PARTICIPATORY_BUDGET');
const outcome = parkStats.outcomesByPolicyArea.find((row) => row.indicator.endsWith(suffix));
if (pb.amount < 27_000_000 || outcome?.total !== 42) throw new Error('parkStats does not show it');
step(`parkStats: ${pb.amount} won of participatory budget; ${outcome.total} young people placed`);
