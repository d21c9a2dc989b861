import { Module } from '@nestjs/common';
import { DirectoryModule } from '@park/directory';
import { IdentityModule } from '@park/identity';
import { PartnershipCommentConnection } from './partnership-comments.model';
import { notificationSubject } from '@park/notification';
import { PartnershipCommentRepository } from './partnership-comments.repository';
import {
  PartnershipCommentResolver,
  PartnershipThreadResolver,
} from './partnership-comments.resolver';
import { PartnershipCommentService } from './partnership-comments.service';
import { PartnershipLoaders } from './partnership.loaders';
import { Partnership, PartnershipConnection } from './partnership.model';
import { PartnershipNodes } from './partnership.nodes';
import { PartnershipRepository } from './partnership.repository';
import { PartnershipWebhookSubject } from './partnership-webhook.subject';
import { PartnershipResolver } from './partnership.resolver';
import { PartnershipService } from './partnership.service';
import { StakeholderPartnershipsResolver } from './stakeholder-partnerships.resolver';
import { ViewerPartnershipsResolver } from './viewer-partnerships.resolver';

notificationSubject({
  entityType: 'Partnership',
  type: () => Partnership,
  loaders: PartnershipLoaders,
  byId: (loaders) => loaders.partnershipById,
});

@Module({
  imports: [DirectoryModule, IdentityModule],
  providers: [
    PartnershipCommentConnection.Resolver,
    PartnershipCommentRepository,
    PartnershipCommentResolver,
    PartnershipCommentService,
    PartnershipNodes,
    PartnershipConnection.Resolver,
    PartnershipLoaders,
    PartnershipRepository,
    PartnershipWebhookSubject,
    PartnershipResolver,
    PartnershipService,
    PartnershipThreadResolver,
    StakeholderPartnershipsResolver,
    ViewerPartnershipsResolver,
  ],
  exports: [PartnershipLoaders, PartnershipService],
})
export class PartnershipModule {}
