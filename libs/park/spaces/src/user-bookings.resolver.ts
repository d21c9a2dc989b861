import { Args, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { User } from '@park/identity';
import { AuthUser, CurrentUser } from '@park/platform/auth';
import { Booking as BookingRow } from '@park/platform/database';
import { ConnectionShape, PageArgs } from '@park/platform/graphql';
import { BookingListService } from './booking-lists.service';
import { BookingConnection } from './space.model';

/** `me { bookings }`: a person's own bookings, shown to that person only. */
@Resolver(() => User)
export class UserBookingsResolver {
  constructor(private readonly bookingLists: BookingListService) {}

  @ResolveField(() => BookingConnection, {
    nullable: true,
    description:
      'Your bookings that are not over yet, the next one first; null on anyone else’s User.',
  })
  async bookings(
    @Parent() user: User,
    @CurrentUser() viewer: AuthUser | undefined,
    @Args() args: PageArgs,
  ): Promise<ConnectionShape<BookingRow> | null> {
    if (!viewer || viewer.id !== user.id) return null;
    return this.bookingLists.upcoming(viewer, args);
  }
}
