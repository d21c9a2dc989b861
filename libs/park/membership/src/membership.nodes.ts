import { Injectable, OnModuleInit } from '@nestjs/common';
import { AuthUser } from '@park/platform/auth';
import { NodeRegistry } from '@park/platform/graphql';
import { MembershipService } from './membership.service';

/** node(id) for memberships: as `membership(id)`, for the stakeholder's people and hub staff. */
@Injectable()
export class MembershipNodes implements OnModuleInit {
  constructor(
    private readonly registry: NodeRegistry,
    private readonly memberships: MembershipService,
  ) {}

  onModuleInit(): void {
    this.registry.register<AuthUser>({
      type: 'Membership',
      table: 'memberships',
      find: (viewer, id) => (viewer ? this.memberships.find(viewer, id) : Promise.resolve(null)),
    });
  }
}
