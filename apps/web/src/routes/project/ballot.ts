// What a ballot in the making adds up to, by the rules castBallot checks: between
// minSelections and maxSelections projects whose requested budgets fit in the round's budget.
export interface BallotRules {
  totalBudget: number;
  minSelections: number;
  maxSelections: number;
}

export type BallotProblem = 'tooMany' | 'overBudget' | 'tooFew' | 'unchanged';

export interface BallotTally {
  count: number;
  total: number;
  /** Negative when over the budget. */
  remaining: number;
  /** Why the ballot cannot be cast as it is; null when it can. */
  problem: BallotProblem | null;
}

export function tallyBallot(
  costs: readonly number[],
  rules: BallotRules,
  unchanged = false,
): BallotTally {
  const total = costs.reduce((sum, cost) => sum + cost, 0);
  const count = costs.length;
  const problem: BallotProblem | null =
    count > rules.maxSelections
      ? 'tooMany'
      : total > rules.totalBudget
        ? 'overBudget'
        : count < rules.minSelections
          ? 'tooFew'
          : unchanged
            ? 'unchanged'
            : null;
  return { count, total, remaining: rules.totalBudget - total, problem };
}
