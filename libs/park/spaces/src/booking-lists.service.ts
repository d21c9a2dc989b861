import { Injectable } from '@nestjs/common';
import { DirectoryAccess } from '@park/directory';
import { AuthUser } from '@park/platform/auth';
import { Booking as BookingRow } from '@park/platform/database';
import {
  byTimeThenId,
  ConnectionShape,
  DomainError,
  keysetPage,
  PageArgs,
} from '@park/platform/graphql';
import { BookingFilter, BookingRepository } from './booking.repository';
import { BookingRangePageArgs, HubBookingsArgs, SpaceBookingsArgs } from './space.input';
import { SpaceRepository } from './space.repository';
import { assertRange } from './space.service';

/** Each list's cursors are its own: a calendar's cursor is refused by the hub queue. */
const order = (list: string) => byTimeThenId<BookingRow>(list, (row) => row.startsAt);
const CALENDAR = order('bookings:space');
const MINE = order('bookings:mine');
const HUB_QUEUE = order('bookings:hub');
const HUB_CALENDAR = order('bookings:hub-calendar');
const UPCOMING = order('bookings:upcoming');
/** The staff inbox waits on requests: the oldest request first, not the soonest start. */
const INBOX = byTimeThenId<BookingRow>('bookings:inbox', (row) => row.createdAt);

/** Lists of bookings that grow, as keyset pages soonest first: calendars, your own, a hub's. */
@Injectable()
export class BookingListService {
  constructor(
    private readonly bookings: BookingRepository,
    private readonly spaces: SpaceRepository,
    private readonly access: DirectoryAccess,
  ) {}

  /** A space's calendar, for the hub's staff: bookings starting in [from, to). */
  async calendar(viewer: AuthUser, args: SpaceBookingsArgs): Promise<ConnectionShape<BookingRow>> {
    assertRange(args.from, args.to);
    const space = await this.spaces.findById(args.spaceId);
    if (!space) throw DomainError.notFound('Space');
    await this.assertStaff(viewer, space.hubId);
    const filter = { spaceId: space.id, startsFrom: args.from, startsBefore: args.to };
    return this.page(CALENDAR, filter, args);
  }

  /** The viewer's bookings starting in [from, to). */
  mine(viewer: AuthUser, args: BookingRangePageArgs): Promise<ConnectionShape<BookingRow>> {
    assertRange(args.from, args.to, 366);
    const filter = { bookerId: viewer.id, startsFrom: args.from, startsBefore: args.to };
    return this.page(MINE, filter, args);
  }

  /** A hub's bookings (one status, or all; in [from, to) if given), for its staff and park admins. */
  async ofHub(viewer: AuthUser, args: HubBookingsArgs): Promise<ConnectionShape<BookingRow>> {
    if ((args.from === undefined) !== (args.to === undefined)) {
      const missing = args.from === undefined ? 'from' : 'to';
      throw DomainError.badInput([{ field: missing, message: 'is required with from and to' }]);
    }
    if (args.from && args.to) assertRange(args.from, args.to);
    await this.assertStaff(viewer, args.hubId);
    const filter = {
      hubId: args.hubId,
      status: args.status,
      startsFrom: args.from,
      startsBefore: args.to,
    };
    return this.page(args.from ? HUB_CALENDAR : HUB_QUEUE, filter, args);
  }

  /**
   * The staff inbox's bookings: PENDING ones in these hubs' spaces (null: every hub). The
   * caller has decided that the viewer is staff of these hubs.
   */
  inboxQueue(
    hubIds: readonly string[] | null,
    { first, after }: PageArgs,
  ): Promise<ConnectionShape<BookingRow>> {
    return keysetPage({
      order: INBOX,
      first,
      after,
      fetch: (position, limit) => this.bookings.pendingPageInHubs(hubIds, position, limit),
      count: () => this.inboxCount(hubIds),
    });
  }

  inboxCount(hubIds: readonly string[] | null): Promise<number> {
    return this.bookings.pendingCountInHubs(hubIds);
  }

  /** The viewer's bookings that are not over yet, the next one first. */
  upcoming(
    viewer: AuthUser,
    args: PageArgs,
    now = new Date(),
  ): Promise<ConnectionShape<BookingRow>> {
    return this.page(UPCOMING, { bookerId: viewer.id, endsAfter: now }, args);
  }

  private page(
    list: typeof CALENDAR,
    filter: BookingFilter,
    { first, after }: PageArgs,
  ): Promise<ConnectionShape<BookingRow>> {
    return keysetPage({
      order: list,
      first,
      after,
      fetch: (position, limit) => this.bookings.page(filter, position, limit),
      count: () => this.bookings.count(filter),
    });
  }

  private async assertStaff(viewer: AuthUser, hubId: string): Promise<void> {
    const roles = await this.access.rolesFor(viewer);
    if (!roles.isParkAdmin && !roles.staffHubIds.has(hubId)) {
      throw DomainError.forbidden('Only this hub’s staff may do this');
    }
  }
}
