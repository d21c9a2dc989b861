import { registerEnumType } from '@nestjs/graphql';
import { MembershipPlan, MembershipStatus } from '@park/platform/database';

// The API's enums are the database's, value for value (docs/api.md fixes both).
registerEnumType(MembershipPlan, { name: 'MembershipPlan' });
registerEnumType(MembershipStatus, { name: 'MembershipStatus' });

export { MembershipPlan, MembershipStatus };
