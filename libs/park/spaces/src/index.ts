export { BookingListService } from './booking-lists.service';
export { BookingService } from './booking.service';
export { CalendarFeedRepository } from './calendar-feed.repository';
export { NO_SHOW_SWEEP_TASK, NoShowSweeper } from './no-show.sweeper';
export { SpaceService } from './space.service';
export { SpacesModule } from './spaces.module';
export { BookingRepository, LIVE_BOOKING_STATES } from './booking.repository';
export { periodsOf, SpaceUtilisation } from './space-utilisation';
export { BookingConnection } from './space.model';
