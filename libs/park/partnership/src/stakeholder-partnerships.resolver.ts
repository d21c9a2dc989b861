import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Stakeholder } from '@park/directory';
import {
  Partnership as PartnershipRow,
  Stakeholder as StakeholderRow,
} from '@park/platform/database';
import { Loaders, RequestLoaders } from '@park/platform/graphql';
import { PartnershipLoaders } from './partnership.loaders';
import { Partnership } from './partnership.model';

/** Stakeholder.partnerships: what partnerships add to a profile. */
@Resolver(() => Stakeholder)
export class StakeholderPartnershipsResolver {
  constructor(private readonly relations: PartnershipLoaders) {}

  @ResolveField(() => [Partnership], {
    description: 'Its ACTIVE partnerships, as proposer or as partner, newest first.',
  })
  partnerships(
    @Parent() stakeholder: StakeholderRow,
    @Loaders() loaders: RequestLoaders,
  ): Promise<PartnershipRow[]> {
    return loaders.get(this.relations.activeByStakeholder).load(stakeholder.id);
  }
}
