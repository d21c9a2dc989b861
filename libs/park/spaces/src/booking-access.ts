import { isOwnSide, OWN_SIDE_REASON, ViewerRoles } from '@park/directory';
import { Booking as BookingRow } from '@park/platform/database';
import { ActorRoles, setAside } from '@park/platform/workflow';
import { onTime } from './booking-policy';
import { BookingAction, bookingFlow, BookingRole } from './booking.flow';

/**
 * The roles the booking flow knows, for this viewer and a booking of a space of `hubId`. Staff
 * who belong to the stakeholder it is for keep only the booker's roles, if theirs.
 */
export function bookingRoles(
  roles: ViewerRoles,
  viewerId: string,
  booking: Pick<BookingRow, 'bookerId' | 'stakeholderId'>,
  hubId: string | undefined,
): ActorRoles<BookingRole> {
  const granted: BookingRole[] = [];
  if (roles.isParkAdmin) granted.push('PARK_ADMIN');
  if (hubId && roles.staffHubIds.has(hubId)) granted.push('HUB_STAFF');
  if (booking.bookerId === viewerId) granted.push('BOOKER');
  return isOwnSide(roles, [booking.stakeholderId])
    ? setAside(granted, ['PARK_ADMIN', 'HUB_STAFF'], OWN_SIDE_REASON)
    : granted;
}

/** What the viewer may do next at `now`: the flow's moves their roles allow, inside their times. */
export function bookingActions(
  viewer: { id: string; roles: ViewerRoles } | null,
  booking: BookingRow,
  hubId: string | undefined,
  now: Date,
): BookingAction[] {
  if (!viewer) return [];
  return bookingFlow
    .actionsFor(booking.status, bookingRoles(viewer.roles, viewer.id, booking, hubId))
    .filter((action) => onTime(action, booking, now));
}
