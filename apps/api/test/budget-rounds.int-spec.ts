import { ok, refused } from './support/partnerships';
import { ProjectWorld, Variables, Who } from './support/projects';

// Participatory budgeting through GraphQL: a round's moves and who may make them, entering
// projects, every ballot rule (and that a refused ballot changes nothing), replacing a ballot,
// concurrent duplicate ballots, and the tally (GREEDY here; EQUAL_SHARES in project-journey).

const ROUND_FIELDS = `id status title totalBudget maxSelections minSelections tallyMethod
  projects { id } results { project { id } votes funded amount reason }
  history { action from to }`;
type Round = {
  id: string;
  status: string;
  projects: { id: string }[];
  results: {
    project: { id: string };
    votes: number;
    funded: boolean;
    amount: number;
    reason: string;
  }[];
  history: { action: string }[];
};
const CREATE = `mutation ($input: CreateBudgetRoundInput!) { createBudgetRound(input: $input) { ${ROUND_FIELDS} } }`;
const MOVE = {
  open: 'openBudgetRound',
  startVoting: 'startBudgetVoting',
  close: 'closeBudgetRound',
} as const;
const ADD = `mutation ($roundId: ID!, $projectId: ID!) { addProjectToRound(roundId: $roundId, projectId: $projectId) { id projects { id } } }`;
const CAST = `mutation ($roundId: ID!, $projectIds: [ID!]!) { castBallot(roundId: $roundId, projectIds: $projectIds) {
  ballot { id projects { id } } budgetRound { id myBallot { id projects { id } } } } }`;
type Ballot = { id: string; projects: { id: string }[] };
const TALLY = `mutation ($roundId: ID!) { tallyBudgetRound(roundId: $roundId) { ${ROUND_FIELDS} } }`;

let world: ProjectWorld;

beforeAll(async () => {
  world = await ProjectWorld.start();
}, 60_000);
afterAll(() => world.close());

async function createRound(overrides: Variables = {}, who: Who = 'hubManager') {
  return world.gql<{ createBudgetRound: Round }>(
    CREATE,
    {
      input: {
        hubId: world.hubId,
        title: 'Youth budget 2031',
        totalBudget: 20_000_000,
        maxSelections: 2,
        tallyMethod: 'GREEDY',
        ...overrides,
      },
    },
    who,
  );
}

const move = (who: Who, action: keyof typeof MOVE, id: string) =>
  world.gql<Record<string, Round>>(
    `mutation ($id: ID!) { ${MOVE[action]}(id: $id) { ${ROUND_FIELDS} } }`,
    { id },
    who,
  );
const cast = (who: Who, roundId: string, projectIds: string[]) =>
  world.gql<{ castBallot: { ballot: Ballot; budgetRound: { id: string; myBallot: Ballot } } }>(
    CAST,
    { roundId, projectIds },
    who,
  );

/** A VOTING round of APPROVED projects costing `budgets` (in won), in proposal order. */
async function votingRound(budgets: number[], overrides: Variables = {}) {
  const round = ok(await createRound(overrides)).createBudgetRound;
  ok(await move('hubManager', 'open', round.id));
  const projects: string[] = [];
  for (const budget of budgets) {
    const id = await world.inState('APPROVED', { requestedBudget: budget });
    ok(await world.gql(ADD, { roundId: round.id, projectId: id }, 'leadOwner'));
    projects.push(id);
  }
  ok(await move('hubManager', 'startVoting', round.id));
  return { roundId: round.id, projects };
}

describe('a round’s moves', () => {
  it('runs DRAFT → OPEN_FOR_PROPOSALS → VOTING → CLOSED by staff, with history', async () => {
    const created = ok(await createRound()).createBudgetRound;
    expect(created).toMatchObject({ status: 'DRAFT', totalBudget: 20_000_000, minSelections: 1 });
    ok(await move('hubCoordinator', 'open', created.id));
    const project = await world.inState('APPROVED');
    ok(await world.gql(ADD, { roundId: created.id, projectId: project }, 'hubManager'));
    ok(await move('parkAdmin', 'startVoting', created.id));

    const closed = ok(await move('hubManager', 'close', created.id)).closeBudgetRound;

    expect(closed.status).toBe('CLOSED');
    expect(closed.history.map((step) => step.action)).toEqual([
      'create',
      'open',
      'startVoting',
      'close',
    ]);
  });

  it.each<[Who, string]>([
    ['leadOwner', 'FORBIDDEN'],
    ['otherHubStaff', 'FORBIDDEN'],
    ['stranger', 'FORBIDDEN'],
    ['anonymous', 'UNAUTHENTICATED'],
  ])('refuses %s every move and creating a round (%s)', async (who, code) => {
    const id = ok(await createRound()).createBudgetRound.id;
    const before = await world.snapshot();

    expect(refused(await createRound({}, who)).extensions.code).toBe(code);
    expect(refused(await move(who, 'open', id)).extensions.code).toBe(code);
    expect(refused(await world.gql(TALLY, { roundId: id }, who)).extensions.code).toBe(code);
    expect(await world.snapshot()).toEqual(before);
  });

  it('refuses moves out of order as INVALID_TRANSITION', async () => {
    const id = ok(await createRound()).createBudgetRound.id;
    expect(refused(await move('hubManager', 'startVoting', id)).extensions).toMatchObject({
      code: 'INVALID_TRANSITION',
      state: 'DRAFT',
      action: 'startVoting',
    });
    expect(refused(await move('hubManager', 'close', id)).extensions.code).toBe(
      'INVALID_TRANSITION',
    );
    expect(refused(await world.gql(TALLY, { roundId: id }, 'hubManager')).extensions).toMatchObject(
      {
        code: 'INVALID_TRANSITION',
        state: 'DRAFT',
        action: 'tally',
      },
    );
  });

  it.each<[string, Variables, string[]]>([
    ['a zero budget', { totalBudget: 0 }, ['totalBudget']],
    ['more than 50 choices', { maxSelections: 51 }, ['maxSelections']],
    ['a minimum above the maximum', { minSelections: 3, maxSelections: 2 }, ['minSelections']],
    ['an unknown method', { tallyMethod: 'LOTTERY' }, ['tallyMethod']],
  ])('refuses a round with %s (BAD_USER_INPUT)', async (_s, bad, fields) => {
    const before = await world.snapshot();
    expect(refused(await createRound(bad)).extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields,
    });
    expect(await world.snapshot()).toEqual(before);
  });

  it('needs at least minSelections projects before voting starts', async () => {
    const id = ok(await createRound({ minSelections: 2 })).createBudgetRound.id;
    ok(await move('hubManager', 'open', id));
    expect(refused(await move('hubManager', 'startVoting', id)).extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: ['id'],
    });
  });
});

describe('entering projects', () => {
  it('takes APPROVED projects of the hub from their team or staff while proposals are open', async () => {
    const id = ok(await createRound()).createBudgetRound.id;
    const approved = await world.inState('APPROVED');
    const proposed = await world.inState('PROPOSED');
    expect(
      refused(await world.gql(ADD, { roundId: id, projectId: approved }, 'leadOwner')).extensions,
    ).toMatchObject({
      code: 'INVALID_TRANSITION',
      state: 'DRAFT',
      action: 'addProject',
    });
    ok(await move('hubManager', 'open', id));

    ok(await world.gql(ADD, { roundId: id, projectId: approved }, 'leadAdmin'));

    expect(
      refused(await world.gql(ADD, { roundId: id, projectId: approved }, 'hubManager')).extensions
        .code,
    ).toBe('CONFLICT');
    expect(
      refused(await world.gql(ADD, { roundId: id, projectId: proposed }, 'leadOwner')).extensions,
    ).toMatchObject({
      code: 'INVALID_TRANSITION',
      state: 'PROPOSED',
      action: 'enterRound',
    });
    const other = await world.inState('APPROVED');
    expect(
      refused(await world.gql(ADD, { roundId: id, projectId: other }, 'stranger')).extensions.code,
    ).toBe('FORBIDDEN');
    const elsewhere = ok(
      await world.gql<{ createBudgetRound: Round }>(
        CREATE,
        {
          input: {
            hubId: world.otherHubId,
            title: 'Social budget',
            totalBudget: 5,
            maxSelections: 1,
            tallyMethod: 'GREEDY',
          },
        },
        'otherHubStaff',
      ),
    ).createBudgetRound.id;
    ok(await move('otherHubStaff', 'open', elsewhere));
    expect(
      refused(await world.gql(ADD, { roundId: elsewhere, projectId: other }, 'parkAdmin'))
        .extensions,
    ).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: ['projectId'],
    });
  });
});

describe('ballots', () => {
  let round: { roundId: string; projects: string[] };
  let A: string, B: string, C: string, D: string;

  beforeAll(async () => {
    // Budget 20,000,000; at most two choices.
    round = await votingRound([8_000_000, 9_000_000, 12_000_000, 5_000_000]);
    [A, B, C, D] = round.projects;
  }, 60_000);

  it('takes one ballot per voter, which a new one replaces', async () => {
    const first = ok(await cast('stranger', round.roundId, [A, B])).castBallot.ballot;
    expect(first.projects.map((p) => p.id).sort()).toEqual([A, B].sort());

    const { ballot: second, budgetRound: cached } = ok(
      await cast('stranger', round.roundId, [D]),
    ).castBallot;

    expect(second).toEqual({ id: first.id, projects: [{ id: D }] });
    // The round comes back with the voter's new ballot, as a cache would show it.
    expect(cached).toEqual({ id: round.roundId, myBallot: second });
    const { budgetRound } = ok(
      await world.gql<{ budgetRound: { myBallot: { projects: { id: string }[] } } }>(
        `query ($id: ID!) { budgetRound(id: $id) { myBallot { projects { id } } } }`,
        { id: round.roundId },
        'stranger',
      ),
    );
    expect(budgetRound.myBallot.projects).toEqual([{ id: D }]);
    expect(
      await world.api.prisma.ballot.count({
        where: { roundId: round.roundId, voterId: world.userIds.stranger },
      }),
    ).toBe(1);
  });

  it.each<[string, () => string[], string]>([
    ['over budget (21,000,000 > 20,000,000)', () => [B, C], 'at most'],
    ['over the maximum of two', () => [A, D, B], 'at most 2'],
    ['under the minimum of one', () => [], 'at least 1'],
    [
      'with a project not in the round',
      () => [A, '00000000-0000-4000-8000-00000000000a'],
      'projects of this round',
    ],
    ['repeating a project', () => [A, A], 'repeat'],
  ])('refuses a ballot %s as BAD_USER_INPUT, changing nothing', async (_s, choices, message) => {
    const before = await world.snapshot();

    const error = refused(await cast('leadMember', round.roundId, choices()));

    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['projectIds'] });
    expect(error.message).toContain(message);
    expect(await world.snapshot()).toEqual(before);
  });

  it('refuses anonymous voters', async () => {
    expect(refused(await cast('anonymous', round.roundId, [A])).extensions.code).toBe(
      'UNAUTHENTICATED',
    );
  });

  it('stores one ballot when the same voter casts several at once', async () => {
    const choices = [[A], [B], [C], [D], [A, D], [B, D]];

    const responses = await Promise.all(choices.map((c) => cast('reviewer3', round.roundId, c)));

    expect(responses.every((r) => !r.errors)).toBe(true);
    const ballots = await world.api.prisma.ballot.findMany({
      where: { roundId: round.roundId, voterId: world.userIds.reviewer3 },
      include: { choices: true },
    });
    expect(ballots).toHaveLength(1);
    const stored = ballots[0].choices.map((c) => c.projectId).sort();
    expect(choices.map((c) => [...c].sort())).toContainEqual(stored);
  });

  it('refuses ballots outside VOTING as INVALID_TRANSITION, changing nothing', async () => {
    const open = ok(await createRound()).createBudgetRound.id;
    ok(await move('hubManager', 'open', open));
    const closed = await votingRound([1_000_000]);
    ok(await move('hubManager', 'close', closed.roundId));
    const before = await world.snapshot();

    expect(refused(await cast('leadOwner', open, [A])).extensions).toMatchObject({
      code: 'INVALID_TRANSITION',
      state: 'OPEN_FOR_PROPOSALS',
      action: 'castBallot',
    });
    expect(
      refused(await cast('leadOwner', closed.roundId, closed.projects)).extensions,
    ).toMatchObject({
      code: 'INVALID_TRANSITION',
      state: 'CLOSED',
    });
    expect(await world.snapshot()).toEqual(before);
  });
});

describe('the GREEDY tally', () => {
  it('funds by votes while the budget covers a project, publishes why, and changes nothing when run again', async () => {
    // Budget 20,000,000. A 8M, B 9M, C 12M, D 5M, E 1M.
    const { roundId, projects } = await votingRound([
      8_000_000, 9_000_000, 12_000_000, 5_000_000, 1_000_000,
    ]);
    const [A, B, C, D, E] = projects;
    const ballots: [Who, string[]][] = [
      ['leadOwner', [C, A]],
      ['leadAdmin', [C, A]],
      ['leadMember', [C, D]],
      ['teamMember', [C]],
      ['reviewer1', [A, B]],
      ['reviewer2', [B]],
    ];
    for (const [who, choices] of ballots) ok(await cast(who, roundId, choices));
    ok(await move('hubManager', 'close', roundId));

    const tallied = ok(
      await world.gql<{ tallyBudgetRound: Round }>(TALLY, { roundId }, 'hubManager'),
    ).tallyBudgetRound;

    // Votes: C 4, A 3, B 2, D 1, E 0. C (12M) fits → 8M left; A (8M) fits → 0 left; B, D do not.
    expect(tallied.status).toBe('TALLIED');
    expect(tallied.results.map((r) => [r.project.id, r.votes, r.funded, r.amount])).toEqual([
      [C, 4, true, 12_000_000],
      [A, 3, true, 8_000_000],
      [B, 2, false, 0],
      [D, 1, false, 0],
      [E, 0, false, 0],
    ]);
    expect(tallied.results[2].reason).toBe(
      'Not funded: only 0 won were left at its turn; it needs 9000000 won',
    );
    expect(tallied.results[4].reason).toBe('Not funded: no votes');
    const rows = await world.api.prisma.project.findMany({ where: { id: { in: projects } } });
    const status = Object.fromEntries(rows.map((row) => [row.id, [row.status, row.fundedAmount]]));
    expect([status[C], status[A], status[B], status[D]]).toEqual([
      ['FUNDED', 12_000_000n],
      ['FUNDED', 8_000_000n],
      ['APPROVED', 0n],
      ['APPROVED', 0n],
    ]);
    const allocations = await world.api.prisma.fundingAllocation.findMany({
      where: { budgetRoundId: roundId },
    });
    expect(allocations.map((a) => [a.projectId, a.source, a.amount]).sort()).toEqual(
      [
        [C, 'PARTICIPATORY_BUDGET', 12_000_000n],
        [A, 'PARTICIPATORY_BUDGET', 8_000_000n],
      ].sort(),
    );

    const before = await world.snapshot();
    const again = ok(
      await world.gql<{ tallyBudgetRound: Round }>(TALLY, { roundId }, 'parkAdmin'),
    ).tallyBudgetRound;
    expect(again).toEqual(tallied);
    expect(await world.snapshot()).toEqual(before);
  });

  it('leaves out a project cancelled during voting, saying why', async () => {
    const { roundId, projects } = await votingRound([3_000_000, 4_000_000]);
    ok(await cast('leadOwner', roundId, projects));
    ok(await world.move('leadOwner', 'cancel', projects[0]));
    ok(await move('hubManager', 'close', roundId));

    const { results } = ok(
      await world.gql<{ tallyBudgetRound: Round }>(TALLY, { roundId }, 'hubManager'),
    ).tallyBudgetRound;

    expect(results.map((r) => [r.project.id, r.votes, r.funded, r.reason])).toEqual([
      [
        projects[1],
        1,
        true,
        'Funded: ranked 1 by votes (1), and the 20000000 won left covered its 4000000 won',
      ],
      [projects[0], 1, false, 'Not funded: the project is CANCELLED, no longer APPROVED'],
    ]);
  });

  it('runs once when two staff tally at the same time', async () => {
    const { roundId, projects } = await votingRound([2_000_000]);
    ok(await cast('leadOwner', roundId, projects));
    ok(await move('hubManager', 'close', roundId));

    const both = await Promise.all([
      world.gql<{ tallyBudgetRound: Round }>(TALLY, { roundId }, 'hubManager'),
      world.gql<{ tallyBudgetRound: Round }>(TALLY, { roundId }, 'parkAdmin'),
    ]);

    expect(both.map((r) => ok(r).tallyBudgetRound.status)).toEqual(['TALLIED', 'TALLIED']);
    expect(
      await world.api.prisma.fundingAllocation.count({ where: { budgetRoundId: roundId } }),
    ).toBe(1);
    expect(
      await world.api.prisma.workflowEvent.count({ where: { entityId: roundId, action: 'tally' } }),
    ).toBe(1);
  });
});
