import { Prisma } from './generated/prisma/client';

/**
 * An error and everything it wraps, outermost first: `cause`, Prisma's `meta` and
 * `driverAdapterError`, a GraphQLError's `originalError`, and the `thrownValue` graphql-js keeps
 * when something that is no Error was thrown (a bare socket-error object from a driver).
 */
function* errorChain(error: unknown): Generator<Record<string, unknown>> {
  const seen = new Set<unknown>();
  const queue: unknown[] = [error];
  while (queue.length) {
    const next = queue.shift();
    if (!next || typeof next !== 'object' || seen.has(next)) continue;
    seen.add(next);
    const candidate = next as Record<string, unknown>;
    yield candidate;
    queue.push(
      candidate.cause,
      candidate.meta,
      candidate.driverAdapterError,
      candidate.originalError,
      candidate.thrownValue,
    );
  }
}

/**
 * The PostgreSQL SQLSTATE behind a failed query, wherever Prisma and its pg adapter put it
 * (the adapter keeps it as `originalCode` on the driver error it wraps).
 */
export function sqlState(error: unknown): string | undefined {
  for (const candidate of errorChain(error)) {
    for (const key of ['originalCode', 'code']) {
      const value = candidate[key];
      // SQLSTATEs are five characters; Prisma's own codes (P1000–P6999) are not SQLSTATEs.
      if (
        typeof value === 'string' &&
        /^[0-9A-Z]{5}$/.test(value) &&
        !/^P[1-9]\d{3}$/.test(value)
      ) {
        return value;
      }
    }
  }
  return undefined;
}

/** True when a write failed on a unique index (Prisma P2002 or PostgreSQL 23505). */
export function isUniqueViolation(error: unknown): boolean {
  if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') return true;
  return sqlState(error) === '23505';
}

/** True when a write failed on an exclusion constraint (PostgreSQL 23P01), e.g. overlapping bookings. */
export function isExclusionViolation(error: unknown): boolean {
  return sqlState(error) === '23P01';
}

/** True when a write broke a CHECK constraint or a trigger raising check_violation (23514). */
export function isCheckViolation(error: unknown): boolean {
  return sqlState(error) === '23514';
}

// SQLSTATEs of a database that cannot serve now: cancelled by statement_timeout (57014) or
// lock_timeout (55P03), shutting down (57P0x), out of connections or resources (53xxx), or a
// lost connection (class 08).
const UNAVAILABLE_STATES = /^(57014|55P03|57P0[1-3]|53\d{3}|08\d{3})$/;
// Prisma's: cannot reach the server (P1001/P1002), timed out (P1008), the server closed the
// connection (P1017), no pool connection in time (P2024), no transaction started in time (P2028).
const UNAVAILABLE_PRISMA = new Set(['P1001', 'P1002', 'P1008', 'P1017', 'P2024', 'P2028']);
const UNAVAILABLE_SOCKET = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE']);
// The pg adapter's names for a socket that failed (its errors carry `kind`, not `code`).
const UNAVAILABLE_KINDS = new Set(['DatabaseNotReachable', 'ConnectionClosed', 'SocketTimeout']);
// What pg says when its pool or a connection gives up, which carries no code.
const UNAVAILABLE_MESSAGE =
  /timeout exceeded when trying to connect|Connection terminated|connection error/i;

/**
 * True when a query failed because the database could not serve it now (an outage, a full
 * pool, a timeout), not because of the query: the caller may retry. It reads the codes of the
 * errors themselves, never a code named in another error's message.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  const state = sqlState(error);
  if (state) return UNAVAILABLE_STATES.test(state);
  for (const { code, kind, message } of errorChain(error)) {
    if (typeof code === 'string' && (UNAVAILABLE_PRISMA.has(code) || UNAVAILABLE_SOCKET.has(code)))
      return true;
    if (typeof kind === 'string' && UNAVAILABLE_KINDS.has(kind)) return true;
    if (typeof message === 'string' && UNAVAILABLE_MESSAGE.test(message)) return true;
  }
  return false;
}
