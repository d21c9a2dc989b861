import { Event as EventRow, Rsvp as RsvpRow } from '@park/platform/database';

/** What a viewer may do with an event: RSVP (rsvpEvent) or give their place up (cancelRsvp). */
export type EventAction = 'rsvp' | 'cancelRsvp';
export const EVENT_ACTIONS: readonly EventAction[] = ['rsvp', 'cancelRsvp'];

/** A seat or a waitlist place: an RSVP that is not CANCELLED. */
export function holdsPlace(rsvp: Pick<RsvpRow, 'status'> | null): rsvp is RsvpRow {
  return !!rsvp && rsvp.status !== 'CANCELLED';
}

/** RSVPs close when the event starts. */
export function takesRsvps(event: Pick<EventRow, 'startsAt'>, now: Date): boolean {
  return now < event.startsAt;
}

/**
 * What a signed-in viewer may do next: RSVP while the event takes RSVPs and they hold no place
 * (asking again only answers their RSVP, unchanged), cancel while they hold one.
 */
export function eventActions(
  event: Pick<EventRow, 'startsAt'>,
  rsvp: Pick<RsvpRow, 'status'> | null,
  now: Date,
): EventAction[] {
  if (holdsPlace(rsvp)) return ['cancelRsvp'];
  return takesRsvps(event, now) ? ['rsvp'] : [];
}
