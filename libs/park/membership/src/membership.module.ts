import { Module } from '@nestjs/common';
import { DirectoryModule } from '@park/directory';
import { HubMembershipResolver } from './hub-membership.resolver';
import { MembershipFactsModule } from './membership-facts.module';
import {
  MembershipRelationsResolver,
  StakeholderMembershipsResolver,
} from './membership-relations.resolver';
import { MembershipConnection } from './membership.model';
import { MembershipNodes } from './membership.nodes';
import { MembershipResolver } from './membership.resolver';
import { MembershipService } from './membership.service';

@Module({
  imports: [DirectoryModule, MembershipFactsModule],
  providers: [
    HubMembershipResolver,
    MembershipConnection.Resolver,
    MembershipNodes,
    MembershipRelationsResolver,
    MembershipResolver,
    MembershipService,
    StakeholderMembershipsResolver,
  ],
  exports: [MembershipService],
})
export class MembershipModule {}
