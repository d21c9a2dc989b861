export { DirectoryMembershipFacts } from './directory-membership-facts';
export { membershipFlow, MembershipAction, MembershipRole } from './membership.flow';
export { MembershipLoaders } from './membership.loaders';
export { Membership, MembershipConnection } from './membership.model';
export { MembershipModule } from './membership.module';
export { MembershipRepository } from './membership.repository';
export { MembershipService } from './membership.service';
