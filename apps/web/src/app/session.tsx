import { useApolloClient } from '@apollo/client/react';
import { createContext, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import type { ReactNode } from 'react';
import { graphql } from '../graphql/generated';
import { currentLanguage, languageOf, switchLanguage } from '../i18n/i18n';
import type { Language } from '../lib/park-time';
import { accessTokens } from './access-token';
import { resumeSession, type SessionUser } from './resume-session';

// Who is signed in. On start the app resumes the session from the refresh cookie, so a reload
// keeps you signed in; signing in or out empties the cache first, so no one sees another's data.
// Signed in, the console speaks the account's saved language, and the language switch saves it.

const SIGN_IN = graphql(`
  mutation SignIn($input: LoginInput!) {
    login(input: $input) {
      accessToken
      user {
        ...SessionUser
      }
    }
  }
`);

const SIGN_UP = graphql(`
  mutation SignUp($input: RegisterInput!) {
    register(input: $input) {
      accessToken
      user {
        ...SessionUser
      }
    }
  }
`);

const SIGN_OUT = graphql(`
  mutation SignOut {
    logout
  }
`);

// Answers the locale on the cached User, so /account's form shows the language saved.
const SAVE_LANGUAGE = graphql(`
  mutation SaveLanguage($input: UpdateMeInput!) {
    updateMe(input: $input) {
      id
      locale
    }
  }
`);

interface Session {
  /** undefined while the app is still resuming a session. */
  user: SessionUser | null | undefined;
  signIn(email: string, password: string): Promise<void>;
  signUp(email: string, password: string, displayName: string): Promise<void>;
  signOut(): Promise<void>;
  /** Switches the console's language; signed in, it is saved on the account too. */
  chooseLanguage(language: Language): Promise<void>;
}

/** The console follows the account: its saved locale becomes the language (remembered here). */
function followAccount(user: SessionUser | null): SessionUser | null {
  if (user) switchLanguage(languageOf(user.locale));
  return user;
}

const SessionContext = createContext<Session | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const client = useApolloClient();
  const [user, setUser] = useState<SessionUser | null | undefined>(undefined);

  useEffect(() => {
    resumeSession(client)
      .then((resumed) => setUser(followAccount(resumed)))
      .catch(() => setUser(null));
  }, [client]);

  const begin = useCallback((session: { accessToken: string; user: SessionUser }) => {
    accessTokens.set(session.accessToken);
    setUser(followAccount(session.user));
  }, []);

  const signIn = useCallback(
    async (email: string, password: string) => {
      await client.clearStore();
      const { data } = await client.mutate({
        mutation: SIGN_IN,
        variables: { input: { email, password } },
      });
      if (data) begin(data.login);
    },
    [client, begin],
  );

  const signUp = useCallback(
    async (email: string, password: string, displayName: string) => {
      await client.clearStore();
      const { data } = await client.mutate({
        mutation: SIGN_UP,
        // A new account keeps the language it was made in.
        variables: { input: { email, password, displayName, locale: currentLanguage() } },
      });
      if (data) begin(data.register);
    },
    [client, begin],
  );

  const signOut = useCallback(async () => {
    try {
      await client.mutate({ mutation: SIGN_OUT });
    } finally {
      accessTokens.set(null);
      await client.clearStore();
      setUser(null);
    }
  }, [client]);

  const signedIn = Boolean(user);
  const chooseLanguage = useCallback(
    async (language: Language) => {
      switchLanguage(language);
      if (signedIn) {
        await client.mutate({
          mutation: SAVE_LANGUAGE,
          variables: { input: { locale: language } },
        });
      }
    },
    [client, signedIn],
  );

  const value = useMemo(
    () => ({ user, signIn, signUp, signOut, chooseLanguage }),
    [user, signIn, signUp, signOut, chooseLanguage],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside SessionProvider');
  return session;
}
