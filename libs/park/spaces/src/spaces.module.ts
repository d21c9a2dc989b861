import { Module } from '@nestjs/common';
import { DirectoryModule } from '@park/directory';
import { IdentityModule } from '@park/identity';
import { MembershipModule } from '@park/membership';
import { BookingListService } from './booking-lists.service';
import { BookingInvitations, notificationSubject } from '@park/notification';
import { BookingInvitationMail } from './booking-invitations';
import { BookingRules } from './booking-rules';
import { CalendarFeedController } from './calendar-feed.controller';
import { CalendarFeedRepository } from './calendar-feed.repository';
import { HubCalendarFeedResolver, SpaceCalendarFeedResolver } from './calendar-feed.resolver';
import { CalendarFeedService } from './calendar-feed.service';
import { BookingRepository } from './booking.repository';
import { BookingWebhookSubject } from './booking-webhook.subject';
import { BookingResolver, HubBookingsResolver } from './booking.resolver';
import { BookingService } from './booking.service';
import { EventLifecycle } from './event-lifecycle';
import { EventRepository } from './event.repository';
import { EventConnection, EventResolver, HubEventsResolver } from './event.resolver';
import { EventService } from './event.service';
import { NoShowSweeper } from './no-show.sweeper';
import { SpaceLiveResolver } from './space-live.resolver';
import { HubSpacesResolver, SpaceResolver } from './space.resolver';
import { SpaceRepository } from './space.repository';
import { SpaceService } from './space.service';
import { SpaceUtilisation } from './space-utilisation';
import { Booking, BookingConnection, Event } from './space.model';
import { SpacesLoaders } from './spaces.loaders';
import { SpacesNodes } from './spaces.nodes';
import { UserBookingsResolver } from './user-bookings.resolver';

notificationSubject({
  entityType: 'Booking',
  type: () => Booking,
  loaders: SpacesLoaders,
  byId: (loaders) => loaders.bookingById,
});
notificationSubject({
  entityType: 'Event',
  type: () => Event,
  loaders: SpacesLoaders,
  byId: (loaders) => loaders.eventById,
});
import { RsvpResolver, ViewerEventsResolver } from './viewer-events.resolver';

@Module({
  imports: [DirectoryModule, IdentityModule, MembershipModule],
  controllers: [CalendarFeedController],
  providers: [
    BookingConnection.Resolver,
    BookingInvitationMail,
    { provide: BookingInvitations, useExisting: BookingInvitationMail },
    BookingListService,
    BookingRepository,
    BookingWebhookSubject,
    BookingResolver,
    BookingRules,
    BookingService,
    CalendarFeedRepository,
    CalendarFeedService,
    EventConnection.Resolver,
    EventLifecycle,
    EventRepository,
    EventResolver,
    HubBookingsResolver,
    HubCalendarFeedResolver,
    HubEventsResolver,
    EventService,
    HubSpacesResolver,
    NoShowSweeper,
    RsvpResolver,
    SpaceRepository,
    SpaceCalendarFeedResolver,
    SpaceResolver,
    SpaceLiveResolver,
    SpaceService,
    SpacesLoaders,
    SpacesNodes,
    SpaceUtilisation,
    UserBookingsResolver,
    ViewerEventsResolver,
  ],
  exports: [BookingListService, BookingService, NoShowSweeper, SpaceService, SpaceUtilisation],
})
export class SpacesModule {}
