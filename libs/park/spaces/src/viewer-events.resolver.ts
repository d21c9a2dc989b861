import { Int, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { toUser, User, UserLoaders } from '@park/identity';
import { AuthUser, CurrentUser, isViewer } from '@park/platform/auth';
import { Event as EventRow, Rsvp as RsvpRow, User as UserRow } from '@park/platform/database';
import { Loaders, RequestLoaders, required } from '@park/platform/graphql';
import { Event, Rsvp } from './space.model';
import { SpacesLoaders, VIEWER_LIST_LIMIT } from './spaces.loaders';

/** `me { rsvps }`: the events the viewer is going to or waiting for. */
@Resolver(() => User)
export class ViewerEventsResolver {
  constructor(private readonly relations: SpacesLoaders) {}

  @ResolveField(() => [Rsvp], {
    nullable: true,
    description: `Your RSVPs (GOING or WAITLISTED) to events not yet over, soonest first; at most ${VIEWER_LIST_LIMIT}. Only for yourself; null for others.`,
  })
  async rsvps(
    @Parent() user: User,
    @CurrentUser() viewer: AuthUser | undefined,
    @Loaders() loaders: RequestLoaders,
  ): Promise<RsvpRow[] | null> {
    if (!isViewer(viewer, user.id)) return null;
    return loaders.get(this.relations.upcomingRsvpsByUser).load(user.id);
  }
}

@Resolver(() => Rsvp)
export class RsvpResolver {
  constructor(
    private readonly relations: SpacesLoaders,
    private readonly users: UserLoaders,
  ) {}

  @ResolveField(() => User, { description: 'Whose place it is.' })
  async user(
    @Parent() rsvp: RsvpRow,
    @CurrentUser() viewer: AuthUser | undefined,
    @Loaders() loaders: RequestLoaders,
  ): Promise<User> {
    return toUser((await loaders.get(this.users.byId).load(rsvp.userId)) as UserRow, viewer);
  }

  @ResolveField(() => Event, { description: 'The event this RSVP is for.' })
  event(@Parent() rsvp: RsvpRow, @Loaders() loaders: RequestLoaders): Promise<EventRow> {
    return required(loaders.get(this.relations.eventById).load(rsvp.eventId), 'Event');
  }

  @ResolveField(() => Int, {
    nullable: true,
    description:
      'Your place in the waitlist (1 = the next seat freed is yours); null unless WAITLISTED.',
  })
  waitlistPosition(
    @Parent() rsvp: RsvpRow,
    @Loaders() loaders: RequestLoaders,
  ): Promise<number | null> {
    if (rsvp.status !== 'WAITLISTED') return Promise.resolve(null);
    return loaders.get(this.relations.waitlistPlace).load(rsvp.id);
  }
}
