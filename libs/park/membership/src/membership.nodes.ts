import { Injectable, OnModuleInit } from '@nestjs/common';
import { AuthUser } from '@park/platform/auth';
import { NodeRegistry } from '@park/platform/graphql';
import { WorkflowHistory } from '@park/platform/workflow';
import { membershipFlow } from './membership.flow';
import { MembershipService } from './membership.service';

/**
 * node(id) for memberships: as `membership(id)`, for the stakeholder's people and hub staff, who
 * also read its history (and so refetch its steps).
 */
@Injectable()
export class MembershipNodes implements OnModuleInit {
  constructor(
    private readonly registry: NodeRegistry,
    private readonly history: WorkflowHistory,
    private readonly memberships: MembershipService,
  ) {}

  onModuleInit(): void {
    this.registry.register<AuthUser>({
      type: 'Membership',
      table: 'memberships',
      find: (viewer, id) => (viewer ? this.memberships.find(viewer, id) : Promise.resolve(null)),
    });
    this.history.readableBy<AuthUser>(
      membershipFlow.entityType,
      async (viewer, id) => !!viewer && !!(await this.memberships.find(viewer, id)),
    );
  }
}
