import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { createClient } from 'graphql-ws';
import { accessTokens } from './access-token';

/**
 * Subscriptions over graphql-ws at /graphql (docs/api.md, "Subscriptions"), signed in with the
 * access token of the moment each time it connects. Lazy: no socket until a screen subscribes,
 * and none once nothing does. It reconnects after a restart or a 1001 from a server going away.
 */
export function liveLink(): GraphQLWsLink {
  const url = new URL('/graphql', window.location.href);
  url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
  return new GraphQLWsLink(
    createClient({
      url: url.toString(),
      lazy: true,
      connectionParams: () => {
        const token = accessTokens.current();
        return token ? { authorization: `Bearer ${token}` } : {};
      },
      retryAttempts: Infinity,
      shouldRetry: () => true,
    }),
  );
}
