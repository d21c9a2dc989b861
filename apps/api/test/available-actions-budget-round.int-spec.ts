import { ActionMatrix, describeActions, listedBy } from './support/available-actions';
import { Park, Person } from './support/park';
import { ok } from './support/partnerships';
import { ProjectWorld, Who } from './support/projects';

// BudgetRound.availableActions against the mutations, for every state and every kind of viewer:
// the Youth Hub's coordinator, another hub's manager, a park admin, a member's owner (verified,
// as the cast is), a person whose e-mail is not verified, anonymous. Rounds ask for verified
// voters, so the unverified person may not vote; starting the vote needs a project entered.

const STATES = [
  'DRAFT',
  'OPEN_FOR_PROPOSALS, nothing entered',
  'OPEN_FOR_PROPOSALS',
  'VOTING',
  'CLOSED',
  'TALLIED',
] as const;
type State = (typeof STATES)[number];
const UNVERIFIED = 'unverified';
const ROLES = [
  'hubCoordinator',
  'otherHubStaff',
  'parkAdmin',
  'leadOwner',
  UNVERIFIED,
  'anonymous',
];
const MUTATIONS: Record<string, string> = {
  OPEN: `mutation ($id: ID!) { openBudgetRound(id: $id) { __typename } }`,
  START_VOTING: `mutation ($id: ID!) { startBudgetVoting(id: $id) { __typename } }`,
  CLOSE: `mutation ($id: ID!) { closeBudgetRound(id: $id) { __typename } }`,
  TALLY: `mutation ($id: ID!) { tallyBudgetRound(roundId: $id) { __typename } }`,
  CAST_BALLOT: `mutation ($id: ID!, $projectIds: [ID!]!) {
    castBallot(roundId: $id, projectIds: $projectIds) { __typename } }`,
};

interface Built {
  id: string;
  projectIds: string[];
}

let world: ProjectWorld;
let unverified: Person;

const run = async (query: string, variables: Record<string, unknown>) =>
  ok(await world.gql(query, variables, 'hubManager'));

async function build(state: State): Promise<Built> {
  const { createBudgetRound } = ok(
    await world.gql<{ createBudgetRound: { id: string } }>(
      `mutation ($hubId: ID!) { createBudgetRound(input: { hubId: $hubId, title: "Youth budget",
        totalBudget: 20000000, maxSelections: 2, tallyMethod: GREEDY,
        requireVerifiedVoters: true }) { id } }`,
      { hubId: world.hubId },
      'hubManager',
    ),
  );
  const id = createBudgetRound.id;
  const projectIds: string[] = [];
  if (state === 'DRAFT') return { id, projectIds };
  await run(MUTATIONS.OPEN, { id });
  if (state === 'OPEN_FOR_PROPOSALS, nothing entered') return { id, projectIds };
  const projectId = await world.inState('APPROVED');
  ok(
    await world.gql(
      `mutation ($id: ID!, $projectId: ID!) { addProjectToRound(roundId: $id, projectId: $projectId) { __typename } }`,
      { id, projectId },
      'leadOwner',
    ),
  );
  projectIds.push(projectId);
  if (state === 'OPEN_FOR_PROPOSALS') return { id, projectIds };
  await run(MUTATIONS.START_VOTING, { id });
  if (state === 'VOTING') return { id, projectIds };
  await run(MUTATIONS.CLOSE, { id });
  if (state === 'TALLIED') await run(MUTATIONS.TALLY, { id });
  return { id, projectIds };
}

const as = (role: string) => (role === UNVERIFIED ? unverified.as : world.as(role as Who));

const matrix: ActionMatrix<State, Built> = {
  actions: Object.keys(MUTATIONS),
  roles: ROLES,
  build,
  as: (_round, role) => as(role),
  listed: listedBy(
    () => world.api,
    'budgetRound',
    (round) => round.id,
  ),
  attempt: (round, action, who) =>
    world.api.graphql.execute(
      MUTATIONS[action],
      { id: round.id, projectIds: round.projectIds },
      who,
    ),
  // tallyBudgetRound on a TALLIED round answers it unchanged: a replay, not an action.
  fingerprint: async (round) => {
    const [row, ballots, results] = await Promise.all([
      world.api.prisma.budgetRound.findUniqueOrThrow({ where: { id: round.id } }),
      world.api.prisma.ballot.count({ where: { roundId: round.id } }),
      world.api.prisma.budgetResult.count({ where: { roundId: round.id } }),
    ]);
    return { status: row.status, ballots, results };
  },
};

const EXPECTED: Partial<Record<State, Record<string, string[]>>> = {
  'OPEN_FOR_PROPOSALS, nothing entered': {
    hubCoordinator: [],
    otherHubStaff: [],
    parkAdmin: [],
    leadOwner: [],
    [UNVERIFIED]: [],
    anonymous: [],
  },
  VOTING: {
    hubCoordinator: ['CAST_BALLOT', 'CLOSE'],
    otherHubStaff: ['CAST_BALLOT'],
    parkAdmin: ['CAST_BALLOT', 'CLOSE'],
    leadOwner: ['CAST_BALLOT'],
    [UNVERIFIED]: [],
    anonymous: [],
  },
  TALLIED: {
    hubCoordinator: [],
    otherHubStaff: [],
    parkAdmin: [],
    leadOwner: [],
    [UNVERIFIED]: [],
    anonymous: [],
  },
};

beforeAll(async () => {
  world = await ProjectWorld.start();
  unverified = await new Park(world.api).newUser({ label: 'unverified voter' });
}, 120_000);
afterAll(() => world.close());

describeActions({
  title: 'BudgetRound.availableActions holds to the mutations',
  states: STATES,
  matrix,
  expected: EXPECTED,
  timeoutMs: 180_000,
});
