import { Args, Float, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { DirectoryAccess, DirectoryLoaders, Hub, PARK_TIME_ZONE } from '@park/directory';
import { AuthUser, CurrentUser, Public } from '@park/platform/auth';
import { Booking as BookingRow, Hub as HubRow, Space as SpaceRow } from '@park/platform/database';
import { ConnectionShape, IdArg, ListBound, Loaders, RequestLoaders } from '@park/platform/graphql';
import { BookingListService } from './booking-lists.service';
import { formatClock } from './opening-hours';
import {
  CreateSpaceInput,
  HubBookingsArgs,
  SpaceBookingsArgs,
  SpaceTimeRangeArgs,
  UpdateSpaceArgs,
  WeeklyQuotaArgs,
} from './space.input';
import { BookingConnection, OpeningHours, Space, SpacePolicy, TimeSlot } from './space.model';
import { weeklyQuotaLeft } from './booking-policy';
import { weekOf } from './booking-rules';
import { SpaceService } from './space.service';
import { SpacesLoaders, weekKey } from './spaces.loaders';

@Resolver(() => Space)
export class SpaceResolver {
  constructor(
    private readonly spaceService: SpaceService,
    private readonly bookingLists: BookingListService,
    private readonly relations: SpacesLoaders,
    private readonly directory: DirectoryLoaders,
    private readonly access: DirectoryAccess,
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

  @Query(() => BookingConnection, {
    description:
      'A space’s calendar, for its hub’s staff: bookings starting in [from, to), soonest first.',
  })
  spaceBookings(
    @CurrentUser() viewer: AuthUser,
    @Args() args: SpaceBookingsArgs,
  ): Promise<ConnectionShape<BookingRow>> {
    return this.bookingLists.calendar(viewer, args);
  }

  @Query(() => BookingConnection, {
    description: 'Hub staff and park admins: a hub’s bookings, one status or all, soonest first.',
  })
  bookings(
    @CurrentUser() viewer: AuthUser,
    @Args() args: HubBookingsArgs,
  ): Promise<ConnectionShape<BookingRow>> {
    return this.bookingLists.ofHub(viewer, args);
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

  @ResolveField(() => String, {
    description: 'Its hub’s time zone (IANA, Asia/Seoul): its opening hours are local times there.',
  })
  timeZone(): string {
    return PARK_TIME_ZONE;
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
  @ListBound(7) // one entry per weekday at most (CreateSpaceInput.openingHours)
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

  @ResolveField(() => Float, {
    nullable: true,
    description:
      'Before booking: hours the stakeholder may still book in this space’s hub in the Seoul week of `weekOf` (the same count bookSpace checks). Null when the space sets no weekly quota, or for anyone but the stakeholder’s people and the hub’s staff.',
  })
  async weeklyQuotaLeft(
    @Parent() space: SpaceRow,
    @Args() { stakeholderId, weekOf: instant }: WeeklyQuotaArgs,
    @CurrentUser() viewer: AuthUser | undefined,
    @Loaders() loaders: RequestLoaders,
  ): Promise<number | null> {
    if (!viewer || space.weeklyQuotaHours === null) return null;
    const roles = await loaders.get(this.access.rolesOf).load(viewer);
    const staff = roles.isParkAdmin || roles.staffHubIds.has(space.hubId);
    if (!staff && !roles.stakeholderRoles.has(stakeholderId)) return null;
    const week = weekOf(stakeholderId, space.hubId, instant);
    const hours = await loaders.get(this.relations.weeklyHours).load(weekKey(week));
    return weeklyQuotaLeft(space.weeklyQuotaHours, hours);
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
