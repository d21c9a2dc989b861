import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { AuthUser, CurrentUser, Public } from '@park/platform/auth';
import { Hub as HubRow, HubStaff as HubStaffRow } from '@park/platform/database';
import { Loaders, RequestLoaders } from '@park/platform/graphql';
import { DirectoryLoaders } from './directory.loaders';
import { AssignHubStaffArgs, HubArgs, UnassignHubStaffArgs } from './hub.input';
import { Hub, HubStaff } from './hub.model';
import { HubService } from './hub.service';
import { PARK_TIME_ZONE, TIME_ZONE_DESCRIPTION } from './park-time';

@Resolver(() => Hub)
export class HubResolver {
  constructor(
    private readonly hubService: HubService,
    private readonly loaders: DirectoryLoaders,
  ) {}

  @Public()
  @Query(() => [Hub], { description: 'The park’s hubs.' })
  hubs(): Promise<HubRow[]> {
    return this.hubService.all();
  }

  @Public()
  @Query(() => Hub, { nullable: true, description: 'One hub, by id or by slug.' })
  hub(@Args() args: HubArgs): Promise<HubRow | null> {
    return this.hubService.find(args);
  }

  @Mutation(() => HubStaff, { description: 'Park admins appoint hub managers and coordinators.' })
  assignHubStaff(
    @CurrentUser() viewer: AuthUser,
    @Args() args: AssignHubStaffArgs,
  ): Promise<HubStaffRow> {
    return this.hubService.assignStaff(viewer, args);
  }

  @ResolveField(() => String, { description: TIME_ZONE_DESCRIPTION })
  timeZone(): string {
    return PARK_TIME_ZONE;
  }

  @Mutation(() => Hub, {
    description: 'Park admins end someone’s post at a hub; answers the hub with its staff.',
  })
  unassignHubStaff(
    @CurrentUser() viewer: AuthUser,
    @Args() args: UnassignHubStaffArgs,
  ): Promise<HubRow> {
    return this.hubService.unassignStaff(viewer, args);
  }

  @ResolveField(() => [HubStaff])
  staff(@Parent() hub: HubRow, @Loaders() loaders: RequestLoaders): Promise<HubStaffRow[]> {
    return loaders.get(this.loaders.staffByHub).load(hub.id);
  }
}
