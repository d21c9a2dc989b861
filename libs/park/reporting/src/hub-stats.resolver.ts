import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Hub } from '@park/directory';
import { MembershipService } from '@park/membership';
import { PartnershipLoaders } from '@park/partnership';
import { Hub as HubRow } from '@park/platform/database';
import { BatchLoad, Loaders, RequestLoaders } from '@park/platform/graphql';
import { ProjectLoaders } from '@park/project';
import { HubStats } from './hub-stats.model';

/** Hub.stats: a hub's figures, from the contexts that own them (as parkStats reads them). */
@Resolver(() => Hub)
export class HubStatsResolver {
  constructor(
    private readonly memberships: MembershipService,
    private readonly partnerships: PartnershipLoaders,
    private readonly projects: ProjectLoaders,
  ) {}

  private readonly statsOf: BatchLoad<string, HubStats> = async (hubIds) => {
    const [figures, activePartnerships, projectsInProgress] = await Promise.all([
      this.memberships.hubFigures(hubIds),
      this.partnerships.activeCountByHub(hubIds),
      this.projects.inProgressCountByHub(hubIds),
    ]);
    return figures.map((hubFigures, index) => ({
      ...hubFigures,
      activePartnerships: activePartnerships[index],
      projectsInProgress: projectsInProgress[index],
    }));
  };

  @ResolveField(() => HubStats)
  stats(@Parent() hub: HubRow, @Loaders() loaders: RequestLoaders): Promise<HubStats> {
    return loaders.get(this.statsOf).load(hub.id);
  }
}
