import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { DirectoryLoaders, Stakeholder } from '@park/directory';
import { toUser, User, UserLoaders } from '@park/identity';
import { AuthUser, CurrentUser } from '@park/platform/auth';
import {
  Booking as BookingRow,
  Space as SpaceRow,
  Stakeholder as StakeholderRow,
  User as UserRow,
} from '@park/platform/database';
import { ConnectionShape, IdArg, Loaders, RequestLoaders } from '@park/platform/graphql';
import { WorkflowEvent } from '@park/platform/workflow';
import {
  BookingReasonArgs,
  BookingRejectArgs,
  BookSeriesInput,
  BookSpaceInput,
} from './booking.input';
import { BookingService, SeriesResult } from './booking.service';
import { BookingRangePageArgs } from './space.input';
import { Booking, BookingConnection, BookingSeries, Space } from './space.model';
import { BookingListService } from './booking-lists.service';
import { SpacesLoaders } from './spaces.loaders';

@Resolver(() => Booking)
export class BookingResolver {
  constructor(
    private readonly bookingService: BookingService,
    private readonly bookingLists: BookingListService,
    private readonly relations: SpacesLoaders,
    private readonly users: UserLoaders,
    private readonly directory: DirectoryLoaders,
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
}
