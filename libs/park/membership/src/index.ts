export { membershipFlow, MembershipAction, MembershipRole } from './membership.flow';
export { MembershipModule } from './membership.module';
export { MembershipService } from './membership.service';
