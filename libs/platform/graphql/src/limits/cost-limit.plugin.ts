import { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, Kind } from 'graphql';
import { ComplexityEstimator, getComplexity, simpleEstimator } from 'graphql-query-complexity';
import { ErrorCode } from '../errors/domain-error';

export const DEFAULT_PAGE_SIZE = 20;

/** A field that pages (`first`) costs its children once per requested item. */
const pagedFieldEstimator: ComplexityEstimator = ({ args, field, childComplexity }) => {
  const pages = 'first' in args || field.args.some((arg) => arg.name === 'first');
  if (!pages) return undefined;
  const first = typeof args.first === 'number' ? args.first : DEFAULT_PAGE_SIZE;
  return 1 + Math.max(first, 1) * childComplexity;
};

function isVariableError(error: unknown): boolean {
  return error instanceof GraphQLError && error.nodes?.[0]?.kind === Kind.VARIABLE_DEFINITION;
}

/** Rejects an operation whose estimated cost exceeds `maxCost` before any resolver runs. */
export function costLimitPlugin(maxCost: number): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, schema }) {
          let cost: number;
          try {
            cost = getComplexity({
              schema,
              query: document,
              operationName: request.operationName,
              variables: request.variables,
              estimators: [pagedFieldEstimator, simpleEstimator({ defaultComplexity: 1 })],
            });
          } catch (error) {
            // Invalid variables: execution refuses them before any resolver runs and reports them
            // as BAD_USER_INPUT naming the field; thrown from here they would become a 500.
            if (isVariableError(error)) return;
            // Otherwise the document is too large to estimate (maxQueryNodes): the caller's to fix.
            throw new GraphQLError(`Query too large: ${(error as Error).message}`, {
              extensions: { code: ErrorCode.BAD_USER_INPUT, http: { status: 400 } },
            });
          }
          if (cost > maxCost) {
            throw new GraphQLError(`Query cost ${cost} exceeds the maximum of ${maxCost}`, {
              extensions: { code: ErrorCode.BAD_USER_INPUT, cost, maxCost, http: { status: 400 } },
            });
          }
        },
      };
    },
  };
}
