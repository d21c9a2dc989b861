import { Injectable, OnModuleInit } from '@nestjs/common';
import { AuthUser } from '@park/platform/auth';
import { NodeRegistry } from '@park/platform/graphql';
import { DirectoryLoaders } from './directory.loaders';
import { HubService } from './hub.service';
import { StakeholderService } from './stakeholder.service';

/** node(id) for the directory: hubs, their staff, stakeholders and their people are public. */
@Injectable()
export class DirectoryNodes implements OnModuleInit {
  constructor(
    private readonly registry: NodeRegistry,
    private readonly loaders: DirectoryLoaders,
    private readonly hubs: HubService,
    private readonly stakeholders: StakeholderService,
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
    );
  }
}
