import { registerEnumType } from '@nestjs/graphql';
import { MembershipPlan, MembershipStatus } from '@park/platform/database';

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
