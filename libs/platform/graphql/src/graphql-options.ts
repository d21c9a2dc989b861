import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { AppConfig } from '@park/platform/config';
import { Request, Response } from 'express';
import { formatGraphqlError } from './errors/format-error';
import { serviceUnavailablePlugin } from './errors/service-unavailable.plugin';
import { unexpectedErrorsPlugin } from './errors/unexpected-errors.plugin';
import { RequestLoaders } from './loaders/request-loaders';
import { aliasLimitRule } from './limits/alias-limit.rule';
import { costLimitPlugin } from './limits/cost-limit.plugin';
import { depthLimitRule } from './limits/depth-limit.rule';
import { responseSizePlugin } from './limits/response-size.plugin';
import { DateTime } from './scalars/date-time.scalar';
import { describeRootTypes } from './schema/root-types';

export interface GraphqlContext {
  req: Request;
  res: Response;
  loaders: RequestLoaders;
}

/** Apollo at /graphql, code-first, with the request limits every operation is held to. */
export function graphqlOptions(config: AppConfig): ApolloDriverConfig {
  return {
    driver: ApolloDriver,
    path: '/graphql',
    autoSchemaFile: true,
    sortSchema: true,
    // Every `Date` field and argument is our strict DateTime, not Nest's lenient one.
    buildSchemaOptions: { scalarsMap: [{ type: Date, scalar: DateTime }] },
    transformSchema: describeRootTypes,
    introspection: config.get('GRAPHQL_INTROSPECTION'),
    playground: false,
    includeStacktraceInErrorResponses: false,
    // Said, not left to the default: with the refresh token in a cookie, a cross-site form post
    // or GET (no preflight) must never run an operation.
    csrfPrevention: true,
    // "Did you mean …?" would spell out the schema that closed introspection keeps to itself.
    hideSchemaDetailsFromClientErrors: !config.get('GRAPHQL_INTROSPECTION'),
    // No client of ours sends persisted-query hashes; a malformed one is the client's error.
    persistedQueries: false,
    autoTransformHttpErrors: false,
    // Nest would reset every executed response to 200, the 503 of serviceUnavailablePlugin too.
    preserveHttpStatusForExecutionErrors: false,
    validationRules: [
      depthLimitRule(config.get('GRAPHQL_MAX_DEPTH')),
      aliasLimitRule(config.get('GRAPHQL_MAX_ALIASES')),
    ],
    plugins: [
      // We send no cache hints; Apollo's cache-control plugin would still wrap every field resolver.
      ApolloServerPluginCacheControlDisabled(),
      costLimitPlugin(config.get('GRAPHQL_MAX_COST')),
      unexpectedErrorsPlugin(),
      serviceUnavailablePlugin(),
      // Last of the response hooks, so it weighs the body that would go out.
      responseSizePlugin(config.get('GRAPHQL_MAX_RESPONSE_BYTES')),
      // Apollo's Sandbox loads itself from a CDN; our own GraphiQL page replaces it (create-api).
      ApolloServerPluginLandingPageDisabled(),
    ],
    formatError: formatGraphqlError,
    context: ({ req, res }: { req: Request; res: Response }): GraphqlContext => ({
      req,
      res,
      loaders: new RequestLoaders(),
    }),
  };
}
