import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../graphql/generated';
import type { BudgetResultWhyFragment } from '../../graphql/generated/graphql';
import { formatWon } from '../../lib/park-time';

// A tally's reason in the reader's language, from the result's explanation (a code and the
// amounts as won); the public round page and the staff console both show it.

export const BUDGET_RESULT_WHY = graphql(`
  fragment BudgetResultWhy on BudgetResult {
    votes
    reason
    explanation {
      code
      rank
      cost
      budgetLeft
      sharePaidMax
      sharePaidMin
      projectStatus
    }
  }
`);

/** The sentence; the API's English one when a result from before the codes lacks an amount. */
export function explainResult(t: TFunction, result: BudgetResultWhyFragment): string {
  const { code, rank, cost, budgetLeft, sharePaidMax, sharePaidMin, projectStatus } =
    result.explanation;
  const votes = result.votes;
  const won = (amount: number | null | undefined) =>
    amount === null || amount === undefined ? null : formatWon(amount);
  const left = won(budgetLeft);
  const needs = won(cost);
  switch (code) {
    case 'FUNDED_BY_EQUAL_SHARES': {
      const most = won(sharePaidMax);
      if (!most || !needs) break;
      const least = won(sharePaidMin);
      if (!least) return t('project.round.why.equalSharesAtMost', { votes, most, cost: needs });
      if (least === most) return t('project.round.why.equalShares', { votes, most, cost: needs });
      return t('project.round.why.equalSharesRange', { votes, least, most, cost: needs });
    }
    case 'FUNDED_IN_RANK':
    case 'FUNDED_FROM_LEFTOVER':
    case 'NOT_FUNDED_OVER_BUDGET':
    case 'NOT_FUNDED_SHARES_SHORT':
      if (!left || !needs) break;
      return t(`project.round.why.${code}`, { rank, votes, left, cost: needs });
    case 'NOT_FUNDED_NO_VOTES':
      return t('project.round.why.NOT_FUNDED_NO_VOTES');
    case 'NOT_FUNDED_NOT_APPROVED':
      return t('project.round.why.NOT_FUNDED_NOT_APPROVED', {
        status: projectStatus ? t(`project.status.${projectStatus}`) : '—',
      });
  }
  return result.reason;
}

/** What each supporter of an Equal Shares purchase paid, as a range of won (else empty). */
export function sharesPaid(result: BudgetResultWhyFragment): string {
  const { sharePaidMax, sharePaidMin } = result.explanation;
  if (sharePaidMax === null || sharePaidMax === undefined) return '';
  if (sharePaidMin === null || sharePaidMin === undefined) return `≤ ${formatWon(sharePaidMax)}`;
  return sharePaidMin === sharePaidMax
    ? formatWon(sharePaidMax)
    : `${formatWon(sharePaidMin)} – ${formatWon(sharePaidMax)}`;
}

export function ResultReason({ result }: { result: BudgetResultWhyFragment }) {
  const { t } = useTranslation();
  const sentence = explainResult(t, result);
  // The API's own sentence is English.
  return <span lang={sentence === result.reason ? 'en' : undefined}>{sentence}</span>;
}
