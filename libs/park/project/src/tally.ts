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

/** Why a project was or was not funded, as data (the sentence in `reason` is made from it). */
export type TallyReasonCode =
  /** Bought by the Method of Equal Shares: its supporters paid for it from their shares. */
  | 'FUNDED_BY_EQUAL_SHARES'
  /** GREEDY: it fitted in what was left at its turn. */
  | 'FUNDED_IN_RANK'
  /** EQUAL_SHARES: not bought by shares, but what the shares left still covered it. */
  | 'FUNDED_FROM_LEFTOVER'
  | 'NOT_FUNDED_NO_VOTES'
  /** GREEDY: what was left at its turn was less than it needs. */
  | 'NOT_FUNDED_OVER_BUDGET'
  /** EQUAL_SHARES: its supporters' shares could not pay, nor what the shares left. */
  | 'NOT_FUNDED_SHARES_SHORT'
  /** Entered, but cancelled (or otherwise moved on) before the tally. */
  | 'NOT_FUNDED_NOT_APPROVED';

export interface TallyReason {
  code: TallyReasonCode;
  /** Whole won it needed at the tally. */
  cost: number;
  /** Whole won left at its turn (FUNDED_IN_RANK, FUNDED_FROM_LEFTOVER, NOT_FUNDED_OVER_BUDGET, NOT_FUNDED_SHARES_SHORT). */
  budgetLeft?: number;
  /** FUNDED_BY_EQUAL_SHARES: the most and the least one supporter paid, in whole won (rounded out). */
  shareMax?: number;
  shareMin?: number;
  /** NOT_FUNDED_NOT_APPROVED: the project's status at the tally. */
  projectStatus?: string;
}

export interface TallyLine {
  projectId: string;
  votes: number;
  funded: boolean;
  /** Whole won granted: the project's cost when funded, else 0. */
  amount: number;
  /** The English sentence published since the first tally (kept for existing clients). */
  reason: string;
  explanation: TallyReason;
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
  const funded =
    input.method === 'EQUAL_SHARES'
      ? equalShares(input.budget, ranked, input.ballots.length)
      : new Map<string, TallyReason>();
  // GREEDY on its own, or completing EQUAL_SHARES with what its purchases left.
  let remaining = input.budget - sumCosts(ranked.filter((p) => funded.has(p.id)));
  const shares = input.method === 'EQUAL_SHARES';
  const lines = ranked.map((project, index): TallyLine => {
    const line = { projectId: project.id, votes: project.votes };
    const explain = (explanation: TallyReason, amount = 0): TallyLine => ({
      ...line,
      funded: explanation.code.startsWith('FUNDED'),
      amount,
      reason: reasonSentence(explanation, { rank: index + 1, votes: project.votes }),
      explanation,
    });
    const cost = project.cost;
    const bought = funded.get(project.id);
    if (bought) return explain(bought, cost);
    if (project.votes === 0) return explain({ code: 'NOT_FUNDED_NO_VOTES', cost });
    const budgetLeft = remaining;
    if (cost <= remaining) {
      remaining -= cost;
      return explain(
        { code: shares ? 'FUNDED_FROM_LEFTOVER' : 'FUNDED_IN_RANK', cost, budgetLeft },
        cost,
      );
    }
    return explain({
      code: shares ? 'NOT_FUNDED_SHARES_SHORT' : 'NOT_FUNDED_OVER_BUDGET',
      cost,
      budgetLeft,
    });
  });
  return { lines, spent: sumCosts(lines.filter((l) => l.funded).map((l) => ({ cost: l.amount }))) };
}

/**
 * The English sentence of a result, as the API has published it since its first tallies (the
 * console renders `explanation` in the reader's language instead).
 */
export function reasonSentence(reason: TallyReason, line: { rank: number; votes: number }): string {
  const left = reason.budgetLeft ?? 0;
  switch (reason.code) {
    case 'FUNDED_BY_EQUAL_SHARES':
      return (
        `Funded by equal shares: its ${line.votes} supporters paid at most ` +
        `${reason.shareMax ?? 0} won each for its ${reason.cost} won`
      );
    case 'FUNDED_IN_RANK':
    case 'FUNDED_FROM_LEFTOVER':
      return (
        `Funded: ranked ${line.rank} by votes (${line.votes}), and the ${left} won left` +
        `${reason.code === 'FUNDED_FROM_LEFTOVER' ? ' after equal shares' : ''} covered its ${reason.cost} won`
      );
    case 'NOT_FUNDED_NO_VOTES':
      return 'Not funded: no votes';
    case 'NOT_FUNDED_OVER_BUDGET':
      return `Not funded: only ${left} won were left at its turn; it needs ${reason.cost} won`;
    case 'NOT_FUNDED_SHARES_SHORT':
      return (
        `Not funded: its supporters’ equal shares could not pay for it, and only ${left} won ` +
        `were left after equal shares at its turn; it needs ${reason.cost} won`
      );
    case 'NOT_FUNDED_NOT_APPROVED':
      return `Not funded: the project is ${reason.projectStatus ?? 'CANCELLED'}, no longer APPROVED`;
  }
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
 * Returns the bought projects with what their supporters paid.
 */
function equalShares(budget: number, ranked: Ranked[], voters: number): Map<string, TallyReason> {
  const bought = new Map<string, TallyReason>();
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
    // Those with less than ρ left pay all they have: the least any supporter paid.
    let least = best.price;
    for (const voter of best.project.supporters) {
      const paid = Fraction.min(balances[voter], best.price);
      if (paid.compare(least) < 0) least = paid;
      balances[voter] = balances[voter].minus(paid);
    }
    bought.set(best.project.id, {
      code: 'FUNDED_BY_EQUAL_SHARES',
      cost: best.project.cost,
      shareMax: Number(best.price.ceil()),
      shareMin: Number(least.floor()),
    });
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

  floor(): bigint {
    return this.numerator / this.denominator;
  }
}

function gcd(a: bigint, b: bigint): bigint {
  while (b) [a, b] = [b, a % b];
  return a;
}
