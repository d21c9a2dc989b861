import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { CalendarBookingFragment } from '../../../graphql/generated/graphql';
import { startI18n } from '../../../i18n/i18n';
import { HubDay, HubWeek } from './CalendarGrid';
import type { Room } from './calendar-data';

// The process runs in New York time (vitest.config.mts): the hub's rooms must still read Seoul's.
const hours = [1, 2, 3, 4, 5].map((weekday) => ({ weekday, opens: '09:00', closes: '18:00' }));
const ROOMS: Room[] = [
  {
    id: 'r1',
    name: 'Room One',
    capacity: 8,
    openingHours: hours,
    policy: { bufferMinutes: 15, requiresApproval: true },
  },
  {
    id: 'r2',
    name: 'Room Two',
    capacity: 4,
    openingHours: hours,
    policy: { bufferMinutes: 0, requiresApproval: false },
  },
];

function booking(overrides: Partial<CalendarBookingFragment>): CalendarBookingFragment {
  return {
    __typename: 'Booking',
    id: 'b1',
    status: 'PENDING',
    startsAt: '2026-12-07T01:00:00.000Z',
    endsAt: '2026-12-07T02:00:00.000Z',
    purpose: 'Planning',
    attendees: 3,
    checkedInAt: null,
    noShowAt: null,
    availableActions: ['APPROVE', 'REJECT'],
    space: { __typename: 'Space', id: 'r1' },
    booker: { __typename: 'User', id: 'u1', displayName: 'Min-jun' },
    stakeholder: { __typename: 'Stakeholder', id: 's1', name: 'Seed Collective' },
    event: null,
    ...overrides,
  } as CalendarBookingFragment;
}

describe('the hub calendar', { timeout: 20_000 }, () => {
  afterEach(cleanup);
  beforeAll(() => {
    startI18n('en');
  });

  it('puts a booking at 01:00 UTC in its room’s column at 10:00 Seoul, with its buffers', async () => {
    const onSelect = vi.fn();
    render(
      <HubDay
        day="2026-12-07"
        rooms={ROOMS}
        bookings={[booking({}), booking({ id: 'b2', status: 'NO_SHOW', space: { id: 'r2' } })]}
        selectedId={null}
        onSelect={onSelect}
      />,
    );
    const [one, two] = screen.getAllByRole('list');
    const pending = within(one).getByRole('button');
    expect(pending).toHaveTextContent('10:00–11:00 Pending approval Seed Collective');
    expect(pending.className).toContain('block-PENDING');
    // 09:00 is the first row, half-hours 1.75rem each: 10:00 is 3.5rem down, an hour 3.5rem long.
    expect(pending.style.top).toBe('3.5rem');
    expect(pending.style.height).toBe('3.5rem');
    expect(one.querySelectorAll('.buffer-band')).toHaveLength(2);
    expect(within(two).getByRole('button')).toHaveTextContent('No-show');
    expect(two.querySelectorAll('.buffer-band')).toHaveLength(0);
    await userEvent.click(pending);
    expect(onSelect).toHaveBeenCalledWith('b1');
  });

  it('lists a week by Seoul day: 23:00 UTC on Sunday is Monday morning in Seoul', () => {
    render(
      <HubWeek
        week="2026-12-07"
        rooms={ROOMS}
        bookings={[
          booking({ startsAt: '2026-12-06T23:30:00.000Z', endsAt: '2026-12-07T00:30:00.000Z' }),
        ]}
        selectedId="b1"
        onSelect={() => undefined}
        onOpenDay={() => undefined}
      />,
    );
    const monday = screen.getAllByRole('row')[1];
    expect(within(monday).getByRole('rowheader')).toHaveTextContent('Mon 7 Dec');
    expect(within(monday).getByRole('button', { pressed: true })).toHaveTextContent('08:30–09:30');
  });
});
