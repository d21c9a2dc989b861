import { Injectable, OnModuleInit } from '@nestjs/common';
import { AuthUser } from '@park/platform/auth';
import { NodeRegistry } from '@park/platform/graphql';
import { WorkflowHistory } from '@park/platform/workflow';
import { bookingFlow } from './booking.flow';
import { BookingService } from './booking.service';
import { EventService } from './event.service';
import { SpaceService } from './space.service';

/**
 * node(id) for spaces and events (public), bookings and their history (their people and the
 * hub's staff) and RSVPs (their person and the event's hub staff).
 */
@Injectable()
export class SpacesNodes implements OnModuleInit {
  constructor(
    private readonly registry: NodeRegistry,
    private readonly history: WorkflowHistory,
    private readonly spaces: SpaceService,
    private readonly events: EventService,
    private readonly bookings: BookingService,
  ) {}

  onModuleInit(): void {
    this.registry.register<AuthUser>(
      { type: 'Space', table: 'spaces', find: (_viewer, id) => this.spaces.find(id) },
      {
        type: 'Event',
        table: 'events',
        find: (viewer, id) => this.events.find(viewer ?? null, id),
      },
      {
        type: 'Booking',
        table: 'bookings',
        find: (viewer, id) => (viewer ? this.bookings.visible(viewer, id) : Promise.resolve(null)),
      },
      {
        type: 'BookingSeries',
        table: 'bookings',
        column: 'series_id',
        find: (viewer, id) => (viewer ? this.bookings.series(viewer, id) : Promise.resolve(null)),
      },
      {
        type: 'Rsvp',
        table: 'rsvps',
        find: (viewer, id, loaders) => this.events.findRsvp(viewer, id, loaders),
      },
    );
    // Whoever sees a booking reads all of its history.
    this.history.readableBy<AuthUser>(
      bookingFlow.entityType,
      async (viewer, id) => !!viewer && !!(await this.bookings.visible(viewer, id)),
    );
  }
}
