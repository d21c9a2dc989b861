import { Module } from '@nestjs/common';
import { IdentityModule } from '@park/identity';
import { DirectoryAccess } from './directory-access';
import { DirectoryLoaders } from './directory.loaders';
import { HubRepository } from './hub.repository';
import { HubResolver } from './hub.resolver';
import { HubService } from './hub.service';
import { HubStaffResolver, StakeholderMemberResolver } from './relations.resolver';
import { StakeholderRepository } from './stakeholder.repository';
import { StakeholderConnection } from './stakeholder.model';
import { StakeholderResolver } from './stakeholder.resolver';
import { StakeholderService } from './stakeholder.service';
import { ViewerDirectoryResolver } from './viewer-directory.resolver';

@Module({
  imports: [IdentityModule],
  providers: [
    DirectoryAccess,
    DirectoryLoaders,
    HubRepository,
    HubResolver,
    HubService,
    HubStaffResolver,
    StakeholderMemberResolver,
    StakeholderConnection.Resolver,
    StakeholderRepository,
    StakeholderResolver,
    StakeholderService,
    ViewerDirectoryResolver,
  ],
  exports: [DirectoryAccess, DirectoryLoaders, HubService, StakeholderService],
})
export class DirectoryModule {}
