import type { ApolloClient } from '@apollo/client';
import { graphql } from '../graphql/generated';
import type { SessionUserFragment } from '../graphql/generated/graphql';
import { accessTokens } from './access-token';

// The signed-in person as the header needs them; refreshSession brings it, so a reload costs
// the header no request of its own.
export const SESSION_USER = graphql(`
  fragment SessionUser on User {
    id
    displayName
    role
    locale
    emailVerified
    unreadNotificationCount
    hubStaff {
      id
      role
      hub {
        id
        slug
        name
      }
    }
    committees {
      id
    }
  }
`);

const RESUME = graphql(`
  mutation ResumeSession {
    refreshSession {
      accessToken
      user {
        ...SessionUser
      }
    }
  }
`);

export type SessionUser = SessionUserFragment;

let inFlight: Promise<SessionUser | null> | null = null;

/**
 * Trades the refresh cookie for a new access token (the cookie rotates with it). Concurrent
 * callers share one request: the refresh token is single-use, and a second use would end the
 * session. Answers null when there is no session to resume.
 */
export function resumeSession(client: ApolloClient): Promise<SessionUser | null> {
  inFlight ??= client
    .mutate({ mutation: RESUME, errorPolicy: 'all' })
    .then(({ data }) => {
      const session = data?.refreshSession ?? null;
      accessTokens.set(session?.accessToken ?? null);
      return session?.user ?? null;
    })
    .finally(() => {
      inFlight = null;
    });
  return inFlight;
}
