import { Args, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Stakeholder } from '@park/directory';
import {
  Partnership as PartnershipRow,
  Stakeholder as StakeholderRow,
} from '@park/platform/database';
import { ConnectionShape, Loaders, PageArgs, RequestLoaders } from '@park/platform/graphql';
import { PartnershipLoaders } from './partnership.loaders';
import { PartnershipConnection } from './partnership.model';

/** Stakeholder.partnerships: what partnerships add to a profile. */
@Resolver(() => Stakeholder)
export class StakeholderPartnershipsResolver {
  constructor(private readonly relations: PartnershipLoaders) {}

  @ResolveField(() => PartnershipConnection, {
    description: 'Its ACTIVE partnerships, as proposer or as partner, newest first.',
  })
  partnerships(
    @Parent() stakeholder: StakeholderRow,
    @Args() { first, after }: PageArgs,
    @Loaders() loaders: RequestLoaders,
  ): Promise<ConnectionShape<PartnershipRow>> {
    const key = { parentId: stakeholder.id, first, after };
    return loaders.get(this.relations.activePageByStakeholder).load(key);
  }
}
