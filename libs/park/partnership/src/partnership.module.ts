import { Module } from '@nestjs/common';
import { DirectoryModule } from '@park/directory';
import { IdentityModule } from '@park/identity';
import { PartnershipCommentRepository } from './partnership-comments.repository';
import {
  PartnershipCommentResolver,
  PartnershipThreadResolver,
} from './partnership-comments.resolver';
import { PartnershipCommentService } from './partnership-comments.service';
import { PartnershipLoaders } from './partnership.loaders';
import { PartnershipConnection } from './partnership.model';
import { PartnershipRepository } from './partnership.repository';
import { PartnershipResolver } from './partnership.resolver';
import { PartnershipService } from './partnership.service';
import { StakeholderPartnershipsResolver } from './stakeholder-partnerships.resolver';
import { ViewerPartnershipsResolver } from './viewer-partnerships.resolver';

@Module({
  imports: [DirectoryModule, IdentityModule],
  providers: [
    PartnershipCommentRepository,
    PartnershipCommentResolver,
    PartnershipCommentService,
    PartnershipConnection.Resolver,
    PartnershipLoaders,
    PartnershipRepository,
    PartnershipResolver,
    PartnershipService,
    PartnershipThreadResolver,
    StakeholderPartnershipsResolver,
    ViewerPartnershipsResolver,
  ],
  exports: [PartnershipLoaders, PartnershipService],
})
export class PartnershipModule {}
