import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { MemoryRouter } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SessionProvider } from '../../app/session';
import {
  DeleteMyAccountDocument,
  MyDataExportsDocument,
  RequestMyDataDocument,
  ResumeSessionDocument,
} from '../../graphql/generated/graphql';
import { startI18n } from '../../i18n/i18n';
import { YourData } from './YourData';

// The account page's "Your data": the downloads with their links, asking for one, and
// deleting the account, where a sole owner is told which stakeholders to hand over first.

const ready = {
  __typename: 'DataExport' as const,
  id: 'export-1',
  status: 'READY' as const,
  requestedAt: '2026-12-01T01:00:00.000Z',
  readyAt: '2026-12-01T01:01:00.000Z',
  expiresAt: '2026-12-08T01:01:00.000Z',
  url: 'http://localhost:3000/account/exports/export-1?token=signed',
};
const pending = {
  ...ready,
  id: 'export-2',
  status: 'PENDING' as const,
  requestedAt: '2026-12-02T01:00:00.000Z',
  readyAt: null,
  expiresAt: null,
  url: null,
};
const resumed: MockLink.MockedResponse = {
  request: { query: ResumeSessionDocument },
  result: { data: { refreshSession: null } },
};
const listing = (exports: object[]): MockLink.MockedResponse => ({
  request: { query: MyDataExportsDocument },
  result: { data: { myDataExports: exports } },
});

function renderYourData(mocks: MockLink.MockedResponse[]) {
  return render(
    <MockedProvider mocks={[resumed, ...mocks]}>
      <MemoryRouter>
        <SessionProvider>
          <YourData />
        </SessionProvider>
      </MemoryRouter>
    </MockedProvider>,
  );
}

describe('your data on the account page', { timeout: 20_000 }, () => {
  beforeEach(() => {
    localStorage.clear();
    startI18n('en');
  });
  afterEach(cleanup);

  it('lists the downloads, each ready one with its link', async () => {
    renderYourData([listing([ready])]);
    const table = await screen.findByRole('table', { name: 'Your downloads' });
    const link = within(table).getByRole('link', { name: 'Download' });
    expect(link).toHaveAttribute('href', ready.url);
    expect(within(table).getByText('Ready')).toBeInTheDocument();
  });

  it('asks for a download and waits while it is prepared', async () => {
    const requested = vi.fn(() => ({ data: { requestMyData: pending } }));
    renderYourData([
      listing([ready]),
      { request: { query: RequestMyDataDocument }, result: requested },
      listing([pending, ready]),
    ]);
    await screen.findByRole('table', { name: 'Your downloads' });
    await userEvent.click(screen.getByRole('button', { name: 'Prepare a download' }));
    await waitFor(() => expect(requested).toHaveBeenCalledTimes(1));
    expect(await screen.findByText(/being prepared\. You will be notified/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Prepare a download' })).toBeDisabled();
    expect(screen.getByText('Being prepared')).toBeInTheDocument();
  });

  it('names the stakeholders a sole owner must hand over before deleting the account', async () => {
    const refusal = new GraphQLError('You are the only owner of Green Lab', {
      extensions: {
        code: 'CONFLICT',
        reason: 'SOLE_OWNER',
        stakeholders: [{ id: 'stakeholder-1', name: 'Green Lab' }],
      },
    });
    renderYourData([
      listing([]),
      {
        request: { query: DeleteMyAccountDocument, variables: { password: 'my password' } },
        result: { errors: [refusal] },
      },
    ]);
    await userEvent.type(await screen.findByLabelText('Your password, to confirm'), 'my password');
    await userEvent.click(screen.getByRole('button', { name: 'Delete my account for good' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('You are the only owner of these stakeholders');
    expect(within(alert).getByRole('link', { name: 'Green Lab' })).toHaveAttribute(
      'href',
      '/stakeholders/stakeholder-1',
    );
  });

  it('puts a wrong password on the password field', async () => {
    const wrong = new GraphQLError('is not the password of this account', {
      extensions: { code: 'BAD_USER_INPUT', fields: ['password'] },
    });
    renderYourData([
      listing([]),
      {
        request: { query: DeleteMyAccountDocument, variables: { password: 'guess' } },
        result: { errors: [wrong] },
      },
    ]);
    await userEvent.type(await screen.findByLabelText('Your password, to confirm'), 'guess');
    await userEvent.click(screen.getByRole('button', { name: 'Delete my account for good' }));
    expect(await screen.findByText('That is not your password.')).toBeInTheDocument();
  });
});
