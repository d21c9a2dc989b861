import { ApolloServerPlugin } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import { Logger } from 'pino';
import { ErrorCode } from './domain-error';
import { formatGraphqlError } from './format-error';

/** What a request needs for this plugin: pino-http's logger, which carries the request id. */
export interface LoggedRequestContext {
  req: { log?: Logger };
}

/**
 * Logs every error that `formatGraphqlError` masks as INTERNAL_SERVER_ERROR, with its stack, on
 * the request's own logger so the line carries the id the client saw in X-Request-Id.
 */
export function unexpectedErrorsPlugin(): ApolloServerPlugin<LoggedRequestContext> {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors, contextValue }) {
          for (const error of errors) {
            const { extensions } = formatGraphqlError(error.toJSON(), error);
            if (extensions?.code !== ErrorCode.INTERNAL_SERVER_ERROR) continue;
            contextValue.req.log?.error(
              { err: unwrapResolverError(error), path: error.path },
              'unexpected error while executing a GraphQL operation',
            );
          }
        },
      };
    },
  };
}
