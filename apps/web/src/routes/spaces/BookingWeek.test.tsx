import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { startI18n } from '../../i18n/i18n';
import { BookingWeek } from './BookingWeek';
import { weekFromParam } from './seoul-week';

// The process runs in New York time (vitest.config.mts): the week must still read Seoul's.
const HOURS = [1, 2, 3, 4, 5].map((weekday) => ({ weekday, opens: '09:00', closes: '18:00' }));
const NOW = new Date('2026-12-01T00:00:00Z');

// A generous timeout: the machine is shared, and jsdom renders a whole week.
describe('the booking week', { timeout: 20_000 }, () => {
  afterEach(cleanup);
  beforeAll(() => {
    startI18n('en');
  });

  it('shows a booking at 05:00 UTC at 14:00 on Monday 7 December, Seoul time', () => {
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).toBe('America/New_York');
    render(
      <BookingWeek
        week="2026-12-07"
        openingHours={HOURS}
        free={[]}
        mine={[
          {
            id: 'b1',
            startsAt: '2026-12-07T05:00:00Z',
            endsAt: '2026-12-07T06:00:00Z',
            status: 'CONFIRMED',
          },
        ]}
        now={NOW}
        onPick={() => undefined}
      />,
    );
    expect(screen.getAllByRole('columnheader')[1]).toHaveTextContent('Mon 7 Dec');
    const cell = screen.getByTestId('cell-2026-12-07-14:00');
    expect(cell).toHaveAttribute('data-state', 'mine');
    expect(within(cell).getByText('Mine')).toBeInTheDocument();
    expect(screen.getByTestId('cell-2026-12-07-14:30')).toHaveAttribute('data-state', 'mine');
    expect(screen.getByTestId('cell-2026-12-07-13:30')).toHaveAttribute('data-state', 'taken');
    expect(screen.getByTestId('cell-2026-12-07-15:00')).toHaveAttribute('data-state', 'taken');
    // Saturday has no opening hours.
    expect(screen.getByTestId('cell-2026-12-12-10:00')).toHaveAttribute('data-state', 'closed');
  });

  it('offers free time as Seoul half-hours and proposes an hour from the one picked', async () => {
    const onPick = vi.fn();
    render(
      <BookingWeek
        week="2026-12-07"
        openingHours={HOURS}
        free={[{ startsAt: '2026-12-08T00:00:00Z', endsAt: '2026-12-08T00:30:00Z' }]}
        mine={[]}
        now={NOW}
        onPick={onPick}
      />,
    );
    expect(screen.getByTestId('cell-2026-12-08-09:00')).toHaveAttribute('data-state', 'free');
    await userEvent.click(screen.getByRole('button', { name: 'Book from Tue 8 Dec 09:00' }));
    // Only half an hour is free there, so the proposal stops where the free time ends.
    expect(onPick).toHaveBeenCalledWith({
      startsAt: '2026-12-08T00:00:00.000Z',
      endsAt: '2026-12-08T00:30:00.000Z',
    });
  });

  it('reads the week from the URL as its Seoul Monday, or the current Seoul week', () => {
    expect(weekFromParam('2026-12-10')).toBe('2026-12-07');
    expect(weekFromParam('nonsense', new Date('2026-12-06T15:30:00Z'))).toBe('2026-12-07');
    expect(weekFromParam(null, new Date('2026-12-06T14:30:00Z'))).toBe('2026-11-30');
  });
});
