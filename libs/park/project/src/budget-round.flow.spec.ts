import { BudgetRoundStatus } from '@park/platform/database';
import { describeTransitionTable } from '@park/platform/testing';
import { BudgetRoundActor, budgetRoundFlow } from './budget-round.flow';

const STAFF: BudgetRoundActor[] = ['HUB_STAFF', 'PARK_ADMIN'];

describeTransitionTable('the budget round flow table', {
  flow: budgetRoundFlow,
  states: Object.values(BudgetRoundStatus),
  roles: STAFF,
  table: [
    ['DRAFT', 'open', 'OPEN_FOR_PROPOSALS', STAFF],
    ['OPEN_FOR_PROPOSALS', 'startVoting', 'VOTING', STAFF],
    ['VOTING', 'close', 'CLOSED', STAFF],
    ['CLOSED', 'tally', 'TALLIED', STAFF],
  ],
});

describe('the budget round flow', () => {
  it('ends at TALLIED: nothing leads out of it', () => {
    expect(budgetRoundFlow.actionsFor('TALLIED', ['PARK_ADMIN'])).toEqual([]);
  });
});
