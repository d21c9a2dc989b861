import { Module } from '@nestjs/common';
import { IdentityModule } from '@park/identity';
import { HubSlugs, notificationSubject, StaffPosts } from '@park/notification';
import { DirectoryAccess } from './directory-access';
import { DirectoryLoaders } from './directory.loaders';
import { DirectoryNodes } from './directory.nodes';
import { DirectoryHubSlugs } from './directory-hub-slugs';
import { DirectoryStaffPosts } from './directory-staff-posts';
import { HubRepository } from './hub.repository';
import { HubResolver } from './hub.resolver';
import { HubService } from './hub.service';
import { HubStaffResolver, StakeholderMemberResolver } from './relations.resolver';
import { StakeholderInvitation } from './stakeholder-invitation.model';
import { StakeholderInvitationRepository } from './stakeholder-invitation.repository';
import {
  StakeholderInvitationResolver,
  StakeholderInvitationsResolver,
} from './stakeholder-invitation.resolver';
import { StakeholderInvitationService } from './stakeholder-invitation.service';
import { StakeholderRepository } from './stakeholder.repository';
import { Stakeholder, StakeholderConnection } from './stakeholder.model';
import { StakeholderPeopleResolver } from './stakeholder-people.resolver';
import { StakeholderPeopleService } from './stakeholder-people.service';
import { StakeholderResolver } from './stakeholder.resolver';
import { StakeholderService } from './stakeholder.service';
import { UserSearchResolver } from './user-search.resolver';
import { UserSearchService } from './user-search.service';

notificationSubject({
  entityType: 'Stakeholder',
  type: () => Stakeholder,
  loaders: DirectoryLoaders,
  byId: (loaders) => loaders.stakeholderById,
});
// The invitee's notice links to the invitation (they accept or decline it there).
notificationSubject({
  entityType: 'StakeholderInvitation',
  type: () => StakeholderInvitation,
  loaders: DirectoryLoaders,
  byId: (loaders) => loaders.invitationById,
});
import { ViewerDirectoryResolver } from './viewer-directory.resolver';

@Module({
  imports: [IdentityModule],
  providers: [
    DirectoryAccess,
    DirectoryLoaders,
    DirectoryNodes,
    DirectoryStaffPosts,
    { provide: StaffPosts, useExisting: DirectoryStaffPosts },
    DirectoryHubSlugs,
    { provide: HubSlugs, useExisting: DirectoryHubSlugs },
    HubRepository,
    HubResolver,
    HubService,
    HubStaffResolver,
    StakeholderMemberResolver,
    StakeholderConnection.Resolver,
    StakeholderInvitationRepository,
    StakeholderInvitationResolver,
    StakeholderInvitationsResolver,
    StakeholderInvitationService,
    StakeholderRepository,
    StakeholderResolver,
    StakeholderPeopleResolver,
    StakeholderPeopleService,
    StakeholderService,
    UserSearchResolver,
    UserSearchService,
    ViewerDirectoryResolver,
  ],
  exports: [DirectoryAccess, DirectoryLoaders, HubService, StakeholderService],
})
export class DirectoryModule {}
