import { registerEnumType } from '@nestjs/graphql';
import {
  BudgetResultReason,
  BudgetRoundStatus,
  BudgetVoterRule,
  CommitteeKind,
  FundingSource,
  ProjectRole,
  ProjectStatus,
  ReviewRecommendation,
  TallyMethod,
} from '@park/platform/database';
import { actionsOf, registerActionEnum } from '@park/platform/workflow';
import { budgetRoundFlow } from './budget-round.flow';
import { BudgetRoundNextAction } from './budget-round-rules';
import { ProjectNextAction, projectFlow, PROJECT_ACTIVITIES } from './project.flow';

// The API's enums are the database's, value for value (docs/api.md fixes both).
registerEnumType(ProjectStatus, {
  name: 'ProjectStatus',
  description:
    'PROPOSED → IN_REVIEW → APPROVED → FUNDED → IN_PROGRESS → COMPLETED; IN_REVIEW → REJECTED; ' +
    'IN_REVIEW → PROPOSED (changes requested); any open state → CANCELLED.',
});
registerEnumType(ProjectRole, { name: 'ProjectRole', description: 'A role in a project’s team.' });
registerEnumType(CommitteeKind, {
  name: 'CommitteeKind',
  description: 'Who sits on a review committee: civil experts, citizens, or both.',
});
registerEnumType(ReviewRecommendation, {
  name: 'ReviewRecommendation',
  description: 'What a committee member recommends for a project under review.',
});
registerEnumType(FundingSource, {
  name: 'FundingSource',
  description: 'Where money allocated to a project comes from.',
});
registerEnumType(BudgetRoundStatus, {
  name: 'BudgetRoundStatus',
  description: 'DRAFT → OPEN_FOR_PROPOSALS → VOTING → CLOSED → TALLIED.',
});
registerEnumType(BudgetResultReason, {
  name: 'BudgetResultReason',
  description:
    'Why a round funded a project or not. FUNDED_BY_EQUAL_SHARES: its supporters paid for it from ' +
    'their equal shares. FUNDED_IN_RANK (GREEDY): it fitted in what was left at its turn. ' +
    'FUNDED_FROM_LEFTOVER (EQUAL_SHARES): not bought by shares, but what they left covered it. ' +
    'NOT_FUNDED_NO_VOTES. NOT_FUNDED_OVER_BUDGET (GREEDY): less was left at its turn than it ' +
    'needs. NOT_FUNDED_SHARES_SHORT (EQUAL_SHARES): neither its supporters’ shares nor what they ' +
    'left could pay for it. NOT_FUNDED_NOT_APPROVED: it was no longer APPROVED at the tally.',
});
registerEnumType(TallyMethod, {
  name: 'TallyMethod',
  description:
    'GREEDY: by votes, funding each project that still fits. EQUAL_SHARES: the Method of Equal ' +
    'Shares (approval ballots, costs), completed greedily with what is left.',
});

registerEnumType(BudgetVoterRule, {
  name: 'BudgetVoterRule',
  description:
    'Who may vote in a budget round. SIGNED_IN: any signed-in person. HUB_MEMBERS: only people ' +
    'of stakeholders with an APPROVED membership of the round’s hub.',
});

/** What staff decide after the committee's review. */
export enum ProjectDecision {
  APPROVE = 'APPROVE',
  REJECT = 'REJECT',
  REQUEST_CHANGES = 'REQUEST_CHANGES',
}
registerEnumType(ProjectDecision, {
  name: 'ProjectDecision',
  description: 'APPROVE → APPROVED, REJECT → REJECTED, REQUEST_CHANGES → back to PROPOSED.',
});

export const BudgetRoundActionEnum = registerActionEnum<BudgetRoundNextAction>(
  'BudgetRoundAction',
  [...actionsOf(budgetRoundFlow.transitions), 'castBallot'],
  'What the viewer may do next with a budget round: its flow’s moves and CAST_BALLOT (docs/api.md).',
);

/** `fund` is no one's button: allocateFunding or a tally takes it once the request is covered. */
export const ProjectActionEnum = registerActionEnum<ProjectNextAction>(
  'ProjectAction',
  [
    ...(actionsOf(projectFlow.transitions, ['fund']) as ProjectNextAction[]),
    ...(Object.keys(PROJECT_ACTIVITIES) as (keyof typeof PROJECT_ACTIVITIES)[]),
  ],
  'What the viewer may do next with a project: its flow’s moves and the work on it that does not move it (docs/api.md).',
);

export {
  BudgetResultReason,
  BudgetRoundStatus,
  BudgetVoterRule,
  CommitteeKind,
  FundingSource,
  ProjectRole,
  ProjectStatus,
  ReviewRecommendation,
  TallyMethod,
};
