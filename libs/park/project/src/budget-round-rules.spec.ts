import { ViewerRoles } from '@park/directory';
import { AuthUser } from '@park/platform/auth';
import { BudgetRound } from '@park/platform/database';
import { budgetRoundActions, votingProblem } from './budget-round-rules';

const HUB = '11111111-1111-4111-8111-111111111111';
const roles = (staffOf: string[] = []): ViewerRoles => ({
  isParkAdmin: false,
  staffHubIds: new Set(staffOf),
  stakeholderRoles: new Map(),
  memberHubIds: new Set(),
});
const user = (emailVerified: boolean): AuthUser => ({
  id: 'u',
  role: 'MEMBER',
  sessionId: 's',
  emailVerified,
});
const round = (status: BudgetRound['status'], requireVerifiedVoters = true) =>
  ({ hubId: HUB, status, minSelections: 2, requireVerifiedVoters }) as BudgetRound;

describe('what a budget round offers next', () => {
  it('offers startVoting to the hub’s staff only once minSelections projects are in', () => {
    const staff = { user: user(true), roles: roles([HUB]) };
    expect(budgetRoundActions(staff, round('OPEN_FOR_PROPOSALS'), 1)).toEqual([]);
    expect(budgetRoundActions(staff, round('OPEN_FOR_PROPOSALS'), 2)).toEqual(['startVoting']);
    expect(votingProblem(round('OPEN_FOR_PROPOSALS'), 1)).toMatchObject({ field: 'id' });
  });

  it('offers a ballot while voting to whoever the voter rules admit', () => {
    const voting = round('VOTING');
    expect(budgetRoundActions({ user: user(true), roles: roles() }, voting, 0)).toEqual([
      'castBallot',
    ]);
    expect(budgetRoundActions({ user: user(false), roles: roles() }, voting, 0)).toEqual([]);
    expect(
      budgetRoundActions({ user: user(false), roles: roles() }, round('VOTING', false), 0),
    ).toEqual(['castBallot']);
    expect(budgetRoundActions({ user: user(true), roles: roles([HUB]) }, voting, 0)).toEqual([
      'close',
      'castBallot',
    ]);
  });

  it('offers nothing to anonymous callers, nor on a TALLIED round', () => {
    expect(budgetRoundActions(null, round('VOTING'), 0)).toEqual([]);
    expect(
      budgetRoundActions({ user: user(true), roles: roles([HUB]) }, round('TALLIED'), 0),
    ).toEqual([]);
  });
});
