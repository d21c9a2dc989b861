import { Injectable, OnModuleInit } from '@nestjs/common';
import { AuthUser } from '@park/platform/auth';
import { NodeRegistry } from '@park/platform/graphql';
import { BookingService } from './booking.service';
import { EventService } from './event.service';
import { SpaceService } from './space.service';

/** node(id) for spaces and events (public) and bookings (their people and the hub's staff). */
@Injectable()
export class SpacesNodes implements OnModuleInit {
  constructor(
    private readonly registry: NodeRegistry,
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
    );
  }
}
