import { ApolloClient, ApolloLink, HttpLink } from '@apollo/client';
import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import { SetContextLink } from '@apollo/client/link/context';
import { ErrorLink } from '@apollo/client/link/error';
import { OperationTypeNode } from 'graphql';
import { from, switchMap, tap } from 'rxjs';
import { accessTokens } from './access-token';
import { resumeSession } from './resume-session';
import { parkCache } from './cache';
import { connection } from '../lib/connection';
import { liveLink } from './live-link';

const withToken = new SetContextLink((context) => {
  const token = accessTokens.current();
  return token ? { headers: { ...context.headers, authorization: `Bearer ${token}` } } : {};
});

/** An expired access token: refresh through the cookie once, then send the operation again. */
const refreshOnExpiry = new ErrorLink(({ error, operation, forward }) => {
  if (!CombinedGraphQLErrors.is(error)) return;
  const expired = error.errors.some((e) => e.extensions?.reason === 'TOKEN_EXPIRED');
  if (!expired || operation.getContext().retriedAfterRefresh) return;
  operation.setContext({ retriedAfterRefresh: true });
  return from(resumeSession(operation.client)).pipe(switchMap(() => forward(operation)));
});

/** Tells the connection banner when the API stops answering, and when it answers again. */
const watchConnection = new ApolloLink((operation, forward) =>
  forward(operation).pipe(
    tap({
      next: () => connection.report(false),
      error: (error: unknown) => {
        if (!CombinedGraphQLErrors.is(error) && !ServerError.is(error)) connection.report(true);
      },
    }),
  ),
);

export function parkClient(): ApolloClient {
  return new ApolloClient({
    // Subscriptions go over the WebSocket; queries and mutations over HTTP.
    link: ApolloLink.split(
      (operation) => operation.operationType === OperationTypeNode.SUBSCRIPTION,
      liveLink(),
      ApolloLink.from([
        refreshOnExpiry,
        watchConnection,
        withToken,
        new HttpLink({ uri: '/graphql', credentials: 'same-origin' }),
      ]),
    ),
    cache: parkCache(),
    devtools: { enabled: import.meta.env.DEV },
  });
}
