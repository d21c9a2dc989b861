import { Event as EventRow, Rsvp as RsvpRow } from '@park/platform/database';

/** What a viewer may do with an event: RSVP (rsvpEvent) or give their place up (cancelRsvp). */
export type EventAction = 'rsvp' | 'cancelRsvp';
export const EVENT_ACTIONS: readonly EventAction[] = ['rsvp', 'cancelRsvp'];

/** A seat or a waitlist place: an RSVP that is not CANCELLED. */
export function holdsPlace(rsvp: Pick<RsvpRow, 'status'> | null): rsvp is RsvpRow {
  return !!rsvp && rsvp.status !== 'CANCELLED';
}

/** RSVPs close when the event starts, or when it is called off. */
export function takesRsvps(event: Pick<EventRow, 'startsAt' | 'cancelledAt'>, now: Date): boolean {
  return !event.cancelledAt && now < event.startsAt;
}

/** Who sees an event: everyone once its booking is no longer PENDING. */
export interface EventViewer {
  id: string;
  /** Staff of the event's hub, or a park admin. */
  isStaff: boolean;
}

/**
 * While its booking waits for approval an event is not public: only its organiser and the hub's
 * staff see it (and may RSVP).
 */
export function isShown(
  event: Pick<EventRow, 'organizerId'>,
  bookingPending: boolean,
  viewer: EventViewer | null,
): boolean {
  if (!bookingPending) return true;
  return !!viewer && (viewer.isStaff || viewer.id === event.organizerId);
}

/**
 * What a signed-in viewer may do next: RSVP while the event takes RSVPs and they hold no place
 * (asking again only answers their RSVP, unchanged), cancel while they hold one.
 */
export function eventActions(
  event: Pick<EventRow, 'startsAt' | 'cancelledAt'>,
  rsvp: Pick<RsvpRow, 'status'> | null,
  now: Date,
): EventAction[] {
  if (holdsPlace(rsvp)) return ['cancelRsvp'];
  return takesRsvps(event, now) ? ['rsvp'] : [];
}

/** Its organiser and the hub's staff edit and cancel an event while it is on and not over. */
export function managesEvent(
  event: Pick<EventRow, 'organizerId' | 'endsAt' | 'cancelledAt'>,
  viewer: EventViewer,
  now: Date,
): boolean {
  const theirs = viewer.isStaff || viewer.id === event.organizerId;
  return theirs && !event.cancelledAt && now < event.endsAt;
}
