import { BudgetRoundStatus } from '@park/platform/database';
import { DomainError } from '@park/platform/graphql';
import { BudgetRoundAction, BudgetRoundActor, budgetRoundFlow } from './budget-round.flow';

const STATES = Object.values(BudgetRoundStatus);
const MOVES: Record<BudgetRoundAction, [from: string, to: string]> = {
  open: ['DRAFT', 'OPEN_FOR_PROPOSALS'],
  startVoting: ['OPEN_FOR_PROPOSALS', 'VOTING'],
  close: ['VOTING', 'CLOSED'],
  tally: ['CLOSED', 'TALLIED'],
};

function outcome(run: () => { to: string }): string {
  try {
    return run().to;
  } catch (error) {
    if (error instanceof DomainError) return error.code;
    throw error;
  }
}

describe('the budget round flow table', () => {
  const cases = (Object.keys(MOVES) as BudgetRoundAction[]).flatMap((action) =>
    STATES.flatMap((state) =>
      (['HUB_STAFF', 'PARK_ADMIN'] as BudgetRoundActor[]).map(
        (actor) => [action, state, actor] as const,
      ),
    ),
  );

  it.each(cases)('%s from %s by %s', (action, state, actor) => {
    const [from, to] = MOVES[action];
    expect(outcome(() => budgetRoundFlow.resolve(state, action, [actor]))).toBe(
      state === from ? to : 'INVALID_TRANSITION',
    );
  });

  it('refuses every move to anyone who is not staff', () => {
    for (const action of Object.keys(MOVES) as BudgetRoundAction[]) {
      expect(
        outcome(() => budgetRoundFlow.resolve(MOVES[action][0] as BudgetRoundStatus, action, [])),
      ).toBe('FORBIDDEN');
    }
  });

  it('ends at TALLIED: nothing leads out of it', () => {
    expect(budgetRoundFlow.available('TALLIED', ['PARK_ADMIN'])).toEqual([]);
  });
});
