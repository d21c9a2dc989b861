import { Args, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { DirectoryAccess, DirectoryLoaders, Hub, Stakeholder } from '@park/directory';
import { toUser, User, UserLoaders } from '@park/identity';
import { AuthUser, CurrentUser, Public } from '@park/platform/auth';
import {
  Booking as BookingRow,
  Event as EventRow,
  Hub as HubRow,
  Rsvp as RsvpRow,
  Space as SpaceRow,
  Stakeholder as StakeholderRow,
  User as UserRow,
} from '@park/platform/database';
import {
  Connection,
  ConnectionShape,
  IdArg,
  Loaders,
  RequestLoaders,
} from '@park/platform/graphql';
import { EventAction, eventActions, holdsPlace } from './event-rules';
import {
  CancelEventArgs,
  CreateEventInput,
  EventsArgs,
  HubEventsArgs,
  UpdateEventArgs,
} from './event.input';
import { EventService } from './event.service';
import { Booking, Event, EventActionEnum, Rsvp, Space } from './space.model';
import { SpacesLoaders } from './spaces.loaders';

export const EventConnection = Connection(Event);

@Resolver(() => Event)
export class EventResolver {
  constructor(
    private readonly eventService: EventService,
    private readonly relations: SpacesLoaders,
    private readonly directory: DirectoryLoaders,
    private readonly users: UserLoaders,
    private readonly access: DirectoryAccess,
  ) {}

  @Public()
  @Query(() => Event, {
    nullable: true,
    description:
      'One event, for anyone once its booking is not PENDING (before: its organiser and the hub’s staff); null otherwise or when there is none.',
  })
  event(
    @CurrentUser() viewer: AuthUser | undefined,
    @IdArg() id: string,
  ): Promise<EventRow | null> {
    return this.eventService.find(viewer ?? null, id);
  }

  @Public()
  @Query(() => EventConnection, {
    description:
      'A hub’s events starting in [from, to), soonest first: never cancelled ones, and those whose booking is PENDING only for their organiser and the hub’s staff.',
  })
  events(
    @CurrentUser() viewer: AuthUser | undefined,
    @Args() args: EventsArgs,
  ): Promise<ConnectionShape<EventRow>> {
    return this.eventService.list(viewer ?? null, args);
  }

  @Mutation(() => Event, { description: 'Host an event; its space is booked in the same step.' })
  createEvent(
    @CurrentUser() viewer: AuthUser,
    @Args('input') input: CreateEventInput,
  ): Promise<EventRow> {
    return this.eventService.create(viewer, input);
  }

  @Mutation(() => Event, {
    description:
      'GOING while seats last, WAITLISTED after; asking again changes nothing. The event, with ' +
      'your RSVP (myRsvp) and its counts.',
  })
  rsvpEvent(@CurrentUser() viewer: AuthUser, @IdArg() id: string): Promise<EventRow> {
    return this.eventService.rsvp(viewer, id);
  }

  @Mutation(() => Event, {
    description:
      'Gives up your seat or waitlist place (a freed seat goes to the first on the waitlist); ' +
      'without an RSVP it changes nothing. The event, with myRsvp null and its counts.',
  })
  cancelRsvp(@CurrentUser() viewer: AuthUser, @IdArg() id: string): Promise<EventRow> {
    return this.eventService.cancelRsvp(viewer, id);
  }

  @Mutation(() => Event, {
    description:
      'Its organiser or the hub’s staff, while it is on and not over; `capacity` at most the space’s and at least the seats taken (more seats take people off the waitlist, who are told).',
  })
  updateEvent(
    @CurrentUser() viewer: AuthUser,
    @Args() { id, input }: UpdateEventArgs,
  ): Promise<EventRow> {
    return this.eventService.update(viewer, id, input);
  }

  @Mutation(() => Event, {
    description:
      'Its organiser or the hub’s staff call it off: its booking is cancelled, and everyone holding a seat or a waitlist place is told (EVENT_CANCELLED).',
  })
  cancelEvent(
    @CurrentUser() viewer: AuthUser,
    @Args() { id, reason }: CancelEventArgs,
  ): Promise<EventRow> {
    return this.eventService.cancel(viewer, id, reason);
  }

  @ResolveField(() => Boolean, {
    description:
      'Whether you may edit (updateEvent) and cancel (cancelEvent) it: its organiser and the hub’s staff, while it is on and not over.',
  })
  viewerCanManage(
    @Parent() event: EventRow,
    @CurrentUser() viewer: AuthUser | undefined,
  ): Promise<boolean> {
    return viewer ? this.eventService.manages(viewer, event) : Promise.resolve(false);
  }

  @ResolveField(() => Booking, {
    nullable: true,
    description: 'The booking of its space, for its organiser and the hub’s staff; null otherwise.',
  })
  async booking(
    @Parent() event: EventRow,
    @CurrentUser() viewer: AuthUser | undefined,
    @Loaders() loaders: RequestLoaders,
  ): Promise<BookingRow | null> {
    if (!(await this.organises(event, viewer, loaders))) return null;
    return loaders.get(this.relations.bookingById).load(event.bookingId);
  }

  @ResolveField(() => [Rsvp], {
    nullable: true,
    description:
      'Who holds a place, for its organiser and the hub’s staff (null otherwise): the seats (GOING), then the waitlist in its order.',
  })
  async rsvps(
    @Parent() event: EventRow,
    @CurrentUser() viewer: AuthUser | undefined,
    @Loaders() loaders: RequestLoaders,
  ): Promise<RsvpRow[] | null> {
    if (!(await this.organises(event, viewer, loaders))) return null;
    return loaders.get(this.relations.placesByEvent).load(event.id);
  }

  private async organises(
    event: EventRow,
    viewer: AuthUser | undefined,
    loaders: RequestLoaders,
  ): Promise<boolean> {
    if (!viewer) return false;
    if (viewer.id === event.organizerId) return true;
    const roles = await loaders.get(this.access.rolesOf).load(viewer);
    return roles.isParkAdmin || roles.staffHubIds.has(event.hubId);
  }

  @ResolveField(() => Hub)
  async hub(@Parent() event: EventRow, @Loaders() loaders: RequestLoaders): Promise<HubRow> {
    return (await loaders.get(this.directory.hubById).load(event.hubId)) as HubRow;
  }

  @ResolveField(() => Space)
  async space(@Parent() event: EventRow, @Loaders() loaders: RequestLoaders): Promise<SpaceRow> {
    return (await loaders.get(this.relations.spaceById).load(event.spaceId)) as SpaceRow;
  }

  @ResolveField(() => User, { description: 'The person hosting it.' })
  async organizer(
    @Parent() event: EventRow,
    @CurrentUser() viewer: AuthUser | undefined,
    @Loaders() loaders: RequestLoaders,
  ): Promise<User> {
    return toUser((await loaders.get(this.users.byId).load(event.organizerId)) as UserRow, viewer);
  }

  @ResolveField(() => Stakeholder, {
    nullable: true,
    description: 'Who hosts it, if a stakeholder does.',
  })
  stakeholder(
    @Parent() event: EventRow,
    @Loaders() loaders: RequestLoaders,
  ): Promise<StakeholderRow | null> {
    if (!event.stakeholderId) return Promise.resolve(null);
    return loaders.get(this.directory.stakeholderById).load(event.stakeholderId);
  }

  @ResolveField(() => Int)
  async attendeeCount(
    @Parent() event: EventRow,
    @Loaders() loaders: RequestLoaders,
  ): Promise<number> {
    return (await loaders.get(this.relations.rsvpCounts).load(event.id)).going;
  }

  @ResolveField(() => Int)
  async waitlistCount(
    @Parent() event: EventRow,
    @Loaders() loaders: RequestLoaders,
  ): Promise<number> {
    return (await loaders.get(this.relations.rsvpCounts).load(event.id)).waitlisted;
  }

  @ResolveField(() => Rsvp, {
    nullable: true,
    description: 'Your RSVP; null if none or anonymous.',
  })
  async myRsvp(
    @Parent() event: EventRow,
    @CurrentUser() viewer: AuthUser | undefined,
    @Loaders() loaders: RequestLoaders,
  ): Promise<RsvpRow | null> {
    if (!viewer) return null;
    const rsvp = await loaders.get(this.relations.myRsvp).load(`${viewer.id}:${event.id}`);
    return holdsPlace(rsvp) ? rsvp : null;
  }

  @ResolveField(() => [EventActionEnum], {
    description:
      'What you may do next: RSVP until it starts while you hold no place, CANCEL_RSVP while you hold one; [] when anonymous.',
  })
  async availableActions(
    @Parent() event: EventRow,
    @CurrentUser() viewer: AuthUser | undefined,
    @Loaders() loaders: RequestLoaders,
  ): Promise<EventAction[]> {
    if (!viewer) return [];
    const rsvp = await loaders.get(this.relations.myRsvp).load(`${viewer.id}:${event.id}`);
    return eventActions(event, rsvp, new Date());
  }
}

@Resolver(() => Hub)
export class HubEventsResolver {
  constructor(private readonly eventService: EventService) {}

  // The hub page reads its events with the hub it found by slug: one request, no waterfall.
  @ResolveField(() => EventConnection, {
    description: 'Its events starting in [from, to), soonest first: events(hubId) for this hub.',
  })
  events(
    @CurrentUser() viewer: AuthUser | undefined,
    @Parent() hub: HubRow,
    @Args() args: HubEventsArgs,
  ): Promise<ConnectionShape<EventRow>> {
    return this.eventService.list(viewer ?? null, { ...args, hubId: hub.id });
  }
}
