import { ViewerRoles } from '@park/directory';
import { AuthUser } from '@park/platform/auth';
import { BudgetRound as RoundRow, BudgetRoundStatus } from '@park/platform/database';
import { FieldViolation } from '@park/platform/graphql';
import { BudgetRoundAction, BudgetRoundActor, budgetRoundFlow } from './budget-round.flow';
import { voterRefusal } from './voter-eligibility';

/** What a viewer may do next with a round: the flow's moves, and castBallot while voting. */
export type BudgetRoundNextAction = BudgetRoundAction | 'castBallot';

export function roundActors(roles: ViewerRoles, hubId: string): BudgetRoundActor[] {
  return [
    ...(roles.isParkAdmin ? (['PARK_ADMIN'] as const) : []),
    ...(roles.staffHubIds.has(hubId) ? (['HUB_STAFF'] as const) : []),
  ];
}

/** Voting needs at least minSelections projects to choose from; null when it may start. */
export function votingProblem(
  round: Pick<RoundRow, 'minSelections'>,
  enteredCount: number,
): FieldViolation | null {
  return enteredCount < round.minSelections
    ? { field: 'id', message: `needs at least ${round.minSelections} project(s) to vote on` }
    : null;
}

/**
 * What the viewer may do next: the moves their roles allow (startVoting once enough projects
 * are entered; tally is not offered again on a TALLIED round, where it only answers the round),
 * and castBallot while voting if the round's voter rules admit them.
 */
export function budgetRoundActions(
  viewer: { user: AuthUser; roles: ViewerRoles } | null,
  round: RoundRow,
  enteredCount: number,
): BudgetRoundNextAction[] {
  if (!viewer) return [];
  const actions: BudgetRoundNextAction[] = budgetRoundFlow
    .actionsFor(round.status, roundActors(viewer.roles, round.hubId))
    .filter((action) => action !== 'startVoting' || !votingProblem(round, enteredCount));
  if (
    round.status === BudgetRoundStatus.VOTING &&
    !voterRefusal(round, viewer.user, viewer.roles.memberHubIds)
  ) {
    actions.push('castBallot');
  }
  return actions;
}
