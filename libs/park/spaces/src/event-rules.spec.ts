import { eventActions, holdsPlace, isShown, takesRsvps } from './event-rules';

const event = { startsAt: new Date('2031-03-06T09:00:00Z'), cancelledAt: null };
const cancelled = { ...event, cancelledAt: new Date('2031-03-01T09:00:00Z') };
const before = new Date('2031-03-06T08:59:59.999Z');

describe('what a viewer may do with an event', () => {
  it('RSVP until the start while holding no place; cancel while holding one, started or not', () => {
    expect(eventActions(event, null, before)).toEqual(['rsvp']);
    expect(eventActions(event, { status: 'CANCELLED' }, before)).toEqual(['rsvp']);
    expect(eventActions(event, { status: 'GOING' }, before)).toEqual(['cancelRsvp']);
    expect(eventActions(event, { status: 'WAITLISTED' }, event.startsAt)).toEqual(['cancelRsvp']);
    expect(eventActions(event, null, event.startsAt)).toEqual([]);
  });

  it('counts GOING and WAITLISTED as places, and closes RSVPs at the start', () => {
    expect([holdsPlace(null), holdsPlace({ status: 'CANCELLED' })]).toEqual([false, false]);
    expect([holdsPlace({ status: 'GOING' }), holdsPlace({ status: 'WAITLISTED' })]).toEqual([
      true,
      true,
    ]);
    expect([takesRsvps(event, before), takesRsvps(event, event.startsAt)]).toEqual([true, false]);
  });

  it('offers nothing but giving a place up once the event is cancelled', () => {
    expect(eventActions(cancelled, null, before)).toEqual([]);
    expect(takesRsvps(cancelled, before)).toBe(false);
  });

  it('shows an event whose booking is PENDING to its organiser and staff only', () => {
    const hosted = { organizerId: 'host' };
    expect(isShown(hosted, false, null)).toBe(true);
    expect(isShown(hosted, true, null)).toBe(false);
    expect(isShown(hosted, true, { id: 'guest', isStaff: false })).toBe(false);
    expect(isShown(hosted, true, { id: 'host', isStaff: false })).toBe(true);
    expect(isShown(hosted, true, { id: 'manager', isStaff: true })).toBe(true);
  });
});
