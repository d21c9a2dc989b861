import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { MemoryRouter } from 'react-router';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startI18n } from '../../i18n/i18n';
import { BOOK_SERIES, BOOK_SPACE, BookingForm } from './BookingForm';

const SPACE = {
  __typename: 'Space' as const,
  id: 'space-1',
  capacity: 6,
  hub: { __typename: 'Hub' as const, id: 'hub-1', name: 'Youth Hub', nameKo: '서울청년허브' },
  policy: {
    __typename: 'SpacePolicy' as const,
    requiresApproval: false,
    memberOnly: false,
    minNoticeMinutes: 0,
    maxDurationMinutes: 60,
    maxAdvanceDays: 60,
    bufferMinutes: 0,
    weeklyQuotaHours: null,
  },
};
// Monday 7 December 2026, 10:00–12:00 in Seoul.
const SLOT = { startsAt: '2026-12-07T01:00:00.000Z', endsAt: '2026-12-07T03:00:00.000Z' };
const INPUT = {
  spaceId: 'space-1',
  startsAt: SLOT.startsAt,
  endsAt: SLOT.endsAt,
  purpose: 'Weekly planning',
  attendees: 3,
  stakeholderId: null,
};

function renderForm(mocks: MockLink.MockedResponse[] = []) {
  return render(
    <MockedProvider mocks={mocks}>
      <MemoryRouter>
        <BookingForm space={SPACE} stakeholders={[]} slot={SLOT} />
      </MemoryRouter>
    </MockedProvider>,
  );
}

async function fillPurposeAndPeople() {
  await userEvent.type(screen.getByLabelText('Purpose'), 'Weekly planning');
  await userEvent.clear(screen.getByLabelText('People'));
  await userEvent.type(screen.getByLabelText('People'), '3');
}

const booking = (startsAt: string, endsAt: string, id: string) => ({
  __typename: 'Booking' as const,
  id,
  status: 'CONFIRMED',
  startsAt,
  endsAt,
  purpose: 'Weekly planning',
  attendees: 3,
  weeklyQuotaLeft: null,
  stakeholder: null,
  space: { __typename: 'Space' as const, id: 'space-1', name: 'Room 1' },
});

describe('the booking form', { timeout: 20_000 }, () => {
  afterEach(cleanup);
  beforeAll(() => {
    startI18n('en');
  });

  it('starts from the picked slot in Seoul time and checks what was typed', async () => {
    renderForm();
    expect(screen.getByLabelText('Date')).toHaveValue('2026-12-07');
    expect(screen.getByLabelText('From')).toHaveValue('10:00');
    expect(screen.getByLabelText('Until')).toHaveValue('12:00');
    await userEvent.clear(screen.getByLabelText('Until'));
    await userEvent.type(screen.getByLabelText('Until'), '09:00');
    await userEvent.click(screen.getByRole('button', { name: 'Book' }));
    expect(await screen.findByText('Say what the booking is for.')).toBeInTheDocument();
    expect(screen.getByLabelText('Purpose')).toHaveAccessibleDescription(
      'Say what the booking is for.',
    );
    expect(screen.getByLabelText('Until')).toHaveAccessibleDescription(
      'The end must be after the start.',
    );
  });

  it('puts each policy breach next to its field, in words, with its rule', async () => {
    renderForm([
      {
        request: { query: BOOK_SPACE, variables: { input: INPUT } },
        result: {
          errors: [
            new GraphQLError('Argument Validation Error', {
              extensions: {
                code: 'BAD_USER_INPUT',
                fields: ['endsAt', 'attendees'],
                violations: [
                  {
                    field: 'input.endsAt',
                    message: 'must be at most 60 minutes after startsAt (MAX_DURATION)',
                  },
                  {
                    field: 'input.spaceId',
                    message: 'is for members of its hub only (MEMBERS_ONLY)',
                  },
                ],
              },
            }),
          ],
        },
      },
    ]);
    await fillPurposeAndPeople();
    await userEvent.click(screen.getByRole('button', { name: 'Book' }));
    expect(await screen.findByText('A booking may last at most 60 minutes.')).toBeInTheDocument();
    expect(screen.getByLabelText('Until')).toHaveAccessibleDescription(
      'A booking may last at most 60 minutes.',
    );
    expect(screen.getByLabelText('Book for')).toHaveAccessibleDescription(
      'Only members of this hub may book: book for a member stakeholder.',
    );
    expect(screen.getByLabelText('Until')).toHaveValue('12:00');
  });

  it('previews the weeks of a series that clash, then books the others', async () => {
    const series = { ...INPUT, occurrences: 4 };
    const week = (n: number, hours: number) =>
      new Date(Date.parse(SLOT.startsAt) + n * 7 * 86_400_000 + hours * 3_600_000).toISOString();
    renderForm([
      {
        request: {
          query: BOOK_SERIES,
          variables: { input: { ...series, mode: 'ALL_OR_NOTHING' } },
        },
        result: {
          errors: [
            new GraphQLError('Not every week can be booked; nothing was booked', {
              extensions: {
                code: 'CONFLICT',
                occurrences: [
                  { startsAt: week(1, 0), endsAt: week(1, 2), code: 'CONFLICT', reason: 'taken' },
                  {
                    startsAt: week(3, 0),
                    endsAt: week(3, 2),
                    code: 'BAD_USER_INPUT',
                    reason: 'startsAt: the space is not open for the whole booking (OPENING_HOURS)',
                  },
                ],
              },
            }),
          ],
        },
      },
      {
        request: {
          query: BOOK_SERIES,
          variables: { input: { ...series, mode: 'SKIP_CONFLICTS' } },
        },
        result: {
          data: {
            bookSpaceSeries: {
              __typename: 'BookingSeries',
              id: 'series-1',
              booked: [
                booking(week(0, 0), week(0, 2), 'b0'),
                booking(week(2, 0), week(2, 2), 'b2'),
              ],
              skipped: [
                {
                  __typename: 'SkippedOccurrence',
                  startsAt: week(1, 0),
                  endsAt: week(1, 2),
                  code: 'CONFLICT',
                  reason: 'taken',
                },
                {
                  __typename: 'SkippedOccurrence',
                  startsAt: week(3, 0),
                  endsAt: week(3, 2),
                  code: 'BAD_USER_INPUT',
                  reason: 'x (OPENING_HOURS)',
                },
              ],
            },
          },
        },
      },
    ]);
    await fillPurposeAndPeople();
    await userEvent.click(screen.getByLabelText('Repeat weekly'));
    await userEvent.click(screen.getByRole('button', { name: 'Check and book 4 weeks' }));
    expect(
      await screen.findByText('2 weeks cannot be booked. Nothing is booked yet:'),
    ).toBeInTheDocument();
    expect(screen.getByText(/already taken/)).toHaveTextContent('14 Dec 2026 10:00–12:00');
    expect(screen.getByText(/not open for the whole time/)).toHaveTextContent('28 Dec 2026');
    await userEvent.click(screen.getByRole('button', { name: 'Book the other 2 weeks' }));
    expect(await screen.findByText('2 weeks booked, 2 skipped.')).toBeInTheDocument();
  });
});
