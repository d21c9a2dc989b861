import { Injectable } from '@nestjs/common';
import { DirectoryAccess } from '@park/directory';
import { AuthUser } from '@park/platform/auth';
import { Event as EventRow, Rsvp as RsvpRow, TransactionRunner } from '@park/platform/database';
import {
  byTimeThenId,
  ConnectionShape,
  DomainError,
  keysetPage,
  RequestLoaders,
} from '@park/platform/graphql';
import { Tx, WorkflowRunner } from '@park/platform/workflow';
import { BookingRules } from './booking-rules';
import { BookingService } from './booking.service';
import { EventViewer, holdsPlace, isShown, managesEvent, takesRsvps } from './event-rules';
import { CreateEventInput, EventsArgs, UpdateEventInput } from './event.input';
import { EventFilter, EventRepository } from './event.repository';
import { SpaceRepository } from './space.repository';
import { assertRange } from './space.service';

const UPCOMING = byTimeThenId<EventRow>('events:upcoming', (row) => row.startsAt);

/** Community events: hosting one books its space; RSVPs fill seats, then a waitlist. */
@Injectable()
export class EventService {
  constructor(
    private readonly events: EventRepository,
    private readonly bookingService: BookingService,
    private readonly rules: BookingRules,
    private readonly workflow: WorkflowRunner,
    private readonly transactions: TransactionRunner,
    private readonly access: DirectoryAccess,
    private readonly spaces: SpaceRepository,
  ) {}

  /** The event and the booking of its space commit together, or neither does. */
  async create(viewer: AuthUser, input: CreateEventInput, now = new Date()): Promise<EventRow> {
    const space = await this.bookingService.bookableSpace(input.spaceId);
    if (space.hubId !== input.hubId) {
      throw DomainError.badInput([{ field: 'spaceId', message: 'is not a space of this hub' }]);
    }
    const booker = await this.rules.bookerOf(viewer, space, input.stakeholderId);
    const occurrence = {
      startsAt: input.startsAt,
      endsAt: input.endsAt,
      attendees: input.capacity,
    };
    const violations = await this.rules.violations(
      space,
      occurrence,
      booker,
      booker.stakeholderId,
      now,
    );
    if (violations.length) {
      throw DomainError.badInput(
        violations.map((v) => (v.field === 'attendees' ? { ...v, field: 'capacity' } : v)),
      );
    }
    const staff = await this.bookingService.staffToAsk(space, booker.isStaff);
    return this.transactions.run(async (tx) => {
      const booking = await this.bookingService.insert(
        tx,
        viewer,
        space,
        {
          ...occurrence,
          spaceId: space.id,
          purpose: `Event: ${input.title}`,
          stakeholderId: booker.stakeholderId,
        },
        booker.isStaff,
        staff,
      );
      const event = await this.events.create(tx, {
        hubId: input.hubId,
        spaceId: space.id,
        bookingId: booking.id,
        organizerId: viewer.id,
        stakeholderId: input.stakeholderId ?? null,
        title: input.title,
        description: input.description,
        startsAt: input.startsAt,
        endsAt: input.endsAt,
        capacity: input.capacity,
      });
      await this.workflow.record(tx, viewer.id, 'Event.create', {
        entityType: 'Event',
        entityId: event.id,
      });
      return event;
    });
  }

  /**
   * GOING while seats last, then WAITLISTED; asking again changes nothing. Returns the event, so
   * a client's cached copy shows its new RSVP and counts.
   */
  rsvp(viewer: AuthUser, eventId: string, now = new Date()): Promise<EventRow> {
    return this.transactions.run(async (tx) => {
      const event = await this.events.lock(tx, eventId);
      if (!event || !(await this.shown(viewer, event, tx))) throw DomainError.notFound('Event');
      if (!takesRsvps(event, now)) {
        const message = event.cancelledAt
          ? 'the event is cancelled'
          : 'the event has already started';
        throw DomainError.badInput([{ field: 'id', message }]);
      }
      const current = await this.events.rsvpOf(tx, eventId, viewer.id);
      if (holdsPlace(current)) return event;
      const seatsTaken = await this.events.going(tx, eventId);
      const status = seatsTaken < event.capacity ? 'GOING' : 'WAITLISTED';
      await this.events.setRsvp(tx, eventId, viewer.id, status);
      return event;
    });
  }

  /**
   * Gives up a seat (or a waitlist place); a freed seat goes to the first on the waitlist. Without
   * an RSVP it changes nothing. Returns the event, as rsvp does.
   */
  cancelRsvp(viewer: AuthUser, eventId: string): Promise<EventRow> {
    return this.transactions.run(async (tx) => {
      const event = await this.events.lock(tx, eventId);
      if (!event) throw DomainError.notFound('Event');
      const current = await this.events.rsvpOf(tx, eventId, viewer.id);
      if (!holdsPlace(current)) return event;
      await this.events.setRsvp(tx, eventId, viewer.id, 'CANCELLED');
      if (current.status === 'GOING') {
        const next = await this.events.firstWaiting(tx, eventId);
        if (next) {
          await this.events.promote(tx, next.id);
          await this.workflow.announce(tx, { entityType: 'Event', entityId: eventId }, [
            {
              recipientId: next.userId,
              kind: 'EVENT_WAITLIST_PROMOTED',
              params: { event: event.title },
            },
          ]);
        }
      }
      return event;
    });
  }

  /**
   * Its organiser or the hub's staff change the title, description or seats while it is on and
   * not over. More seats take people off the waitlist in its order (each is told); fewer than
   * the seats already taken is refused.
   */
  update(viewer: AuthUser, id: string, input: UpdateEventInput, now = new Date()) {
    return this.transactions.run(async (tx) => {
      const event = await this.managed(viewer, id, now, tx);
      if (input.capacity !== undefined) {
        const space = await this.spaces.findById(event.spaceId);
        const roomFor = space?.capacity ?? event.capacity;
        if (input.capacity > roomFor) {
          throw DomainError.badInput([
            { field: 'capacity', message: `must be at most the space’s capacity (${roomFor})` },
          ]);
        }
        const going = await this.events.going(tx, id);
        if (input.capacity < going) {
          throw DomainError.badInput([
            { field: 'capacity', message: `must be at least the ${going} seats already taken` },
          ]);
        }
        for (let seats = going; seats < input.capacity; seats += 1) {
          const next = await this.events.firstWaiting(tx, id);
          if (!next) break;
          await this.events.promote(tx, next.id);
          await this.workflow.announce(tx, { entityType: 'Event', entityId: id }, [
            {
              recipientId: next.userId,
              kind: 'EVENT_WAITLIST_PROMOTED',
              params: { event: input.title ?? event.title },
            },
          ]);
        }
      }
      const updated = await this.events.update(tx, id, {
        ...(input.title !== undefined && { title: input.title }),
        ...(input.description !== undefined && { description: input.description }),
        ...(input.capacity !== undefined && { capacity: input.capacity }),
      });
      await this.workflow.record(tx, viewer.id, 'Event.update', {
        entityType: 'Event',
        entityId: id,
      });
      return updated;
    });
  }

  /**
   * Calls the event off by cancelling its booking (the organiser or the hub's staff): the
   * booking's transaction cancels the event and tells everyone who held a place.
   */
  async cancel(viewer: AuthUser, id: string, reason?: string, now = new Date()) {
    const event = await this.managed(viewer, id, now);
    await this.bookingService.act(viewer, event.bookingId, 'cancel', reason, now);
    return (await this.events.findById(id)) as EventRow;
  }

  /** Whether the viewer may edit and cancel the event now (Event.viewerCanManage). */
  async manages(viewer: AuthUser, event: EventRow, now = new Date()): Promise<boolean> {
    return managesEvent(event, await this.viewerOf(viewer, event.hubId), now);
  }

  /** The event, if the viewer may change it now: NOT_FOUND, FORBIDDEN or BAD_USER_INPUT. */
  private async managed(viewer: AuthUser, id: string, now: Date, tx?: Tx): Promise<EventRow> {
    const event = tx ? await this.events.lock(tx, id) : await this.events.findById(id);
    if (!event || !(await this.shown(viewer, event, tx))) throw DomainError.notFound('Event');
    const who = await this.viewerOf(viewer, event.hubId);
    if (!who.isStaff && who.id !== event.organizerId) {
      throw DomainError.forbidden('Only its organiser and the hub’s staff may change an event');
    }
    if (!managesEvent(event, who, now)) {
      const message = event.cancelledAt ? 'the event is cancelled' : 'the event is over';
      throw DomainError.badInput([{ field: 'id', message }]);
    }
    return event;
  }

  /** A hub's events (or every hub's): never cancelled ones; a PENDING booking's only to its organiser and staff. */
  async list(viewer: AuthUser | null, args: EventsArgs): Promise<ConnectionShape<EventRow>> {
    assertRange(args.from, args.to, 366);
    const who = viewer && (await this.viewerOf(viewer, args.hubId));
    const filter: EventFilter = {
      hubId: args.hubId,
      from: args.from,
      to: args.to,
      pendingOf: !who ? null : who.isStaff ? 'all' : { organizerId: who.id },
    };
    return keysetPage({
      order: UPCOMING,
      first: args.first,
      after: args.after,
      fetch: (position, limit) => this.events.page(filter, position, limit),
      count: () => this.events.count(filter),
    });
  }

  /** The event, or null when there is none or its PENDING booking hides it from the viewer. */
  async find(viewer: AuthUser | null, id: string): Promise<EventRow | null> {
    const event = await this.events.findById(id);
    return event && (await this.shown(viewer, event)) ? event : null;
  }

  private async shown(viewer: AuthUser | null, event: EventRow, tx?: Tx): Promise<boolean> {
    if (!(await this.events.bookingPending(event, tx))) return true;
    return isShown(event, true, viewer && (await this.viewerOf(viewer, event.hubId)));
  }

  /** Without a hub (the park's events), only a park admin counts as its staff. */
  private async viewerOf(viewer: AuthUser, hubId: string | undefined): Promise<EventViewer> {
    const roles = await this.access.rolesFor(viewer);
    const hubStaff = hubId !== undefined && roles.staffHubIds.has(hubId);
    return { id: viewer.id, isStaff: roles.isParkAdmin || hubStaff };
  }

  /**
   * One RSVP, for node(id): for its person and the event's hub staff (and park admins); a
   * cancelled one is no place held, as `myRsvp` shows it, so null.
   */
  async findRsvp(
    viewer: AuthUser | undefined,
    id: string,
    loaders: RequestLoaders,
  ): Promise<RsvpRow | null> {
    if (!viewer) return null;
    const rsvp = await this.events.findRsvp(id);
    if (!holdsPlace(rsvp)) return null;
    if (rsvp.userId === viewer.id) return rsvp;
    const [roles, event] = await Promise.all([
      loaders.get(this.access.rolesOf).load(viewer),
      this.events.findById(rsvp.eventId),
    ]);
    const staff = roles.isParkAdmin || (!!event && roles.staffHubIds.has(event.hubId));
    return staff ? rsvp : null;
  }
}
