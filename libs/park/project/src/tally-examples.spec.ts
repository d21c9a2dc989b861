import { tally, TallyInput } from './tally';

// The Method of Equal Shares on small rounds worked out by hand. Each example says what it
// shows, the arithmetic, and the expected result; GREEDY on the same ballots for contrast.

const voters = (...groups: [count: number, choices: string[]][]) =>
  groups.flatMap(([count, choices]) => Array.from({ length: count }, () => choices));

const projects = (costs: Record<string, number>) =>
  Object.entries(costs).map(([id, cost], order) => ({ id, cost, order }));

const winners = (input: TallyInput) =>
  tally(input)
    .lines.filter((line) => line.funded)
    .map((line) => line.projectId);

describe('EQUAL_SHARES, worked by hand', () => {
  it('1. shares the budget in proportion: a 60% majority cannot take all of it', () => {
    // Budget 100, 10 voters → 10 won each. Six voters approve X1 and X2 (50 each); four approve Y (40).
    // Round 1: X1 ρ = 50/6 ≈ 8.33 (6 × 10 = 60 ≥ 50); X2 the same; Y ρ = 40/4 = 10.
    //   Lowest ρ: X1 and X2 tie (8.33, 6 votes each) → X1, proposed first. The six pay 8.33 each
    //   and keep 1.67 each (10 together).
    // Round 2: X2 needs 50 from six voters holding 10 → unaffordable. Y: four voters with 10 each,
    //   ρ = 10 → bought; they are left with 0.
    // Round 3: nothing affordable. Spent 90; the greedy completion has 10 left, X2 (50) does not fit.
    // Result: X1 and Y funded. GREEDY instead funds X1 and X2 (6 votes each) and leaves Y out.
    const input: TallyInput = {
      method: 'EQUAL_SHARES',
      budget: 100,
      projects: projects({ X1: 50, X2: 50, Y: 40 }),
      ballots: voters([6, ['X1', 'X2']], [4, ['Y']]),
    };

    const result = tally(input);

    expect(result.lines.map((l) => [l.projectId, l.votes, l.funded])).toEqual([
      ['X1', 6, true],
      ['X2', 6, false],
      ['Y', 4, true],
    ]);
    expect(result.spent).toBe(90);
    expect(result.lines[0].reason).toBe(
      'Funded by equal shares: its 6 supporters paid at most 9 won each for its 50 won',
    );
    expect(result.lines[1].reason).toBe(
      'Not funded: its supporters’ equal shares could not pay for it, and only 10 won were left after equal shares at its turn; it needs 50 won',
    );
    expect(winners({ ...input, method: 'GREEDY' })).toEqual(['X1', 'X2']);
  });

  it('2. completes with GREEDY: a project its supporters cannot afford alone is funded from what is left', () => {
    // Budget 120, 3 voters → 40 each. A (60) by all three; C (80) by v1, v2; B (40) by v3.
    // Round 1: A ρ = 60/3 = 20; C ρ = 80/2 = 40; B ρ = 40/1 = 40. Buy A; everyone keeps 20.
    // Round 2: C needs 80 from 20 + 20 → no. B needs 40 from v3's 20 → no. Stop; spent 60.
    // Completion in vote order with 60 left: A (3 votes) bought; C (2 votes, 80) does not fit;
    //   B (1 vote, 40) fits → funded, 20 left.
    // Result: A and B funded, C not.
    const result = tally({
      method: 'EQUAL_SHARES',
      budget: 120,
      projects: projects({ A: 60, B: 40, C: 80 }),
      ballots: [
        ['A', 'C'],
        ['A', 'C'],
        ['A', 'B'],
      ],
    });

    expect(result.lines.map((l) => [l.projectId, l.votes, l.funded, l.amount])).toEqual([
      ['A', 3, true, 60],
      ['C', 2, false, 0],
      ['B', 1, true, 40],
    ]);
    expect(result.lines[2].reason).toBe(
      'Funded: ranked 3 by votes (1), and the 60 won left after equal shares covered its 40 won',
    );
    expect(result.lines[2].explanation).toEqual({
      code: 'FUNDED_FROM_LEFTOVER',
      cost: 40,
      budgetLeft: 60,
    });
    expect(result.spent).toBe(100);
  });

  it('3. caps each payment at what a supporter has left (Σ min(balance, ρ) = cost)', () => {
    // Budget 60, 3 voters → 20 each. P1 (20) by v1, v2; P2 (36) by all three; P3 (20) by v3.
    // Round 1: P1 ρ = 20/2 = 10; P2 ρ = 36/3 = 12; P3 ρ = 20. Buy P1: v1 = v2 = 10, v3 = 20.
    // Round 2: P2 has 10 + 10 + 20 = 40 ≥ 36. Try ρ ≥ 10: v1 and v2 pay their 10, v3 pays ρ:
    //   10 + 10 + ρ = 36 → ρ = 16 (≥ 10, so the cap is right). P3: v3 alone, ρ = 20 > 16.
    //   Buy P2: v1 = v2 = 0, v3 = 4.
    // Round 3: P3 needs 20 from v3's 4 → no. Spent 56; completion has 4 left, P3 (20) does not fit.
    // Result: P1 and P2 funded.
    const result = tally({
      method: 'EQUAL_SHARES',
      budget: 60,
      projects: projects({ P1: 20, P2: 36, P3: 20 }),
      ballots: [
        ['P1', 'P2'],
        ['P1', 'P2'],
        ['P2', 'P3'],
      ],
    });

    expect(result.lines.map((l) => [l.projectId, l.funded])).toEqual([
      ['P2', true],
      ['P1', true],
      ['P3', false],
    ]);
    expect(result.lines[0].reason).toBe(
      'Funded by equal shares: its 3 supporters paid at most 16 won each for its 36 won',
    );
    // As data: v3 paid 16, v1 and v2 the 10 they had left.
    expect(result.lines[0].explanation).toEqual({
      code: 'FUNDED_BY_EQUAL_SHARES',
      cost: 36,
      shareMax: 16,
      shareMin: 10,
    });
    expect(result.lines[2].explanation).toEqual({
      code: 'NOT_FUNDED_SHARES_SHORT',
      cost: 20,
      budgetLeft: 4,
    });
    expect(result.spent).toBe(56);
  });

  it('4. breaks a tie in price by votes, then by the earlier proposal', () => {
    // Budget 40, 4 voters → 10 each. Q (20, proposed first) by v1, v2; R (20) by v3, v4;
    // S (30) by v1, v2, v3 (ρ = 10). Q and R: ρ = 10 as well, 2 votes each; S has 3 votes.
    // Round 1: all three at ρ = 10; S has the most votes → bought; v1 = v2 = v3 = 0, v4 = 10.
    // Round 2: Q needs 20 from 0 + 0 → no; R needs 20 from 0 + 10 → no. Spent 30, 10 left:
    //   Q (20) and R (20) do not fit. Result: only S.
    const result = tally({
      method: 'EQUAL_SHARES',
      budget: 40,
      projects: projects({ Q: 20, R: 20, S: 30 }),
      ballots: [['Q', 'S'], ['Q', 'S'], ['R', 'S'], ['R']],
    });

    expect(result.lines.map((l) => [l.projectId, l.votes, l.funded])).toEqual([
      ['S', 3, true],
      ['Q', 2, false],
      ['R', 2, false],
    ]);
  });

  it('5. with no ballots funds nothing', () => {
    const result = tally({
      method: 'EQUAL_SHARES',
      budget: 1_000,
      projects: projects({ A: 10 }),
      ballots: [],
    });

    expect(result).toEqual({
      lines: [
        {
          projectId: 'A',
          votes: 0,
          funded: false,
          amount: 0,
          reason: 'Not funded: no votes',
          explanation: { code: 'NOT_FUNDED_NO_VOTES', cost: 10 },
        },
      ],
      spent: 0,
    });
  });
});

describe('GREEDY, by example', () => {
  it('funds in vote order and skips a project that no longer fits, funding a cheaper one after it', () => {
    // Budget 100: A (60, 5 votes) funded → 40 left; B (50, 4 votes) does not fit;
    // C (30, 3 votes) fits → 10 left; D (20, 0 votes) is never funded.
    const result = tally({
      method: 'GREEDY',
      budget: 100,
      projects: projects({ A: 60, B: 50, C: 30, D: 20 }),
      ballots: voters([3, ['A', 'B', 'C']], [1, ['A', 'B']], [1, ['A']]),
    });

    expect(result.lines.map((l) => [l.projectId, l.votes, l.funded, l.reason])).toEqual([
      ['A', 5, true, 'Funded: ranked 1 by votes (5), and the 100 won left covered its 60 won'],
      ['B', 4, false, 'Not funded: only 40 won were left at its turn; it needs 50 won'],
      ['C', 3, true, 'Funded: ranked 3 by votes (3), and the 40 won left covered its 30 won'],
      ['D', 0, false, 'Not funded: no votes'],
    ]);
    expect(result.lines.map((l) => l.explanation)).toEqual([
      { code: 'FUNDED_IN_RANK', cost: 60, budgetLeft: 100 },
      { code: 'NOT_FUNDED_OVER_BUDGET', cost: 50, budgetLeft: 40 },
      { code: 'FUNDED_IN_RANK', cost: 30, budgetLeft: 40 },
      { code: 'NOT_FUNDED_NO_VOTES', cost: 20 },
    ]);
  });
});
