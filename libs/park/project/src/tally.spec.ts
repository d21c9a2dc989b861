import fc from 'fast-check';
import { tally, TallyInput, TallyMethodName } from './tally';

// Property tests of both tallies over random rounds: up to 8 projects, 25 ballots, any budget.

const round = (method?: TallyMethodName) =>
  fc
    .record({
      method: method
        ? fc.constant(method)
        : fc.constantFrom<TallyMethodName>('GREEDY', 'EQUAL_SHARES'),
      budget: fc.integer({ min: 0, max: 1_000 }),
      costs: fc.array(fc.integer({ min: 1, max: 600 }), { minLength: 1, maxLength: 8 }),
      ballots: fc.array(fc.array(fc.nat({ max: 7 }), { maxLength: 5 }), { maxLength: 25 }),
    })
    .map(({ method, budget, costs, ballots }): TallyInput => ({
      method,
      budget,
      projects: costs.map((cost, index) => ({ id: `p${index}`, cost, order: index })),
      ballots: ballots.map((choices) => choices.map((n) => `p${n % costs.length}`)),
    }));

const costOf = (input: TallyInput, id: string) =>
  input.projects.find((project) => project.id === id)?.cost ?? NaN;

describe('the budget tallies (properties)', () => {
  it('never spend more than the budget, and grant each winner exactly its cost', () => {
    fc.assert(
      fc.property(round(), (input) => {
        const result = tally(input);
        const granted = result.lines.filter((line) => line.funded);
        expect(result.spent).toBe(granted.reduce((sum, line) => sum + line.amount, 0));
        expect(result.spent).toBeLessThanOrEqual(input.budget);
        for (const line of result.lines) {
          expect(line.amount).toBe(line.funded ? costOf(input, line.projectId) : 0);
        }
      }),
    );
  });

  it('are deterministic: the same round gives the same result, whatever the order of ballots and projects', () => {
    fc.assert(
      fc.property(round(), fc.integer(), (input, seed) => {
        const shuffled: TallyInput = {
          ...input,
          projects: shuffle(input.projects, seed),
          ballots: shuffle(input.ballots, seed + 1),
        };
        expect(tally(input)).toEqual(tally(input));
        expect(tally(shuffled)).toEqual(tally(input));
      }),
    );
  });

  it('are idempotent: tallying again changes neither the input nor the result', () => {
    fc.assert(
      fc.property(round(), (input) => {
        const copy = structuredClone(input);
        const first = tally(input);
        expect(input).toEqual(copy);
        expect(tally(input)).toEqual(first);
      }),
    );
  });

  it('list every project once, ranked by votes then earlier proposal, with its vote count', () => {
    fc.assert(
      fc.property(round(), (input) => {
        const { lines } = tally(input);
        expect(lines.map((l) => l.projectId).sort()).toEqual(
          input.projects.map((p) => p.id).sort(),
        );
        for (const line of lines) {
          const votes = input.ballots.filter((b) => b.includes(line.projectId)).length;
          expect(line.votes).toBe(votes);
        }
        const order = (id: string) => input.projects.find((p) => p.id === id)!.order;
        lines.slice(1).forEach((line, i) => {
          const before = lines[i];
          expect(
            before.votes > line.votes ||
              (before.votes === line.votes && order(before.projectId) < order(line.projectId)),
          ).toBe(true);
        });
      }),
    );
  });

  it('GREEDY never skips a voted project that fits in what is left at its turn', () => {
    fc.assert(
      fc.property(round('GREEDY'), (input) => {
        let remaining = input.budget;
        for (const line of tally(input).lines) {
          const cost = costOf(input, line.projectId);
          if (line.votes > 0 && cost <= remaining) {
            expect(line.funded).toBe(true);
            remaining -= cost;
          } else {
            expect(line.funded).toBe(false);
          }
        }
      }),
    );
  });

  it('EQUAL_SHARES leaves no voted project unfunded that would still fit in the leftover budget', () => {
    fc.assert(
      fc.property(round('EQUAL_SHARES'), (input) => {
        const result = tally(input);
        const left = input.budget - result.spent;
        for (const line of result.lines.filter((l) => !l.funded && l.votes > 0)) {
          expect(costOf(input, line.projectId)).toBeGreaterThan(left);
        }
      }),
    );
  });

  it('never funds a project nobody voted for', () => {
    fc.assert(
      fc.property(round(), (input) => {
        for (const line of tally(input).lines.filter((l) => l.votes === 0)) {
          expect(line).toMatchObject({ funded: false, reason: 'Not funded: no votes' });
        }
      }),
    );
  });
});

/** A deterministic Fisher–Yates shuffle. */
function shuffle<T>(items: readonly T[], seed: number): T[] {
  const copy = [...items];
  let state = seed >>> 0 || 1;
  for (let i = copy.length - 1; i > 0; i -= 1) {
    state = (state * 1_103_515_245 + 12_345) >>> 0;
    const j = state % (i + 1);
    [copy[i], copy[j]] = [copy[j], copy[i]];
  }
  return copy;
}
