import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { MemoryRouter } from 'react-router';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { parkCache } from '../../app/cache';
import { catalogue } from '../../i18n/catalogues';
import { startI18n } from '../../i18n/i18n';
import schema from '../../../../api/schema.gql?raw';
import {
  MAIL_PREFERENCES,
  MailPreferences,
  SET_MAIL_PREFERENCE,
  SET_TIME_ZONE,
} from './MailPreferences';

// The mail section of /account: each kind's cadence saved as soon as it is chosen, with a
// confirmation or the API's refusal (and the saved choice back); the digests' time zone.

const preference = (kind: string, cadence: string, isDefault = true) => ({
  __typename: 'MailPreference' as const,
  kind,
  cadence,
  isDefault,
});
const loaded: MockLink.MockedResponse = {
  request: { query: MAIL_PREFERENCES },
  result: {
    data: {
      me: { __typename: 'User' as const, id: 'user-1', timeZone: 'Asia/Seoul' },
      mailPreferences: [
        preference('MEMBERSHIP_APPROVE', 'IMMEDIATE'),
        preference('MEMBERSHIP_APPLICATION_RECEIVED', 'DAILY'),
      ],
    },
  },
};
const setCadence = (
  kind: string,
  cadence: string,
  answer: MockLink.MockedResponse['result'] | Error,
): MockLink.MockedResponse => ({
  request: { query: SET_MAIL_PREFERENCE, variables: { kind, cadence } },
  ...(answer instanceof Error ? { error: answer } : { result: answer }),
});

function renderSection(mocks: MockLink.MockedResponse[]) {
  return render(
    <MockedProvider mocks={mocks} cache={parkCache()}>
      <MemoryRouter initialEntries={['/account#mail']}>
        <MailPreferences />
      </MemoryRouter>
    </MockedProvider>,
  );
}

describe('the mail preferences section', { timeout: 20_000 }, () => {
  afterEach(cleanup);
  const scrolled = vi.fn();
  beforeAll(() => {
    startI18n('en');
    // jsdom lays nothing out, so it has no scrollIntoView of its own.
    Element.prototype.scrollIntoView = scrolled;
  });

  it('shows every kind with its cadence, and which are the defaults, under the #mail anchor', async () => {
    const { container } = renderSection([loaded]);
    const approved = await screen.findByLabelText('A membership was approved');
    expect(approved).toHaveValue('IMMEDIATE');
    expect(screen.getByLabelText('Membership applications to review (staff)')).toHaveValue('DAILY');
    expect(
      within(approved)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Immediately', 'Daily digest', 'Weekly digest (Mondays)', 'Off']);
    expect(screen.getAllByText('(default)')).toHaveLength(2);
    expect(screen.getByLabelText('Your time zone')).toHaveValue('Asia/Seoul');
    // Reached from a mail's "preferences" link: the section comes into view once loaded.
    expect(scrolled.mock.contexts[0]).toBe(container.querySelector('section#mail'));
  });

  it('has a name in both languages for every kind of notification the API has', () => {
    const kinds = schema
      .match(/enum NotificationKind \{([^}]*)\}/)?.[1]
      ?.trim()
      .split(/\s+/);
    expect(kinds?.length).toBeGreaterThan(30);
    for (const language of ['ko', 'en'] as const) {
      const named = (catalogue(language).mailPreferences as { kinds: Record<string, string> })
        .kinds;
      expect(Object.keys(named).sort()).toEqual([...(kinds ?? [])].sort());
    }
  });

  it('saves a choice in place and says so', async () => {
    renderSection([
      loaded,
      setCadence('MEMBERSHIP_APPROVE', 'WEEKLY', {
        data: { setMailPreference: preference('MEMBERSHIP_APPROVE', 'WEEKLY', false) },
      }),
    ]);
    const approved = await screen.findByLabelText('A membership was approved');

    await userEvent.selectOptions(approved, 'WEEKLY');

    expect(await screen.findByRole('status')).toHaveTextContent(
      'Saved: “A membership was approved” — Weekly digest (Mondays).',
    );
    expect(approved).toHaveValue('WEEKLY');
    expect(screen.getAllByText('(default)')).toHaveLength(1);
  });

  it('puts the saved choice back and shows the problem when the API refuses', async () => {
    renderSection([
      loaded,
      setCadence('MEMBERSHIP_APPROVE', 'OFF', {
        errors: [new GraphQLError('Not signed in', { extensions: { code: 'UNAUTHENTICATED' } })],
      }),
    ]);
    const approved = await screen.findByLabelText('A membership was approved');

    await userEvent.selectOptions(approved, 'OFF');

    expect(await screen.findByRole('alert')).toBeInTheDocument();
    expect(approved).toHaveValue('IMMEDIATE');
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('saves the time zone, and puts a refusal next to the field', async () => {
    renderSection([
      loaded,
      {
        request: { query: SET_TIME_ZONE, variables: { input: { timeZone: 'Mars/Olympus' } } },
        result: {
          errors: [
            new GraphQLError('Invalid input', {
              extensions: {
                code: 'BAD_USER_INPUT',
                fields: ['timeZone'],
                violations: [{ field: 'input.timeZone', message: 'Not an IANA time zone' }],
              },
            }),
          ],
        },
      },
      {
        request: { query: SET_TIME_ZONE, variables: { input: { timeZone: 'Europe/Berlin' } } },
        result: {
          data: { updateMe: { __typename: 'User', id: 'user-1', timeZone: 'Europe/Berlin' } },
        },
      },
    ]);
    const zone = await screen.findByLabelText('Your time zone');
    await userEvent.clear(zone);
    await userEvent.type(zone, 'Mars/Olympus');
    await userEvent.click(screen.getByRole('button', { name: 'Save time zone' }));
    expect(await screen.findByText('Not an IANA time zone')).toBeInTheDocument();

    await userEvent.clear(zone);
    await userEvent.type(zone, 'Europe/Berlin');
    await userEvent.click(screen.getByRole('button', { name: 'Save time zone' }));

    expect(await screen.findByRole('status')).toHaveTextContent(
      'Saved: digests arrive at 08:00 in Europe/Berlin.',
    );
  });
});
