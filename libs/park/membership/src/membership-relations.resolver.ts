import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { DirectoryLoaders, Hub, Stakeholder } from '@park/directory';
import {
  Hub as HubRow,
  Membership as MembershipRow,
  Stakeholder as StakeholderRow,
} from '@park/platform/database';
import { Loaders, RequestLoaders } from '@park/platform/graphql';
import { MembershipLoaders } from './membership.loaders';
import { Membership } from './membership.model';

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

  @ResolveField(() => [Membership], { description: 'Its memberships of hubs, oldest first.' })
  memberships(
    @Parent() stakeholder: StakeholderRow,
    @Loaders() loaders: RequestLoaders,
  ): Promise<MembershipRow[]> {
    return loaders.get(this.relations.byStakeholder).load(stakeholder.id);
  }
}
