import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ok } from './support/partnerships';
import { ProjectWorld, Variables, Who } from './support/projects';

// A tally's reason as data (BudgetResult.explanation): the code and the whole-won amounts behind
// each result, for GREEDY and EQUAL_SHARES rounds and a project cancelled during voting, beside
// the English sentence kept in `reason`; and the migration that read the codes back from the
// sentences of rounds tallied before.

const RESULTS = `results { project { id } votes funded amount reason
  explanation { code rank cost budgetLeft sharePaidMax sharePaidMin projectStatus } }`;
type Result = {
  project: { id: string };
  votes: number;
  funded: boolean;
  amount: number;
  reason: string;
  explanation: {
    code: string;
    rank: number;
    cost: number | null;
    budgetLeft: number | null;
    sharePaidMax: number | null;
    sharePaidMin: number | null;
    projectStatus: string | null;
  };
};
const ADD = `mutation ($roundId: ID!, $projectId: ID!) { addProjectToRound(roundId: $roundId, projectId: $projectId) { id } }`;
const CAST = `mutation ($roundId: ID!, $projectIds: [ID!]!) { castBallot(roundId: $roundId, projectIds: $projectIds) { ballot { id } } }`;

let world: ProjectWorld;

beforeAll(async () => {
  world = await ProjectWorld.start();
}, 60_000);
afterAll(() => world.close());

const staffMove = (mutation: string, id: string) =>
  world.gql(`mutation ($id: ID!) { ${mutation}(id: $id) { id } }`, { id }, 'hubManager');

/** A VOTING round of APPROVED projects costing `budgets`, in proposal order. */
async function votingRound(budgets: number[], input: Variables) {
  const { createBudgetRound: round } = ok(
    await world.gql<{ createBudgetRound: { id: string } }>(
      `mutation ($input: CreateBudgetRoundInput!) { createBudgetRound(input: $input) { id } }`,
      { input: { hubId: world.hubId, title: 'Reasons 2031', maxSelections: 2, ...input } },
      'hubManager',
    ),
  );
  ok(await staffMove('openBudgetRound', round.id));
  const projects: string[] = [];
  for (const requestedBudget of budgets) {
    const id = await world.inState('APPROVED', { requestedBudget });
    ok(await world.gql(ADD, { roundId: round.id, projectId: id }, 'leadOwner'));
    projects.push(id);
  }
  ok(await staffMove('startBudgetVoting', round.id));
  return { roundId: round.id, projects };
}

async function tallied(roundId: string, ballots: [Who, string[]][]): Promise<Result[]> {
  for (const [who, choices] of ballots) {
    ok(await world.gql(CAST, { roundId, projectIds: choices }, who));
  }
  ok(await staffMove('closeBudgetRound', roundId));
  return ok(
    await world.gql<{ tallyBudgetRound: { results: Result[] } }>(
      `mutation ($roundId: ID!) { tallyBudgetRound(roundId: $roundId) { ${RESULTS} } }`,
      { roundId },
      'hubManager',
    ),
  ).tallyBudgetRound.results;
}

const explained = (results: Result[]) =>
  results.map((r) => [r.project.id, r.funded, r.amount, r.explanation]);
const none = { budgetLeft: null, sharePaidMax: null, sharePaidMin: null, projectStatus: null };

describe('a GREEDY tally’s reasons as data', () => {
  it('says what was left at each turn, what each project needed, and who had no votes or left', async () => {
    // Budget 20M: C 8M (4 votes) → 12M left; D 7M (3) → 5M left; A 9M (2) does not fit;
    // F 3M (1) fits → 2M left; E 1M has no votes; B 4M is cancelled during voting.
    const { roundId, projects } = await votingRound(
      [9_000_000, 4_000_000, 8_000_000, 7_000_000, 1_000_000, 3_000_000],
      { totalBudget: 20_000_000, tallyMethod: 'GREEDY' },
    );
    const [A, B, C, D, E, F] = projects;
    const ballots: [Who, string[]][] = [
      ['leadOwner', [C, D]],
      ['leadAdmin', [C, D]],
      ['leadMember', [C, A]],
      ['reviewer1', [C, D]],
      ['reviewer2', [A, F]],
      ['reviewer3', [B]],
    ];
    for (const [who, choices] of ballots) {
      ok(await world.gql(CAST, { roundId, projectIds: choices }, who));
    }
    ok(await world.move('leadOwner', 'cancel', B));

    const results = await tallied(roundId, []);

    const inRank = (rank: number, cost: number, budgetLeft: number) => ({
      ...none,
      code: 'FUNDED_IN_RANK',
      rank,
      cost,
      budgetLeft,
    });
    expect(explained(results)).toEqual([
      [C, true, 8_000_000, inRank(1, 8_000_000, 20_000_000)],
      [D, true, 7_000_000, inRank(2, 7_000_000, 12_000_000)],
      [
        A,
        false,
        0,
        {
          ...none,
          code: 'NOT_FUNDED_OVER_BUDGET',
          rank: 3,
          cost: 9_000_000,
          budgetLeft: 5_000_000,
        },
      ],
      [F, true, 3_000_000, inRank(4, 3_000_000, 5_000_000)],
      [E, false, 0, { ...none, code: 'NOT_FUNDED_NO_VOTES', rank: 5, cost: 1_000_000 }],
      [
        B,
        false,
        0,
        {
          ...none,
          code: 'NOT_FUNDED_NOT_APPROVED',
          rank: 6,
          cost: 4_000_000,
          projectStatus: 'CANCELLED',
        },
      ],
    ]);
    // The sentences are unchanged for the clients that read them.
    expect(results.map((r) => r.reason)).toEqual([
      'Funded: ranked 1 by votes (4), and the 20000000 won left covered its 8000000 won',
      'Funded: ranked 2 by votes (3), and the 12000000 won left covered its 7000000 won',
      'Not funded: only 5000000 won were left at its turn; it needs 9000000 won',
      'Funded: ranked 4 by votes (1), and the 5000000 won left covered its 3000000 won',
      'Not funded: no votes',
      'Not funded: the project is CANCELLED, no longer APPROVED',
    ]);
  });
});

describe('an EQUAL_SHARES tally’s reasons as data', () => {
  it('says what the supporters of each bought project paid, and what the shares left', async () => {
    // 120M over 3 voters → 40M each. A 60M by all three: ρ = 20M each, all keep 20M. C 50M by
    // two (40M between them) and B 30M by one (20M) cannot be bought. Completion with the 60M
    // left: C (2 votes) fits → 10M left; B (30M) does not.
    const { roundId, projects } = await votingRound([60_000_000, 30_000_000, 50_000_000], {
      totalBudget: 120_000_000,
      tallyMethod: 'EQUAL_SHARES',
    });
    const [A, B, C] = projects;

    const results = await tallied(roundId, [
      ['leadOwner', [A, C]],
      ['leadAdmin', [A, C]],
      ['reviewer1', [A, B]],
    ]);

    expect(explained(results)).toEqual([
      [
        A,
        true,
        60_000_000,
        {
          ...none,
          code: 'FUNDED_BY_EQUAL_SHARES',
          rank: 1,
          cost: 60_000_000,
          sharePaidMax: 20_000_000,
          sharePaidMin: 20_000_000,
        },
      ],
      [
        C,
        true,
        50_000_000,
        {
          ...none,
          code: 'FUNDED_FROM_LEFTOVER',
          rank: 2,
          cost: 50_000_000,
          budgetLeft: 60_000_000,
        },
      ],
      [
        B,
        false,
        0,
        {
          ...none,
          code: 'NOT_FUNDED_SHARES_SHORT',
          rank: 3,
          cost: 30_000_000,
          budgetLeft: 10_000_000,
        },
      ],
    ]);
  });

  it('gives the least and the most a supporter paid when some had less left', async () => {
    // 60M over 3 voters → 20M each. P1 20M by v1, v2 (ρ 10M) is bought first; P2 36M by all
    // three then costs v1 and v2 their last 10M each and v3 16M.
    const { roundId, projects } = await votingRound([20_000_000, 36_000_000, 20_000_000], {
      totalBudget: 60_000_000,
      tallyMethod: 'EQUAL_SHARES',
    });
    const [P1, P2, P3] = projects;

    const results = await tallied(roundId, [
      ['leadOwner', [P1, P2]],
      ['leadAdmin', [P1, P2]],
      ['reviewer1', [P2, P3]],
    ]);

    const byProject = Object.fromEntries(results.map((r) => [r.project.id, r.explanation]));
    expect(byProject[P2]).toMatchObject({
      code: 'FUNDED_BY_EQUAL_SHARES',
      sharePaidMax: 16_000_000,
      sharePaidMin: 10_000_000,
    });
    expect(byProject[P1]).toMatchObject({ sharePaidMax: 10_000_000, sharePaidMin: 10_000_000 });
    expect(byProject[P3]).toMatchObject({ code: 'NOT_FUNDED_SHARES_SHORT', budgetLeft: 4_000_000 });
  });
});

describe('results tallied before reason codes', () => {
  it('get their code and amounts back from their sentences (the migration’s backfill)', async () => {
    const rows = await world.api.prisma.budgetResult.findMany({
      orderBy: [{ roundId: 'asc' }, { rank: 'asc' }],
    });
    expect(new Set(rows.map((row) => row.reasonCode)).size).toBeGreaterThanOrEqual(6);
    const sql = readFileSync(
      path.resolve('prisma/migrations/20261204020000_budget_result_reasons/migration.sql'),
      'utf8',
    );
    const backfill = sql
      .slice(
        sql.indexOf('-- Results published before'),
        sql.indexOf('ALTER TABLE "budget_results" ALTER'),
      )
      .split(/;\s*\n/)
      .map((statement) => statement.replace(/^--.*$/gm, '').trim())
      .filter(Boolean);
    expect(backfill.length).toBe(6);

    // Forget the data as if the rows were written before the migration, run its backfill, and
    // read them again, all in one transaction that is then rolled back.
    const restored = await world.api.prisma
      .$transaction(async (tx) => {
        await tx.$executeRawUnsafe(
          `ALTER TABLE "budget_results" ALTER COLUMN "reason_code" DROP NOT NULL`,
        );
        await tx.$executeRawUnsafe(
          `UPDATE "budget_results" SET "reason_code" = NULL, "cost" = NULL, "budget_left" = NULL,
             "share_paid_max" = NULL, "share_paid_min" = NULL, "project_status" = NULL`,
        );
        for (const statement of backfill) await tx.$executeRawUnsafe(statement);
        const after = await tx.budgetResult.findMany({
          orderBy: [{ roundId: 'asc' }, { rank: 'asc' }],
        });
        throw Object.assign(new Error('roll back'), { after });
      })
      .catch((error: { after?: typeof rows }) => {
        if (!error.after) throw error;
        return error.after;
      });

    const key = (row: (typeof rows)[number]) => `${row.roundId}:${row.projectId}`;
    const byKey = new Map(restored.map((row) => [key(row), row]));
    for (const row of rows) {
      // The least share paid was never in a sentence; a no-votes sentence named no cost.
      const expected = {
        ...row,
        sharePaidMin: null,
        cost:
          row.reasonCode === 'NOT_FUNDED_NO_VOTES' || row.reasonCode === 'NOT_FUNDED_NOT_APPROVED'
            ? null
            : row.cost,
      };
      expect(byKey.get(key(row))).toEqual(expected);
    }
    // Rolled back: the rows are as the tallies wrote them.
    expect(
      await world.api.prisma.budgetResult.findMany({
        orderBy: [{ roundId: 'asc' }, { rank: 'asc' }],
      }),
    ).toEqual(rows);
  });
});

describe('Hub.budgetRounds', () => {
  it('lists each hub’s rounds newest first, as budgetRounds(hubId) does, in a fixed number of statements', async () => {
    const query = `{ hubs { id budgetRounds { id title status results { explanation { code } } } } }`;
    const count = async () => {
      const before = world.api.prisma.statementCount;
      const data = await world.api.graphql.ok<{
        hubs: { id: string; budgetRounds: { id: string }[] }[];
      }>(query, {}, world.as('hubManager'));
      return { count: world.api.prisma.statementCount - before, hubs: data.hubs };
    };
    const first = await count();
    ok(
      await world.gql(
        `mutation ($input: CreateBudgetRoundInput!) { createBudgetRound(input: $input) { id } }`,
        {
          input: {
            hubId: world.hubId,
            title: 'One more',
            totalBudget: 1_000_000,
            maxSelections: 1,
            tallyMethod: 'GREEDY',
          },
        },
        'hubManager',
      ),
    );
    const second = await count();

    const youth = second.hubs.find((hub) => hub.id === world.hubId);
    const { budgetRounds } = ok(
      await world.gql<{ budgetRounds: { id: string }[] }>(
        `query ($hubId: ID!) { budgetRounds(hubId: $hubId) { id } }`,
        { hubId: world.hubId },
        'hubManager',
      ),
    );
    expect(youth?.budgetRounds.map((round) => round.id)).toEqual(budgetRounds.map((r) => r.id));
    expect(youth?.budgetRounds.length).toBe(
      (first.hubs.find((hub) => hub.id === world.hubId)?.budgetRounds.length ?? 0) + 1,
    );
    expect(second.count).toBe(first.count);
  });
});
