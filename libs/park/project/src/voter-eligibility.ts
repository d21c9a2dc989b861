import { AuthUser } from '@park/platform/auth';
import { BudgetRound as RoundRow } from '@park/platform/database';

/**
 * Who may cast a ballot in a round: null when the voter may, else why not. The one place a
 * round's voter rules live (the hub-member rule of the budgeting issue joins them here).
 */
export function voterRefusal(
  round: Pick<RoundRow, 'requireVerifiedVoters'>,
  voter: Pick<AuthUser, 'emailVerified'>,
): string | null {
  if (round.requireVerifiedVoters && !voter.emailVerified) {
    return 'This round counts only voters with a verified e-mail address: verify your e-mail (requestEmailVerification sends a new link), then vote';
  }
  return null;
}
