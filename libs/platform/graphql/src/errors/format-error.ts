import { unwrapResolverError } from '@apollo/server/errors';
import { HttpException } from '@nestjs/common';
import { ASTNode, GraphQLError, GraphQLFormattedError, Kind, parse, visit } from 'graphql';
import { isDatabaseUnavailable } from '@park/platform/database';
import { DomainError, ErrorCode, leafField } from './domain-error';

/** How long a client should wait before retrying when the database cannot serve. */
export const RETRY_AFTER_SECONDS = 2;

const KNOWN_CODES = new Set<string>(Object.values(ErrorCode));

// Apollo's own request-level codes, all of which are the client's mistake.
const CLIENT_MISTAKES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
]);

const HTTP_STATUS_CODES: Record<number, ErrorCode> = {
  400: ErrorCode.BAD_USER_INPUT,
  401: ErrorCode.UNAUTHENTICATED,
  403: ErrorCode.FORBIDDEN,
  404: ErrorCode.NOT_FOUND,
  409: ErrorCode.CONFLICT,
  429: ErrorCode.RATE_LIMITED,
};

const LITERALS = new Set<string>([
  Kind.INT,
  Kind.FLOAT,
  Kind.STRING,
  Kind.BOOLEAN,
  Kind.NULL,
  Kind.ENUM,
  Kind.LIST,
  Kind.OBJECT,
]);

/** The argument or input field an invalid literal written in the document was given for. */
function fieldOfLiteral(error: unknown): string | undefined {
  if (!(error instanceof GraphQLError)) return undefined;
  const node = error.nodes?.[0];
  const body = error.source?.body;
  if (!node?.loc || !body || !LITERALS.has(node.kind)) return undefined;
  const { start, end } = node.loc;
  let field: string | undefined;
  // Depth-first: the innermost argument or input field around the literal is visited last.
  const enclosing = (candidate: { name: { value: string }; value: ASTNode }) => {
    const around = candidate.value.loc;
    if (around && around.start <= start && end <= around.end) field = candidate.name.value;
  };
  try {
    visit(parse(body), { Argument: enclosing, ObjectField: enclosing });
  } catch {
    return undefined;
  }
  return field;
}

/** The argument or input field a variable is passed to (`$start` given as `from` → `from`). */
function fieldOfVariable(error: unknown, variable: string): string | undefined {
  const body = error instanceof GraphQLError ? error.source?.body : undefined;
  if (!body) return undefined;
  let field: string | undefined;
  const passes = (candidate: { name: { value: string }; value: ASTNode }) => {
    const { value } = candidate;
    if (!field && value.kind === Kind.VARIABLE && value.name.value === variable) {
      field = candidate.name.value;
    }
  };
  try {
    visit(parse(body), { Argument: passes, ObjectField: passes });
  } catch {
    return undefined;
  }
  return field;
}

/**
 * Apollo `formatError`: every error leaves with a code of docs/api.md; internals are masked (and
 * logged with the request's id by `unexpectedErrorsPlugin`).
 */
export function formatGraphqlError(
  formatted: GraphQLFormattedError,
  error: unknown,
): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  const where = { path: formatted.path, locations: formatted.locations };

  if (original instanceof DomainError) {
    return {
      message: original.message,
      ...where,
      extensions: { ...original.details, code: original.code },
    };
  }
  if (original instanceof HttpException) {
    const code = HTTP_STATUS_CODES[original.getStatus()];
    if (code) return { message: original.message, ...where, extensions: { code } };
  }

  const code = String(formatted.extensions?.code ?? '');
  if (code === ErrorCode.BAD_USER_INPUT) {
    // Variable coercion: 'Variable "$input" got invalid value ... at "input.email"; ...'
    const message = formatted.message;
    const field =
      /at "[^".]+\.([^"]+)"/.exec(message)?.[1] ??
      /Field "([^"]+)" (?:is not defined by type|of required type)/.exec(message)?.[1];
    const variable = /Variable "\$([^"]+)"/.exec(message)?.[1];
    const passedTo = variable && (fieldOfVariable(original, variable) ?? variable);
    const fields = field ? [leafField(field)] : passedTo ? [passedTo] : undefined;
    // A cost refusal says what the operation cost and what the limit is (docs/api.md).
    const { cost, maxCost } = formatted.extensions ?? {};
    const priced = typeof cost === 'number' ? { cost, maxCost } : {};
    return {
      message: formatted.message,
      ...where,
      extensions: { code, fields: fields ?? [], ...priced },
    };
  }
  if (KNOWN_CODES.has(code) && code !== ErrorCode.INTERNAL_SERVER_ERROR) {
    return { message: formatted.message, ...where, extensions: { code } };
  }
  if (CLIENT_MISTAKES.has(code)) {
    // An invalid literal in the document (`kind: SPACESHIP`) names its field, as variables do.
    const field = fieldOfLiteral(original);
    const extensions = { code: ErrorCode.BAD_USER_INPUT, ...(field && { fields: [field] }) };
    return { message: formatted.message, ...where, extensions };
  }

  if (isDatabaseUnavailable(original)) {
    return {
      message: 'The park is briefly unable to answer; try again in a moment',
      ...where,
      extensions: { code: ErrorCode.SERVICE_UNAVAILABLE, retryAfterSeconds: RETRY_AFTER_SECONDS },
    };
  }

  return {
    message: 'Internal server error',
    ...where,
    extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
  };
}
