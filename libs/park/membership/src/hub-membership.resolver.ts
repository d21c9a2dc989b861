import { Args, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Hub } from '@park/directory';
import { PartnershipLoaders } from '@park/partnership';
import { ProjectLoaders } from '@park/project';
import { Hub as HubRow, Membership as MembershipRow } from '@park/platform/database';
import { BatchLoad, ConnectionShape, Loaders, RequestLoaders } from '@park/platform/graphql';
import { HubMembersArgs } from './membership.input';
import { HubStats, MembershipConnection } from './membership.model';
import { MembershipRepository } from './membership.repository';
import { MembershipService } from './membership.service';

/** Hub.members and Hub.stats: what memberships add to a hub. */
@Resolver(() => Hub)
export class HubMembershipResolver {
  constructor(
    private readonly memberships: MembershipService,
    private readonly repository: MembershipRepository,
    private readonly partnerships: PartnershipLoaders,
    private readonly projects: ProjectLoaders,
  ) {}

  private readonly statsOf: BatchLoad<string, HubStats> = async (hubIds) => {
    const [figures, activePartnerships, projectsInProgress] = await Promise.all([
      this.repository.hubFigures(hubIds),
      this.partnerships.activeCountByHub(hubIds),
      this.projects.inProgressCountByHub(hubIds),
    ]);
    return figures.map((hubFigures, index) => ({
      ...hubFigures,
      activePartnerships: activePartnerships[index],
      projectsInProgress: projectsInProgress[index],
    }));
  };

  @ResolveField(() => MembershipConnection, {
    description: 'APPROVED members, longest-standing first.',
  })
  members(
    @Parent() hub: HubRow,
    @Args() args: HubMembersArgs,
  ): Promise<ConnectionShape<MembershipRow>> {
    return this.memberships.members(hub.id, args.first, args.after);
  }

  @ResolveField(() => HubStats)
  stats(@Parent() hub: HubRow, @Loaders() loaders: RequestLoaders): Promise<HubStats> {
    return loaders.get(this.statsOf).load(hub.id);
  }
}
