/** The error codes of docs/api.md: the only values `extensions.code` ever takes. */
export enum ErrorCode {
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  FORBIDDEN = 'FORBIDDEN',
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  NOT_FOUND = 'NOT_FOUND',
  CONFLICT = 'CONFLICT',
  INVALID_TRANSITION = 'INVALID_TRANSITION',
  RATE_LIMITED = 'RATE_LIMITED',
  /** The answer would pass GRAPHQL_MAX_RESPONSE_BYTES: ask for less. */
  RESPONSE_TOO_LARGE = 'RESPONSE_TOO_LARGE',
  /** The database cannot serve now (outage, full pool, timeout): retry after a moment. */
  SERVICE_UNAVAILABLE = 'SERVICE_UNAVAILABLE',
  INTERNAL_SERVER_ERROR = 'INTERNAL_SERVER_ERROR',
}

export interface FieldViolation {
  field: string;
  message: string;
}

/**
 * A failure the caller can act on. Services throw these; `formatGraphqlError` is the one place
 * that turns them into `extensions`.
 */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'DomainError';
  }

  /** `fields` holds leaf names (`website`, `kinds`); `violations` keeps full paths and reasons. */
  static badInput(violations: FieldViolation[]): DomainError {
    const message = violations.map((v) => `${v.field}: ${v.message}`).join('; ');
    return new DomainError(ErrorCode.BAD_USER_INPUT, `Invalid input. ${message}`, {
      fields: [...new Set(violations.map((v) => leafField(v.field)))],
      violations,
    });
  }

  static unauthenticated(message = 'Authentication required'): DomainError {
    return new DomainError(ErrorCode.UNAUTHENTICATED, message);
  }

  static forbidden(message = 'You are not allowed to do this'): DomainError {
    return new DomainError(ErrorCode.FORBIDDEN, message);
  }

  static notFound(entity: string): DomainError {
    return new DomainError(ErrorCode.NOT_FOUND, `${entity} not found`);
  }

  static conflict(message: string, details: Record<string, unknown> = {}): DomainError {
    return new DomainError(ErrorCode.CONFLICT, message, details);
  }
}

/** `input.tags[2]` → `tags`: the name a client shows next to its form field. */
export function leafField(path: string): string {
  return (
    path
      .replace(/\[\d+\]/g, '')
      .split('.')
      .pop() ?? path
  );
}
