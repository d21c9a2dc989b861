import { Args, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { ListBound } from '@park/platform/graphql';
import { periodsOf, SpaceUtilisation } from '@park/spaces';
import { ParkStats } from './park-stats.model';
import { UtilisationPeriod, UtilisationSeriesArgs } from './utilisation-series.model';

/** Weeks in the longest period parkStats takes (366 days, cut at Mondays): 54. */
const MAX_PERIODS = 54;

/**
 * ParkStats.utilisationSeries: the period's utilisation week by week or month by month, with
 * the same definition as each hub's figure. Only computed when asked for; two SQL statements
 * (opening hours, booked time) for every period and hub at once. parkStats has already decided
 * who may read it.
 */
@Resolver(() => ParkStats)
export class UtilisationSeriesResolver {
  constructor(private readonly spaces: SpaceUtilisation) {}

  @ResolveField(() => [UtilisationPeriod], {
    description:
      'Utilisation per hub for each week or month of [from, to) (Asia/Seoul), oldest first.',
  })
  @ListBound(MAX_PERIODS)
  async utilisationSeries(
    @Parent() stats: ParkStats,
    @Args() { interval }: UtilisationSeriesArgs,
  ): Promise<UtilisationPeriod[]> {
    const hubs = stats.hubs.map((figures) => figures.hub);
    const periods = periodsOf(stats.from, stats.to, interval);
    const figures = await this.spaces.byHubAndPeriod(
      hubs.map((hub) => hub.id),
      periods,
    );
    return periods.map((period, n) => ({
      ...period,
      hubs: hubs.map((hub, index) => ({ hub, utilisation: figures[n][index] })),
    }));
  }
}
