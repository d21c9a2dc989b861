export { BookingService } from './booking.service';
export { NoShowSweeper } from './no-show.sweeper';
export { SpaceService } from './space.service';
export { SpacesModule } from './spaces.module';
export { BookingRepository } from './booking.repository';
export { LIVE_BOOKING_STATES, SpaceUtilisation } from './space-utilisation';
