import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useTranslation } from 'react-i18next';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  ResumeSessionDocument,
  SaveLanguageDocument,
  SignInDocument,
} from '../graphql/generated/graphql';
import { currentLanguage, startI18n } from '../i18n/i18n';
import { LanguageSwitch } from './LanguageSwitch';
import { SessionProvider, useSession } from './session';

// The console speaks the signed-in account's saved language, and the language switch saves
// the choice on the account (signed out, only in this browser).

const user = (locale: string) => ({
  __typename: 'User' as const,
  id: 'user-1',
  displayName: 'River',
  role: 'MEMBER' as const,
  locale,
  unreadNotificationCount: 0,
});
const resumed = (locale: string | null): MockLink.MockedResponse => ({
  request: { query: ResumeSessionDocument },
  result: {
    data: {
      refreshSession: locale
        ? { __typename: 'AuthPayload' as const, accessToken: 'token', user: user(locale) }
        : null,
    },
  },
});

function Probe() {
  const { t } = useTranslation();
  const { user: who, signIn } = useSession();
  if (who === undefined) return <p>…</p>;
  return (
    <>
      <h1>{t('signIn.title')}</h1>
      <p>{who ? who.displayName : 'nobody'}</p>
      <button type="button" onClick={() => void signIn('river@example.org', 'secret')}>
        go
      </button>
      <LanguageSwitch />
    </>
  );
}

function renderSession(mocks: MockLink.MockedResponse[]) {
  return render(
    <MockedProvider mocks={mocks}>
      <SessionProvider>
        <Probe />
      </SessionProvider>
    </MockedProvider>,
  );
}

describe('the language follows the account', { timeout: 20_000 }, () => {
  beforeEach(() => {
    localStorage.clear();
    startI18n('ko');
  });
  afterEach(cleanup);

  it('switches a Korean console to English when a session saved as en resumes', async () => {
    renderSession([resumed('en')]);
    expect(await screen.findByRole('heading', { name: 'Sign in' })).toBeInTheDocument();
    expect(currentLanguage()).toBe('en');
    expect(document.documentElement.lang).toBe('en');
    expect(localStorage.getItem('park.language')).toBe('en');
  });

  it('switches to the account’s language on sign-in', async () => {
    const login = {
      __typename: 'AuthPayload' as const,
      accessToken: 'token',
      user: user('en-GB'),
    };
    renderSession([
      resumed(null),
      {
        request: {
          query: SignInDocument,
          variables: { input: { email: 'river@example.org', password: 'secret' } },
        },
        result: { data: { login } },
      },
    ]);
    await screen.findByText('nobody');
    expect(screen.getByRole('heading', { name: '로그인' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'go' }));
    expect(await screen.findByRole('heading', { name: 'Sign in' })).toBeInTheDocument();
    expect(screen.getByText('River')).toBeInTheDocument();
  });

  it('saves the language chosen on the account when signed in', async () => {
    const saved = vi.fn(() => ({
      data: { updateMe: { __typename: 'User' as const, id: 'user-1', locale: 'ko' } },
    }));
    renderSession([
      resumed('en'),
      {
        request: { query: SaveLanguageDocument, variables: { input: { locale: 'ko' } } },
        result: saved,
      },
    ]);
    await screen.findByRole('heading', { name: 'Sign in' });
    await userEvent.click(screen.getByRole('button', { name: '한국어' }));
    expect(await screen.findByRole('heading', { name: '로그인' })).toBeInTheDocument();
    await waitFor(() => expect(saved).toHaveBeenCalledTimes(1));
    expect(localStorage.getItem('park.language')).toBe('ko');
    expect(screen.getByRole('button', { name: '한국어' })).toHaveAttribute('aria-pressed', 'true');
  });

  it('only remembers the language in this browser when signed out', async () => {
    const saved = vi.fn(() => ({
      data: { updateMe: { __typename: 'User' as const, id: 'user-1', locale: 'en' } },
    }));
    renderSession([
      resumed(null),
      {
        request: { query: SaveLanguageDocument, variables: { input: { locale: 'en' } } },
        result: saved,
      },
    ]);
    await screen.findByText('nobody');
    await userEvent.click(screen.getByRole('button', { name: 'English' }));
    expect(await screen.findByRole('heading', { name: 'Sign in' })).toBeInTheDocument();
    expect(localStorage.getItem('park.language')).toBe('en');
    // Nothing was sent: a save would have answered by now.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(saved).not.toHaveBeenCalled();
  });
});
