/**
 * Participatory-budgeting tallies: pure functions of the ballots, so that a round's result can be
 * recomputed, tested and explained. Money is whole won (numbers ≤ 2^53−1); Method of Equal Shares
 * arithmetic is exact (fractions of bigints), so no rounding can ever push a result over budget.
 */

export type TallyMethodName = 'GREEDY' | 'EQUAL_SHARES';

export interface TallyProject {
  id: string;
  /** Whole won it needs; never negative. */
  cost: number;
  /** Position by proposal time (smaller = proposed earlier): the tie-break after votes. */
  order: number;
}

export interface TallyInput {
  method: TallyMethodName;
  budget: number;
  projects: readonly TallyProject[];
  /** Each ballot approves some of the projects (unknown and repeated ids are ignored). */
  ballots: readonly (readonly string[])[];
}

export interface TallyLine {
  projectId: string;
  votes: number;
  funded: boolean;
  /** Whole won granted: the project's cost when funded, else 0. */
  amount: number;
  reason: string;
}

/** Lines in rank order (votes, then earlier proposal), with what was spent. */
export interface TallyResult {
  lines: TallyLine[];
  spent: number;
}

interface Ranked extends TallyProject {
  votes: number;
  supporters: number[];
}

export function tally(input: TallyInput): TallyResult {
  const ranked = rank(input);
  const funded = new Map<string, string>();
  if (input.method === 'EQUAL_SHARES') {
    for (const [id, reason] of equalShares(input.budget, ranked, input.ballots.length)) {
      funded.set(id, reason);
    }
  }
  // GREEDY on its own, or completing EQUAL_SHARES with what its purchases left.
  let remaining = input.budget - sumCosts(ranked.filter((p) => funded.has(p.id)));
  const after = input.method === 'EQUAL_SHARES' ? ' after equal shares' : '';
  const lines = ranked.map((project, index): TallyLine => {
    const line = { projectId: project.id, votes: project.votes };
    const bought = funded.get(project.id);
    if (bought) return { ...line, funded: true, amount: project.cost, reason: bought };
    if (project.votes === 0) {
      return { ...line, funded: false, amount: 0, reason: 'Not funded: no votes' };
    }
    if (project.cost <= remaining) {
      const reason =
        `Funded: ranked ${index + 1} by votes (${project.votes}), and the ` +
        `${remaining} won left${after} covered its ${project.cost} won`;
      remaining -= project.cost;
      return { ...line, funded: true, amount: project.cost, reason };
    }
    const unaffordable =
      input.method === 'EQUAL_SHARES'
        ? 'its supporters’ equal shares could not pay for it, and '
        : '';
    return {
      ...line,
      funded: false,
      amount: 0,
      reason: `Not funded: ${unaffordable}only ${remaining} won were left${after} at its turn; it needs ${project.cost} won`,
    };
  });
  return { lines, spent: sumCosts(lines.filter((l) => l.funded).map((l) => ({ cost: l.amount }))) };
}

/** Votes per project; rank: most votes first, then earlier proposal, then id (total order). */
function rank(input: TallyInput): Ranked[] {
  const byId = new Map<string, Ranked>(
    input.projects.map((p) => [p.id, { ...p, votes: 0, supporters: [] }]),
  );
  input.ballots.forEach((ballot, voter) => {
    for (const id of new Set(ballot)) {
      const project = byId.get(id);
      if (project) {
        project.votes += 1;
        project.supporters.push(voter);
      }
    }
  });
  return [...byId.values()].sort(
    (a, b) => b.votes - a.votes || a.order - b.order || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
}

/**
 * The Method of Equal Shares for approval ballots with costs, exactly as run here:
 *  1. Each of the n voters (one per ballot) gets an equal share, budget / n.
 *  2. A project with supporters S is affordable when their remaining shares add up to its cost.
 *     Its price ρ is the smallest per-voter amount with Σ_{i∈S} min(balance_i, ρ) = cost: those
 *     with less than ρ pay all they have, the others pay ρ.
 *  3. Buy the affordable project with the lowest ρ (ties: more votes, then earlier proposal, then
 *     id); each supporter pays min(balance_i, ρ). Repeat until nothing is affordable.
 *  4. (In `tally`) the leftover budget — budget minus the bought projects' costs — then funds
 *     the remaining projects in GREEDY order, each one that still fits. Projects without votes
 *     are never funded.
 * Returns the bought projects with the reason shown in the results.
 */
function equalShares(budget: number, ranked: Ranked[], voters: number): Map<string, string> {
  const bought = new Map<string, string>();
  if (voters === 0) return bought;
  const balances = Array.from({ length: voters }, () => Fraction.of(budget, voters));
  for (;;) {
    let best: { project: Ranked; price: Fraction } | undefined;
    for (const project of ranked) {
      if (bought.has(project.id) || project.votes === 0) continue;
      const price = priceOf(
        project.cost,
        project.supporters.map((voter) => balances[voter]),
      );
      if (!price) continue;
      // `ranked` is already in (votes, order, id) order, so the first lowest price wins ties.
      if (!best || price.compare(best.price) < 0) best = { project, price };
    }
    if (!best) return bought;
    for (const voter of best.project.supporters) {
      balances[voter] = balances[voter].minus(Fraction.min(balances[voter], best.price));
    }
    bought.set(
      best.project.id,
      `Funded by equal shares: its ${best.project.votes} supporters paid at most ` +
        `${best.price.ceil()} won each for its ${best.project.cost} won`,
    );
  }
}

/** The lowest ρ with Σ min(balance, ρ) = cost, or undefined when the balances fall short. */
function priceOf(cost: number, balances: Fraction[]): Fraction | undefined {
  const sorted = [...balances].sort((a, b) => a.compare(b));
  let paid = Fraction.of(0);
  const total = sorted.reduce((sum, b) => sum.plus(b), Fraction.of(0));
  if (total.compare(Fraction.of(cost)) < 0) return undefined;
  for (let k = 0; k < sorted.length; k += 1) {
    // If the k poorest pay all they have, the other (m − k) each pay this much.
    const price = Fraction.of(cost)
      .minus(paid)
      .dividedBy(sorted.length - k);
    if (price.compare(sorted[k]) <= 0) return price;
    paid = paid.plus(sorted[k]);
  }
  return undefined;
}

function sumCosts(projects: readonly { cost: number }[]): number {
  return projects.reduce((sum, p) => sum + p.cost, 0);
}

/** An exact non-negative rational, numerator / denominator in lowest terms. */
class Fraction {
  private constructor(
    readonly numerator: bigint,
    readonly denominator: bigint,
  ) {}

  static of(numerator: number | bigint, denominator: number | bigint = 1): Fraction {
    const n = BigInt(numerator);
    const d = BigInt(denominator);
    const divisor = gcd(n < 0n ? -n : n, d) || 1n;
    return new Fraction(n / divisor, d / divisor);
  }

  static min(a: Fraction, b: Fraction): Fraction {
    return a.compare(b) <= 0 ? a : b;
  }

  plus(other: Fraction): Fraction {
    return Fraction.of(
      this.numerator * other.denominator + other.numerator * this.denominator,
      this.denominator * other.denominator,
    );
  }

  minus(other: Fraction): Fraction {
    return Fraction.of(
      this.numerator * other.denominator - other.numerator * this.denominator,
      this.denominator * other.denominator,
    );
  }

  dividedBy(divisor: number): Fraction {
    return Fraction.of(this.numerator, this.denominator * BigInt(divisor));
  }

  compare(other: Fraction): number {
    const left = this.numerator * other.denominator;
    const right = other.numerator * this.denominator;
    return left < right ? -1 : left > right ? 1 : 0;
  }

  ceil(): bigint {
    return (this.numerator + this.denominator - 1n) / this.denominator;
  }
}

function gcd(a: bigint, b: bigint): bigint {
  while (b) [a, b] = [b, a % b];
  return a;
}
