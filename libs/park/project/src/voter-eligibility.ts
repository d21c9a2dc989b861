import { AuthUser } from '@park/platform/auth';
import { BudgetRound as RoundRow, BudgetVoterRule } from '@park/platform/database';

/**
 * Who may cast a ballot in a round: null when the voter may, else why not. The one place a
 * round's voter rules live. `memberHubIds`: the hubs where one of the voter's stakeholders holds
 * an APPROVED membership (ViewerRoles.memberHubIds).
 */
export function voterRefusal(
  round: Pick<RoundRow, 'requireVerifiedVoters' | 'voterRule' | 'hubId'>,
  voter: Pick<AuthUser, 'emailVerified'>,
  memberHubIds: ReadonlySet<string>,
): string | null {
  if (round.voterRule === BudgetVoterRule.HUB_MEMBERS && !memberHubIds.has(round.hubId)) {
    return 'Only people of the hub’s member stakeholders (an APPROVED membership) may vote in this round';
  }
  if (round.requireVerifiedVoters && !voter.emailVerified) {
    return 'This round counts only voters with a verified e-mail address: verify your e-mail (requestEmailVerification sends a new link), then vote';
  }
  return null;
}
