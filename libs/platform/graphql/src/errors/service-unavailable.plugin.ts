import { ApolloServerPlugin } from '@apollo/server';
import { ErrorCode } from './domain-error';
import { RETRY_AFTER_SECONDS } from './format-error';

/**
 * A response with a SERVICE_UNAVAILABLE error goes out as HTTP 503 with `Retry-After`, so
 * proxies, load balancers and clients see a retryable failure, not a 200 or a 500.
 */
export function serviceUnavailablePlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single') return;
          const errors = response.body.singleResult.errors ?? [];
          if (!errors.some((e) => e.extensions?.code === ErrorCode.SERVICE_UNAVAILABLE)) return;
          response.http.status = 503;
          response.http.headers.set('retry-after', String(RETRY_AFTER_SECONDS));
        },
      };
    },
  };
}
