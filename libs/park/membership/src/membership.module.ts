import { Module } from '@nestjs/common';
import { DirectoryModule } from '@park/directory';
import { notificationSubject } from '@park/notification';
import { HubMembershipResolver } from './hub-membership.resolver';
import { MembershipFactsModule } from './membership-facts.module';
import { MembershipWebhookSubject } from './membership-webhook.subject';
import {
  MembershipRelationsResolver,
  StakeholderMembershipsResolver,
} from './membership-relations.resolver';
import { Membership, MembershipConnection } from './membership.model';
import { MembershipNodes } from './membership.nodes';
import { MembershipLoaders } from './membership.loaders';
import { MembershipResolver } from './membership.resolver';
import { MembershipService } from './membership.service';

notificationSubject({
  entityType: 'Membership',
  type: () => Membership,
  loaders: MembershipLoaders,
  byId: (loaders) => loaders.byId,
});

@Module({
  imports: [DirectoryModule, MembershipFactsModule],
  providers: [
    HubMembershipResolver,
    MembershipConnection.Resolver,
    MembershipNodes,
    MembershipRelationsResolver,
    MembershipResolver,
    MembershipService,
    MembershipWebhookSubject,
    StakeholderMembershipsResolver,
  ],
  exports: [MembershipService],
})
export class MembershipModule {}
