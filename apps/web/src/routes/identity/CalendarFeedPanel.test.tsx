import { MockedProvider } from '@apollo/client/testing/react';
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { startI18n } from '../../i18n/i18n';
import { CALENDAR_FEED, CalendarFeedPanel, RESET_CALENDAR_FEED } from './CalendarFeedPanel';

const OLD = 'https://park.example.org/calendar/me/user-1/' + 'a'.repeat(64) + '.ics';
const NEW = 'https://park.example.org/calendar/me/user-1/' + 'b'.repeat(64) + '.ics';
const feed = {
  request: { query: CALENDAR_FEED },
  result: { data: { me: { __typename: 'User' as const, id: 'user-1', calendarFeedUrl: OLD } } },
};
const reset = {
  request: { query: RESET_CALENDAR_FEED },
  result: { data: { resetCalendarFeed: NEW } },
};

describe('CalendarFeedPanel', () => {
  afterEach(() => {
    cleanup();
    vi.restoreAllMocks();
  });
  beforeAll(() => {
    startI18n('en');
  });

  it('shows the feed URL and copies it', async () => {
    const user = userEvent.setup();
    render(
      <MockedProvider mocks={[feed]}>
        <CalendarFeedPanel />
      </MockedProvider>,
    );
    const field = await screen.findByLabelText<HTMLInputElement>('Your calendar feed');
    expect(field.value).toBe(OLD);
    await user.click(screen.getByRole('button', { name: 'Copy' }));
    expect(await navigator.clipboard.readText()).toBe(OLD);
    expect(screen.getByRole('status').textContent).toBe('Copied.');
  });

  it('resets only once confirmed, then shows the new URL', async () => {
    const user = userEvent.setup();
    const confirm = vi
      .spyOn(window, 'confirm')
      .mockReturnValueOnce(false)
      .mockReturnValueOnce(true);
    render(
      <MockedProvider mocks={[feed, reset]}>
        <CalendarFeedPanel />
      </MockedProvider>,
    );
    const field = await screen.findByLabelText<HTMLInputElement>('Your calendar feed');
    await user.click(screen.getByRole('button', { name: 'Reset the address' }));
    expect(confirm).toHaveBeenCalledTimes(1);
    expect(field.value).toBe(OLD);
    await user.click(screen.getByRole('button', { name: 'Reset the address' }));
    expect(await screen.findByRole('status')).toHaveProperty(
      'textContent',
      'A new address is ready; the old one no longer works.',
    );
    expect(field.value).toBe(NEW);
  });
});
