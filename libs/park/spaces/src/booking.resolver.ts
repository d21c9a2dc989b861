import { Args, Float, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { DirectoryAccess, DirectoryLoaders, Hub, Stakeholder } from '@park/directory';
import { toUser, User, UserLoaders } from '@park/identity';
import { AuthUser, CurrentUser } from '@park/platform/auth';
import { AppConfig } from '@park/platform/config';
import {
  Booking as BookingRow,
  Space as SpaceRow,
  Stakeholder as StakeholderRow,
  User as UserRow,
} from '@park/platform/database';
import {
  ConnectionShape,
  DomainError,
  IdArg,
  Loaders,
  RequestLoaders,
} from '@park/platform/graphql';
import { WorkflowEvent } from '@park/platform/workflow';
import { bookingActions } from './booking-access';
import { cancellableUntil, checkInWindow, noShowAt, weeklyQuotaLeft } from './booking-policy';
import { weekOf } from './booking-rules';
import { BookingAction, bookingFlow } from './booking.flow';
import {
  BookingReasonArgs,
  BookingRejectArgs,
  BookSeriesInput,
  BookSpaceInput,
} from './booking.input';
import { BookingService, SeriesResult } from './booking.service';
import { BookingRangePageArgs, HubCalendarArgs } from './space.input';
import {
  Booking,
  BookingActionEnum,
  BookingConnection,
  BookingSeries,
  Event,
  Space,
} from './space.model';
import { BookingListService } from './booking-lists.service';
import { SpacesLoaders, weekKey } from './spaces.loaders';

@Resolver(() => Booking)
export class BookingResolver {
  constructor(
    private readonly bookingService: BookingService,
    private readonly bookingLists: BookingListService,
    private readonly relations: SpacesLoaders,
    private readonly users: UserLoaders,
    private readonly directory: DirectoryLoaders,
    private readonly access: DirectoryAccess,
    private readonly config: AppConfig,
  ) {}

  @Query(() => BookingConnection, {
    description: 'Your bookings starting in [from, to) (at most 366 days), soonest first.',
  })
  myBookings(
    @CurrentUser() viewer: AuthUser,
    @Args() args: BookingRangePageArgs,
  ): Promise<ConnectionShape<BookingRow>> {
    return this.bookingLists.mine(viewer, args);
  }

  @Mutation(() => Booking, {
    description: 'CONFIRMED at once, or PENDING where approval is required.',
  })
  bookSpace(
    @CurrentUser() viewer: AuthUser,
    @Args('input') input: BookSpaceInput,
  ): Promise<BookingRow> {
    return this.bookingService.book(viewer, input);
  }

  @Mutation(() => BookingSeries, { description: 'A weekly series of up to 26 bookings.' })
  bookSpaceSeries(
    @CurrentUser() viewer: AuthUser,
    @Args('input') input: BookSeriesInput,
  ): Promise<SeriesResult> {
    return this.bookingService.bookSeries(viewer, input);
  }

  @Mutation(() => Booking, { description: 'Hub staff: PENDING → CONFIRMED.' })
  approveBooking(@CurrentUser() viewer: AuthUser, @IdArg() id: string): Promise<BookingRow> {
    return this.bookingService.act(viewer, id, 'approve');
  }

  @Mutation(() => Booking, { description: 'Hub staff: PENDING → REJECTED.' })
  rejectBooking(
    @CurrentUser() viewer: AuthUser,
    @Args() { id, reason }: BookingRejectArgs,
  ): Promise<BookingRow> {
    return this.bookingService.act(viewer, id, 'reject', reason);
  }

  @Mutation(() => Booking, { description: 'The booker or hub staff; frees the slot.' })
  cancelBooking(
    @CurrentUser() viewer: AuthUser,
    @Args() { id, reason }: BookingReasonArgs,
  ): Promise<BookingRow> {
    return this.bookingService.act(viewer, id, 'cancel', reason);
  }

  @Mutation(() => Booking, { description: 'From 15 minutes before the start until the end.' })
  checkInBooking(@CurrentUser() viewer: AuthUser, @IdArg() id: string): Promise<BookingRow> {
    return this.bookingService.act(viewer, id, 'checkIn');
  }

  @ResolveField(() => Space)
  async space(
    @Parent() booking: BookingRow,
    @Loaders() loaders: RequestLoaders,
  ): Promise<SpaceRow> {
    return (await loaders.get(this.relations.spaceById).load(booking.spaceId)) as SpaceRow;
  }

  @ResolveField(() => Event, {
    nullable: true,
    description: 'The event it holds the space for, if any.',
  })
  event(@Parent() booking: BookingRow, @Loaders() loaders: RequestLoaders) {
    return loaders.get(this.relations.eventByBooking).load(booking.id);
  }

  @ResolveField(() => User)
  async booker(
    @Parent() booking: BookingRow,
    @CurrentUser() viewer: AuthUser | undefined,
    @Loaders() loaders: RequestLoaders,
  ): Promise<User> {
    return toUser((await loaders.get(this.users.byId).load(booking.bookerId)) as UserRow, viewer);
  }

  @ResolveField(() => Stakeholder, { nullable: true })
  stakeholder(
    @Parent() booking: BookingRow,
    @Loaders() loaders: RequestLoaders,
  ): Promise<StakeholderRow | null> {
    if (!booking.stakeholderId) return Promise.resolve(null);
    return loaders.get(this.directory.stakeholderById).load(booking.stakeholderId);
  }

  @ResolveField(() => [WorkflowEvent], { description: 'Every step, oldest first.' })
  history(
    @Parent() booking: BookingRow,
    @Loaders() loaders: RequestLoaders,
  ): Promise<WorkflowEvent[]> {
    return loaders.get(this.relations.bookingHistory).load(booking.id);
  }

  @ResolveField(() => [BookingActionEnum], {
    description:
      'What you may do next with it now: the flow’s moves your roles allow, inside their times (CHECK_IN from checkInOpensAt until checkInClosesAt, CANCEL until cancellableUntil); [] when anonymous.',
  })
  async availableActions(
    @Parent() booking: BookingRow,
    @CurrentUser() viewer: AuthUser | undefined,
    @Loaders() loaders: RequestLoaders,
  ): Promise<BookingAction[]> {
    if (!viewer) return [];
    const [roles, space] = await Promise.all([
      loaders.get(this.access.rolesOf).load(viewer),
      loaders.get(this.relations.spaceById).load(booking.spaceId),
    ]);
    return bookingActions({ id: viewer.id, roles }, booking, space?.hubId, new Date());
  }

  @ResolveField(() => Date, {
    nullable: true,
    description:
      'The last moment cancelBooking accepts (its end); null once it cannot be cancelled.',
  })
  cancellableUntil(@Parent() booking: BookingRow): Date | null {
    return bookingFlow.allowsFrom(booking.status, 'cancel') ? cancellableUntil(booking) : null;
  }

  @ResolveField(() => Date, {
    nullable: true,
    description:
      'From when checkInBooking accepts (15 minutes before the start); null unless CONFIRMED.',
  })
  checkInOpensAt(@Parent() booking: BookingRow): Date | null {
    return bookingFlow.allowsFrom(booking.status, 'checkIn')
      ? checkInWindow(booking).opensAt
      : null;
  }

  @ResolveField(() => Date, {
    nullable: true,
    description: 'Until when (exclusive) checkInBooking accepts: the end; null unless CONFIRMED.',
  })
  checkInClosesAt(@Parent() booking: BookingRow): Date | null {
    return bookingFlow.allowsFrom(booking.status, 'checkIn')
      ? checkInWindow(booking).closesAt
      : null;
  }

  @ResolveField(() => Date, {
    nullable: true,
    description:
      'When the no-show sweep releases it if nobody has checked in: the start plus the grace period (the sweep takes it on its next run after). Null unless CONFIRMED, and always for an event’s booking.',
  })
  async noShowAt(
    @Parent() booking: BookingRow,
    @Loaders() loaders: RequestLoaders,
  ): Promise<Date | null> {
    if (!bookingFlow.allowsFrom(booking.status, 'markNoShow')) return null;
    if (await loaders.get(this.relations.holdsEvent).load(booking.id)) return null;
    return noShowAt(booking, this.config.get('NO_SHOW_GRACE_MINUTES'));
  }

  @ResolveField(() => Float, {
    nullable: true,
    description:
      'Hours its stakeholder may still book in the space’s hub in the Seoul week (Monday 00:00) it starts in, this booking counted; null when it is not booked for a stakeholder or the space sets no weekly quota.',
  })
  async weeklyQuotaLeft(
    @Parent() booking: BookingRow,
    @Loaders() loaders: RequestLoaders,
  ): Promise<number | null> {
    if (!booking.stakeholderId) return null;
    const space = await loaders.get(this.relations.spaceById).load(booking.spaceId);
    if (!space || space.weeklyQuotaHours === null) return null;
    const week = weekOf(booking.stakeholderId, space.hubId, booking.startsAt);
    const hours = await loaders.get(this.relations.weeklyHours).load(weekKey(week));
    return weeklyQuotaLeft(space.weeklyQuotaHours, hours);
  }
}

@Resolver(() => Hub)
export class HubBookingsResolver {
  constructor(private readonly bookingLists: BookingListService) {}

  // The staff calendar finds its hub by slug and reads the rooms' bookings with it: one request.
  @ResolveField(() => BookingConnection, {
    description:
      'Its bookings starting in [from, to) (at most 62 days), soonest first: bookings(hubId, from, to) for this hub; its staff and park admins only (FORBIDDEN).',
  })
  bookings(
    @CurrentUser() viewer: AuthUser | undefined,
    @Parent() hub: { id: string },
    @Args() args: HubCalendarArgs,
  ): Promise<ConnectionShape<BookingRow>> {
    if (!viewer) throw DomainError.unauthenticated();
    return this.bookingLists.ofHub(viewer, { ...args, hubId: hub.id });
  }
}
