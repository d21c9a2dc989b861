import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { DirectoryLoaders, Hub } from '@park/directory';
import { AuthUser, CurrentUser, Public } from '@park/platform/auth';
import { Booking as BookingRow, Hub as HubRow, Space as SpaceRow } from '@park/platform/database';
import { IdArg, Loaders, RequestLoaders } from '@park/platform/graphql';
import { formatClock } from './opening-hours';
import { CreateSpaceInput, SpaceTimeRangeArgs, UpdateSpaceArgs } from './space.input';
import { Booking, OpeningHours, Space, SpacePolicy, TimeSlot } from './space.model';
import { SpaceService } from './space.service';
import { SpacesLoaders } from './spaces.loaders';

@Resolver(() => Space)
export class SpaceResolver {
  constructor(
    private readonly spaceService: SpaceService,
    private readonly relations: SpacesLoaders,
    private readonly directory: DirectoryLoaders,
  ) {}

  @Public()
  @Query(() => Space, {
    nullable: true,
    description: 'One space, for anyone (archived ones too); null when there is none with this id.',
  })
  space(@IdArg() id: string): Promise<SpaceRow | null> {
    return this.spaceService.find(id);
  }

  @Public()
  @Query(() => [TimeSlot], {
    description: 'Free intervals inside opening hours (at most 62 days).',
  })
  availability(@Args() { spaceId, from, to }: SpaceTimeRangeArgs): Promise<TimeSlot[]> {
    return this.spaceService.availability(spaceId, from, to);
  }

  @Query(() => [Booking], { description: 'A space’s calendar, for its hub’s staff.' })
  spaceBookings(
    @CurrentUser() viewer: AuthUser,
    @Args() { spaceId, from, to }: SpaceTimeRangeArgs,
  ): Promise<BookingRow[]> {
    return this.spaceService.calendar(viewer, spaceId, from, to);
  }

  @Mutation(() => Space, { description: 'Hub staff add a space to their hub.' })
  createSpace(
    @CurrentUser() viewer: AuthUser,
    @Args('input') input: CreateSpaceInput,
  ): Promise<SpaceRow> {
    return this.spaceService.create(viewer, input);
  }

  @Mutation(() => Space, { description: 'Hub staff; `version` must be current.' })
  updateSpace(@CurrentUser() viewer: AuthUser, @Args() args: UpdateSpaceArgs): Promise<SpaceRow> {
    return this.spaceService.update(viewer, args);
  }

  @Mutation(() => Space, { description: 'Hub staff; the space takes no new bookings.' })
  archiveSpace(@CurrentUser() viewer: AuthUser, @IdArg() id: string): Promise<SpaceRow> {
    return this.spaceService.archive(viewer, id);
  }

  @ResolveField(() => Hub)
  async hub(@Parent() space: SpaceRow, @Loaders() loaders: RequestLoaders): Promise<HubRow> {
    return (await loaders.get(this.directory.hubById).load(space.hubId)) as HubRow;
  }

  @ResolveField(() => SpacePolicy)
  policy(@Parent() space: SpaceRow): SpacePolicy {
    return space;
  }

  @ResolveField(() => [String])
  amenities(@Parent() space: SpaceRow): string[] {
    return space.amenities ?? [];
  }

  @ResolveField(() => [OpeningHours])
  async openingHours(
    @Parent() space: SpaceRow,
    @Loaders() loaders: RequestLoaders,
  ): Promise<OpeningHours[]> {
    const hours = await loaders.get(this.relations.openingHoursBySpace).load(space.id);
    return hours.map((h) => ({
      weekday: h.weekday,
      opens: formatClock(h.opensMinute),
      closes: formatClock(h.closesMinute),
    }));
  }
}

@Resolver(() => Hub)
export class HubSpacesResolver {
  constructor(private readonly relations: SpacesLoaders) {}

  @ResolveField(() => [Space], { description: 'Its bookable spaces (archived ones left out).' })
  spaces(@Parent() hub: HubRow, @Loaders() loaders: RequestLoaders): Promise<SpaceRow[]> {
    return loaders.get(this.relations.spacesByHub).load(hub.id);
  }
}
