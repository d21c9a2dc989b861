import { ApolloServerPlugin } from '@apollo/server';
import {
  DocumentNode,
  getNamedType,
  getNullableType,
  GraphQLError,
  GraphQLSchema,
  isListType,
  isLeafType,
  Kind,
} from 'graphql';
import { ComplexityEstimator, getComplexity, simpleEstimator } from 'graphql-query-complexity';
import { ErrorCode } from '../errors/domain-error';

export const DEFAULT_PAGE_SIZE = 20;
/**
 * What a list without paging and without a declared maximum is assumed to hold. Such lists are
 * a stakeholder's people, a thing's history, a user's own lists: a handful each, so 5 (a
 * stakeholder has one to three people). At 20 a page of 100 stakeholders with their people,
 * which the directory and its statement budgets ask for, would be refused; at 5 it passes and
 * four aliases of it are still refused. The response-size limit backs the guess up.
 */
export const UNPAGED_LIST_BOUND = 5;

/** A field that pages (`first`) costs its children once per requested item. */
const pagedFieldEstimator: ComplexityEstimator = ({ args, field, childComplexity }) => {
  const pages = 'first' in args || field.args.some((arg) => arg.name === 'first');
  if (!pages) return undefined;
  const first = typeof args.first === 'number' ? args.first : DEFAULT_PAGE_SIZE;
  return 1 + Math.max(first, 1) * childComplexity;
};

/**
 * A list without paging costs its children once per item it may hold: `extensions.listBound`
 * where the field declares its real maximum (`@ListBound(7)`), else UNPAGED_LIST_BOUND. A connection's `edges` are already charged by the paged field above them.
 */
const unpagedListEstimator: ComplexityEstimator = ({ type, field, childComplexity }) => {
  const list = getNullableType(field.type);
  if (!isListType(list) || isLeafType(getNamedType(list))) return undefined;
  if (field.name === 'edges' && type.name.endsWith('Connection')) return undefined;
  // Introspection (GraphiQL's, codegen's) reads the schema, not the park: charged as before.
  if (type.name.startsWith('__') || field.name.startsWith('__')) return undefined;
  const bound = field.extensions?.listBound;
  return 1 + (typeof bound === 'number' ? bound : UNPAGED_LIST_BOUND) * childComplexity;
};

function isVariableError(error: unknown): boolean {
  return error instanceof GraphQLError && error.nodes?.[0]?.kind === Kind.VARIABLE_DEFINITION;
}

/**
 * The error an operation's estimated cost earns (null: within `maxCost`): shared by Apollo's
 * HTTP path (the plugin below) and the WebSocket subscriptions.
 */
export function costViolation(
  maxCost: number,
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
  variables: Record<string, unknown> | null | undefined,
): GraphQLError | null {
  let cost: number;
  try {
    cost = getComplexity({
      schema,
      query: document,
      operationName: operationName ?? undefined,
      variables: variables ?? undefined,
      estimators: [
        pagedFieldEstimator,
        unpagedListEstimator,
        simpleEstimator({ defaultComplexity: 1 }),
      ],
    });
  } catch (error) {
    // Invalid variables: execution refuses them before any resolver runs and reports them
    // as BAD_USER_INPUT naming the field; thrown from here they would become a 500.
    if (isVariableError(error)) return null;
    // Otherwise the document is too large to estimate (maxQueryNodes): the caller's to fix.
    return new GraphQLError(`Query too large: ${(error as Error).message}`, {
      extensions: { code: ErrorCode.BAD_USER_INPUT, http: { status: 400 } },
    });
  }
  if (cost <= maxCost) return null;
  return new GraphQLError(`Query cost ${cost} exceeds the maximum of ${maxCost}`, {
    extensions: { code: ErrorCode.BAD_USER_INPUT, cost, maxCost, http: { status: 400 } },
  });
}

/** Rejects an operation whose estimated cost exceeds `maxCost` before any resolver runs. */
export function costLimitPlugin(maxCost: number): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, schema }) {
          const violation = costViolation(
            maxCost,
            schema,
            document,
            request.operationName,
            request.variables,
          );
          if (violation) throw violation;
        },
      };
    },
  };
}
