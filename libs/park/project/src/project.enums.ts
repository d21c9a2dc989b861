import { registerEnumType } from '@nestjs/graphql';
import {
  BudgetRoundStatus,
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
registerEnumType(TallyMethod, {
  name: 'TallyMethod',
  description:
    'GREEDY: by votes, funding each project that still fits. EQUAL_SHARES: the Method of Equal ' +
    'Shares (approval ballots, costs), completed greedily with what is left.',
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
  BudgetRoundStatus,
  CommitteeKind,
  FundingSource,
  ProjectRole,
  ProjectStatus,
  ReviewRecommendation,
  TallyMethod,
};
