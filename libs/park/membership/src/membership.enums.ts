import { registerEnumType } from '@nestjs/graphql';
import { MembershipPlan, MembershipStatus } from '@park/platform/database';
import { actionsOf, registerActionEnum } from '@park/platform/workflow';
import { membershipFlow } from './membership.flow';

// The API's enums are the database's, value for value (docs/api.md fixes both).
registerEnumType(MembershipPlan, {
  name: 'MembershipPlan',
  description: 'How a member stakeholder uses the hub.',
});
registerEnumType(MembershipStatus, {
  name: 'MembershipStatus',
  description:
    'Where a membership is in its workflow: SUBMITTED → UNDER_REVIEW → APPROVED (SUSPENDED, ENDED), or REJECTED / WITHDRAWN.',
});

export { MembershipPlan, MembershipStatus };

/** What a viewer may do next with a membership: the flow's actions (docs/api.md). */
export const MembershipActionEnum = registerActionEnum(
  'MembershipAction',
  actionsOf(membershipFlow.transitions),
  'What the viewer may do next with a membership: its flow’s actions, each a mutation (docs/api.md).',
);
