import { queuedMailTo, verificationLink } from './support/mail-outbox';
import { ok, refused } from './support/partnerships';
import { ProjectWorld, Variables } from './support/projects';

// Who may vote in a participatory-budgeting round: fresh self-registered accounts used to stuff
// the ballot box (five accounts, five ballots); a round now counts only verified addresses
// unless its staff say otherwise. The stories’ cast counts as verified (support/projects.ts).

const CREATE = `mutation ($input: CreateBudgetRoundInput!) {
  createBudgetRound(input: $input) { id requireVerifiedVoters }
}`;
const ROUND = `query ($id: ID!) { budgetRound(id: $id) { requireVerifiedVoters } }`;
const ADD = `mutation ($roundId: ID!, $projectId: ID!) { addProjectToRound(roundId: $roundId, projectId: $projectId) { id } }`;
const CAST = `mutation ($roundId: ID!, $projectIds: [ID!]!) { castBallot(roundId: $roundId, projectIds: $projectIds) { ballot { id } } }`;
const REGISTER = `mutation ($input: RegisterInput!) { register(input: $input) { accessToken user { id } } }`;

let world: ProjectWorld;
let sequence = 0;

beforeAll(async () => {
  world = await ProjectWorld.start();
}, 60_000);
afterAll(() => world.close());

/** A VOTING round of the Youth Hub with one APPROVED project. */
async function votingRound(input: Variables = {}) {
  const { createBudgetRound: round } = ok(
    await world.gql<{ createBudgetRound: { id: string; requireVerifiedVoters: boolean } }>(
      CREATE,
      {
        input: {
          hubId: world.hubId,
          title: 'Youth budget 2032',
          totalBudget: 20_000_000,
          maxSelections: 1,
          tallyMethod: 'GREEDY',
          ...input,
        },
      },
      'hubManager',
    ),
  );
  ok(
    await world.gql(`mutation ($id: ID!) { openBudgetRound(id: $id) { id } }`, round, 'hubManager'),
  );
  const projectId = await world.inState('APPROVED');
  ok(await world.gql(ADD, { roundId: round.id, projectId }, 'leadOwner'));
  ok(
    await world.gql(
      `mutation ($id: ID!) { startBudgetVoting(id: $id) { id } }`,
      round,
      'hubManager',
    ),
  );
  return { ...round, projectId };
}

/** A fresh account straight from sign-up: its address not yet verified. */
async function newcomer() {
  sequence += 1;
  const email = `voter-${sequence}-${Date.now()}@example.org`;
  const { register } = ok(
    await world.api.graphql.execute<{ register: { accessToken: string; user: { id: string } } }>(
      REGISTER,
      { input: { email, password: 'correct horse battery', displayName: `Voter ${sequence}` } },
    ),
  );
  return { email, token: register.accessToken, id: register.user.id };
}

function castAs(token: string, roundId: string, projectId: string) {
  return world.api.graphql.execute<{ castBallot: { ballot: { id: string } } }>(
    CAST,
    { roundId, projectIds: [projectId] },
    { token },
  );
}

const ballotsOf = (roundId: string) => world.api.prisma.ballot.count({ where: { roundId } });

describe('budget rounds that require verified voters', () => {
  it('requires verified voters unless staff choose otherwise, and shows it on the round', async () => {
    const safe = await votingRound();
    const open = await votingRound({ requireVerifiedVoters: false });

    expect(safe.requireVerifiedVoters).toBe(true);
    expect(open.requireVerifiedVoters).toBe(false);
    const shown = ok(await world.gql(ROUND, { id: safe.id }, 'anonymous'));
    expect(shown).toEqual({ budgetRound: { requireVerifiedVoters: true } });
  });

  it('refuses the ballots of five fresh accounts, and records none', async () => {
    const round = await votingRound();
    const voters = await Promise.all(Array.from({ length: 5 }, () => newcomer()));

    const answers = await Promise.all(
      voters.map((voter) => castAs(voter.token, round.id, round.projectId)),
    );

    for (const answer of answers) {
      const error = refused(answer);
      expect(error.extensions.code).toBe('FORBIDDEN');
      expect(error.message).toMatch(/verify your e-mail/);
    }
    expect(await ballotsOf(round.id)).toBe(0);
  });

  it('counts a newcomer once they follow the link in their mail, on the same session', async () => {
    const round = await votingRound();
    const voter = await newcomer();
    expect(refused(await castAs(voter.token, round.id, round.projectId)).extensions.code).toBe(
      'FORBIDDEN',
    );
    const { token } = verificationLink((await queuedMailTo(world.api.prisma, voter.email))[0]!);
    ok(
      await world.api.graphql.execute(
        `mutation ($token: String!) { verifyEmail(token: $token) { id } }`,
        { token },
      ),
    );

    ok(await castAs(voter.token, round.id, round.projectId));

    expect(await ballotsOf(round.id)).toBe(1);
  });

  it('lets verified people vote, and anyone signed in where the round does not ask', async () => {
    const safe = await votingRound();
    const open = await votingRound({ requireVerifiedVoters: false });
    const voter = await newcomer();

    ok(await world.gql(CAST, { roundId: safe.id, projectIds: [safe.projectId] }, 'stranger'));
    ok(await castAs(voter.token, open.id, open.projectId));

    expect(await ballotsOf(safe.id)).toBe(1);
    expect(await ballotsOf(open.id)).toBe(1);
  });
});

describe('budget rounds for the hub’s members only', () => {
  const ACTIONS = `query ($id: ID!) { budgetRound(id: $id) { voterRule availableActions } }`;

  it('lets people of APPROVED member stakeholders vote, refuses others, and says so on the round', async () => {
    const round = await votingRound({ voterRule: 'HUB_MEMBERS' });

    const shown = ok(
      await world.gql<{ budgetRound: { voterRule: string; availableActions: string[] } }>(
        ACTIONS,
        { id: round.id },
        'stranger',
      ),
    );
    expect(shown.budgetRound).toEqual({ voterRule: 'HUB_MEMBERS', availableActions: [] });
    const member = ok(
      await world.gql<{ budgetRound: { availableActions: string[] } }>(
        ACTIONS,
        { id: round.id },
        'leadMember',
      ),
    );
    expect(member.budgetRound.availableActions).toEqual(['CAST_BALLOT']);

    const error = refused(
      await world.gql(CAST, { roundId: round.id, projectIds: [round.projectId] }, 'stranger'),
    );
    expect(error.extensions.code).toBe('FORBIDDEN');
    expect(error.message).toMatch(/member stakeholders/);
    expect(await ballotsOf(round.id)).toBe(0);

    ok(await world.gql(CAST, { roundId: round.id, projectIds: [round.projectId] }, 'leadMember'));
    expect(await ballotsOf(round.id)).toBe(1);
  });

  it('keeps any signed-in person’s vote by default', async () => {
    const round = await votingRound();
    const shown = ok(await world.gql(ROUND_RULE, { id: round.id }, 'anonymous'));
    expect(shown).toEqual({ budgetRound: { voterRule: 'SIGNED_IN' } });
    ok(await world.gql(CAST, { roundId: round.id, projectIds: [round.projectId] }, 'stranger'));
  });
});

const ROUND_RULE = `query ($id: ID!) { budgetRound(id: $id) { voterRule } }`;
