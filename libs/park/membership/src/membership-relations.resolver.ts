import { Args, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { DirectoryAccess, DirectoryLoaders, Hub, Stakeholder } from '@park/directory';
import { AuthUser, CurrentUser } from '@park/platform/auth';
import {
  Hub as HubRow,
  Membership as MembershipRow,
  Stakeholder as StakeholderRow,
} from '@park/platform/database';
import { ConnectionShape, Loaders, PageArgs, RequestLoaders } from '@park/platform/graphql';
import { MembershipLoaders } from './membership.loaders';
import { Membership, MembershipConnection } from './membership.model';

async function required<T>(value: Promise<T | null>, what: string): Promise<T> {
  const found = await value;
  // Foreign keys make this unreachable: if it happens it is our bug, reported as an internal error.
  if (!found) throw new Error(`${what} behind a foreign key is missing`);
  return found;
}

/** Membership.hub and .stakeholder, through the directory's loaders. */
@Resolver(() => Membership)
export class MembershipRelationsResolver {
  constructor(private readonly directory: DirectoryLoaders) {}

  @ResolveField(() => Hub)
  hub(@Parent() membership: MembershipRow, @Loaders() loaders: RequestLoaders): Promise<HubRow> {
    return required(loaders.get(this.directory.hubById).load(membership.hubId), 'Hub');
  }

  @ResolveField(() => Stakeholder)
  stakeholder(
    @Parent() membership: MembershipRow,
    @Loaders() loaders: RequestLoaders,
  ): Promise<StakeholderRow> {
    return required(
      loaders.get(this.directory.stakeholderById).load(membership.stakeholderId),
      'Stakeholder',
    );
  }
}

/** Stakeholder.memberships: what memberships add to a profile. */
@Resolver(() => Stakeholder)
export class StakeholderMembershipsResolver {
  constructor(
    private readonly relations: MembershipLoaders,
    private readonly access: DirectoryAccess,
  ) {}

  @ResolveField(() => MembershipConnection, {
    description:
      'Its memberships of hubs, oldest first: any status for its own people and park admins, APPROVED ones for everyone else (hub staff read the rest in their hub’s queue).',
  })
  async memberships(
    @Parent() stakeholder: StakeholderRow,
    @Args() { first, after }: PageArgs,
    @CurrentUser() viewer: AuthUser | undefined,
    @Loaders() loaders: RequestLoaders,
  ): Promise<ConnectionShape<MembershipRow>> {
    const roles = viewer ? await loaders.get(this.access.rolesOf).load(viewer) : null;
    const entitled = !!roles && (roles.isParkAdmin || roles.stakeholderRoles.has(stakeholder.id));
    const pages = entitled
      ? this.relations.pageByStakeholder
      : this.relations.approvedPageByStakeholder;
    return loaders.get(pages).load({ parentId: stakeholder.id, first, after });
  }
}
