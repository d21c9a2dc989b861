import { ApolloServerPlugin } from '@apollo/server';
import { ErrorCode } from '../errors/domain-error';

/**
 * Refuses a response larger than `maxBytes` of JSON whole: the client gets one
 * RESPONSE_TOO_LARGE error (HTTP 400) instead of a body cut short, whatever the cost estimate
 * let through. Nothing has changed for a query; a mutation over it has run and says so.
 */
export function responseSizePlugin(maxBytes: number): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response, operation }) {
          if (response.body.kind !== 'single') return;
          const bytes = Buffer.byteLength(JSON.stringify(response.body.singleResult));
          if (bytes <= maxBytes) return;
          const ran = operation?.operation === 'mutation' ? ' The mutation itself was done.' : '';
          response.body.singleResult = {
            errors: [
              {
                message:
                  `The response would be ${bytes} bytes, over the maximum of ${maxBytes}: ` +
                  `ask for fewer items or fields, or page.${ran}`,
                extensions: { code: ErrorCode.RESPONSE_TOO_LARGE, bytes, maxBytes },
              },
            ],
          };
          response.http.status = 400;
        },
      };
    },
  };
}
