import { Module } from '@nestjs/common';
import { DirectoryModule } from '@park/directory';
import { IdentityModule } from '@park/identity';
import { PartnershipCommentConnection } from './partnership-comments.model';
import { PartnershipCommentRepository } from './partnership-comments.repository';
import {
  PartnershipCommentResolver,
  PartnershipThreadResolver,
} from './partnership-comments.resolver';
import { PartnershipCommentService } from './partnership-comments.service';
import { PartnershipLoaders } from './partnership.loaders';
import { PartnershipConnection } from './partnership.model';
import { PartnershipNodes } from './partnership.nodes';
import { PartnershipRepository } from './partnership.repository';
import { PartnershipResolver } from './partnership.resolver';
import { PartnershipService } from './partnership.service';
import { StakeholderPartnershipsResolver } from './stakeholder-partnerships.resolver';

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
    PartnershipResolver,
    PartnershipService,
    PartnershipThreadResolver,
    StakeholderPartnershipsResolver,
  ],
  exports: [PartnershipLoaders, PartnershipService],
})
export class PartnershipModule {}
