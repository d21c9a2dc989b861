import { BudgetRoundStatus } from '@park/platform/database';
import { Workflow } from '@park/platform/workflow';

export type BudgetRoundAction = 'open' | 'startVoting' | 'close' | 'tally';

/** HUB_STAFF: staff of the round's hub. PARK_ADMIN: park staff across all hubs. */
export type BudgetRoundActor = 'HUB_STAFF' | 'PARK_ADMIN';

const { DRAFT, OPEN_FOR_PROPOSALS, VOTING, CLOSED, TALLIED } = BudgetRoundStatus;
const STAFF: BudgetRoundActor[] = ['HUB_STAFF', 'PARK_ADMIN'];

/** docs/api.md: DRAFT → OPEN_FOR_PROPOSALS → VOTING → CLOSED → TALLIED, all by staff. */
export const budgetRoundFlow = new Workflow<BudgetRoundStatus, BudgetRoundAction, BudgetRoundActor>(
  'BudgetRound',
  [
    { from: [DRAFT], action: 'open', to: OPEN_FOR_PROPOSALS, by: STAFF },
    { from: [OPEN_FOR_PROPOSALS], action: 'startVoting', to: VOTING, by: STAFF },
    { from: [VOTING], action: 'close', to: CLOSED, by: STAFF },
    { from: [CLOSED], action: 'tally', to: TALLIED, by: STAFF },
  ],
);
