import { CombinedGraphQLErrors } from '@apollo/client/errors';

// What the API's errors mean for a screen (docs/api.md, "Errors"): field messages go next to
// their fields, a conflict or a lost race is a sentence with a reload, anything else a notice.

export type Problem =
  | { kind: 'fields'; fields: Record<string, string>; message: string }
  | { kind: 'conflict'; message: string }
  | { kind: 'transition'; message: string }
  | { kind: 'forbidden'; message: string }
  | { kind: 'notFound'; message: string }
  | { kind: 'rateLimited'; message: string; retryAfterSeconds?: number }
  | { kind: 'unauthenticated'; message: string }
  | { kind: 'unavailable'; message: string }
  | { kind: 'network'; message: string }
  | { kind: 'unknown'; message: string };

interface Extensions {
  code?: string;
  fields?: string[];
  violations?: { field: string; message: string }[];
  retryAfterSeconds?: number;
}

/** The leaf of a violation's path: `input.startsAt` → `startsAt`. */
const leaf = (path: string) => path.split('.').pop() ?? path;

export function problemOf(error: unknown): Problem {
  if (!CombinedGraphQLErrors.is(error)) {
    return { kind: 'network', message: error instanceof Error ? error.message : String(error) };
  }
  const first = error.errors[0];
  const extensions = (first?.extensions ?? {}) as Extensions;
  const message = first?.message ?? 'Error';
  switch (extensions.code) {
    case 'BAD_USER_INPUT': {
      const fields: Record<string, string> = {};
      for (const violation of extensions.violations ?? []) {
        fields[leaf(violation.field)] ??= violation.message;
      }
      for (const field of extensions.fields ?? []) fields[field] ??= message;
      return { kind: 'fields', fields, message };
    }
    case 'CONFLICT':
      return { kind: 'conflict', message };
    case 'INVALID_TRANSITION':
      return { kind: 'transition', message };
    case 'FORBIDDEN':
      return { kind: 'forbidden', message };
    case 'NOT_FOUND':
      return { kind: 'notFound', message };
    case 'RATE_LIMITED':
      return { kind: 'rateLimited', message, retryAfterSeconds: extensions.retryAfterSeconds };
    case 'UNAUTHENTICATED':
      return { kind: 'unauthenticated', message };
    case 'SERVICE_UNAVAILABLE':
      return { kind: 'unavailable', message };
    default:
      return { kind: 'unknown', message };
  }
}
