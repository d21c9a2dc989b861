import { Args, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { DirectoryLoaders, Hub, Stakeholder } from '@park/directory';
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
  constructor(private readonly relations: MembershipLoaders) {}

  @ResolveField(() => MembershipConnection, {
    description: 'Its memberships of hubs, any status, oldest first.',
  })
  memberships(
    @Parent() stakeholder: StakeholderRow,
    @Args() { first, after }: PageArgs,
    @Loaders() loaders: RequestLoaders,
  ): Promise<ConnectionShape<MembershipRow>> {
    const key = { parentId: stakeholder.id, first, after };
    return loaders.get(this.relations.pageByStakeholder).load(key);
  }
}
