import { DomainError } from '../errors/domain-error';

/**
 * Opaque keyset cursors: base64url of `[list, ...values]`. The list name ties a cursor to the
 * ordering that made it, so a cursor from another query is refused instead of misread.
 */
export function encodeCursor(list: string, values: (string | number)[]): string {
  return Buffer.from(JSON.stringify([list, ...values])).toString('base64url');
}

export function decodeCursor(cursor: string, list: string, arity: number): (string | number)[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    parsed = undefined;
  }
  const valid =
    Array.isArray(parsed) &&
    parsed.length === arity + 1 &&
    parsed[0] === list &&
    parsed.slice(1).every((value) => typeof value === 'string' || typeof value === 'number');
  if (!valid) {
    throw DomainError.badInput([{ field: 'after', message: 'is not a cursor of this list' }]);
  }
  return (parsed as (string | number)[]).slice(1);
}
