import { Args, Query, Resolver } from '@nestjs/graphql';
import { AuthUser, CurrentUser } from '@park/platform/auth';
import { ParkStatsArgs } from './park-stats.input';
import { ParkStats } from './park-stats.model';
import { ParkStatsService } from './park-stats.service';

@Resolver(() => ParkStats)
export class ParkStatsResolver {
  constructor(private readonly service: ParkStatsService) {}

  @Query(() => ParkStats, { description: 'Park admins and hub staff: the park’s numbers.' })
  parkStats(
    @CurrentUser() viewer: AuthUser,
    @Args() { from, to }: ParkStatsArgs,
  ): Promise<ParkStats> {
    return this.service.stats(viewer, from, to);
  }
}
