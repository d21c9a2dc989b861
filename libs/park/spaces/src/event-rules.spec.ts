import { eventActions, holdsPlace, takesRsvps } from './event-rules';

const event = { startsAt: new Date('2031-03-06T09:00:00Z') };
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
});
