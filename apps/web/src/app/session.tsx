import { useApolloClient } from '@apollo/client/react';
import { createContext, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import type { ReactNode } from 'react';
import { graphql } from '../graphql/generated';
import { accessTokens } from './access-token';
import { resumeSession, type SessionUser } from './resume-session';

// Who is signed in. On start the app resumes the session from the refresh cookie, so a reload
// keeps you signed in; signing in or out empties the cache first, so no one sees another's data.

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

interface Session {
  /** undefined while the app is still resuming a session. */
  user: SessionUser | null | undefined;
  signIn(email: string, password: string): Promise<void>;
  signUp(email: string, password: string, displayName: string): Promise<void>;
  signOut(): Promise<void>;
}

const SessionContext = createContext<Session | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const client = useApolloClient();
  const [user, setUser] = useState<SessionUser | null | undefined>(undefined);

  useEffect(() => {
    resumeSession(client)
      .then(setUser)
      .catch(() => setUser(null));
  }, [client]);

  const begin = useCallback((session: { accessToken: string; user: SessionUser }) => {
    accessTokens.set(session.accessToken);
    setUser(session.user);
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
        variables: { input: { email, password, displayName } },
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

  const value = useMemo(() => ({ user, signIn, signUp, signOut }), [user, signIn, signUp, signOut]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside SessionProvider');
  return session;
}
