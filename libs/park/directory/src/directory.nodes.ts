import { Injectable, OnModuleInit } from '@nestjs/common';
import { AuthUser } from '@park/platform/auth';
import { UserLoaders } from '@park/identity';
import { NodeRegistry } from '@park/platform/graphql';
import { DirectoryAccess } from './directory-access';
import { DirectoryLoaders } from './directory.loaders';
import { HubService } from './hub.service';
import { visibleInvitation } from './stakeholder-invitation.resolver';
import { StakeholderService } from './stakeholder.service';

/**
 * node(id) for the directory: hubs, their staff, stakeholders and their people are public; an
 * invitation is seen by the invitee and by those who manage the stakeholder.
 */
@Injectable()
export class DirectoryNodes implements OnModuleInit {
  constructor(
    private readonly registry: NodeRegistry,
    private readonly loaders: DirectoryLoaders,
    private readonly hubs: HubService,
    private readonly stakeholders: StakeholderService,
    private readonly access: DirectoryAccess,
    private readonly users: UserLoaders,
  ) {}

  onModuleInit(): void {
    this.registry.register<AuthUser>(
      {
        type: 'Hub',
        table: 'hubs',
        find: (_viewer, id, loaders) => loaders.get(this.loaders.hubById).load(id),
      },
      {
        type: 'Stakeholder',
        table: 'stakeholders',
        find: (_viewer, id, loaders) => loaders.get(this.loaders.stakeholderById).load(id),
      },
      { type: 'HubStaff', table: 'hub_staff', find: (_viewer, id) => this.hubs.staffPost(id) },
      {
        type: 'StakeholderMember',
        table: 'stakeholder_members',
        find: (_viewer, id) => this.stakeholders.member(id),
      },
      {
        type: 'StakeholderInvitation',
        table: 'stakeholder_invitations',
        find: (viewer, id, loaders) =>
          visibleInvitation(this.access, this.loaders, this.users, viewer, id, loaders),
      },
    );
  }
}
