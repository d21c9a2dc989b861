import { DomainError } from '../errors/domain-error';
import { isWithinYears } from '../scalars/calendar';

/** What each value of a keyset cursor must be: it came from the client, so it is checked. */
export type CursorPart = 'text' | 'time' | 'uuid';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Whether `value` is a UUID as our ids are written (checked before it reaches a ::uuid cast). */
export const isUuid = (value: string): boolean => UUID.test(value);

const VALID: Record<CursorPart, (value: unknown) => boolean> = {
  text: (value) => typeof value === 'string' && !value.includes('\0'),
  time: (value) =>
    typeof value === 'string' &&
    !Number.isNaN(Date.parse(value)) &&
    // Years 1–9999 only, as the DateTime scalar: the database cannot take a year 10000 from us.
    isWithinYears(new Date(value)) &&
    new Date(value).toISOString() === value,
  uuid: (value) => typeof value === 'string' && UUID.test(value),
};

/**
 * Opaque keyset cursors: base64url of `[list, ...values]`. The list name ties a cursor to the
 * ordering that made it, so a cursor from another query is refused instead of misread.
 */
export function encodeCursor(list: string, values: string[]): string {
  return Buffer.from(JSON.stringify([list, ...values])).toString('base64url');
}

export function decodeCursor(cursor: string, list: string, shape: CursorPart[]): string[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    parsed = undefined;
  }
  const valid =
    Array.isArray(parsed) &&
    parsed.length === shape.length + 1 &&
    parsed[0] === list &&
    shape.every((part, index) => VALID[part](parsed[index + 1]));
  if (!valid) {
    throw DomainError.badInput([{ field: 'after', message: 'is not a cursor of this list' }]);
  }
  return (parsed as string[]).slice(1);
}
