import { Prisma } from './generated/prisma/client';

/**
 * The PostgreSQL SQLSTATE behind a failed query, wherever Prisma and its pg adapter put it
 * (the adapter keeps it as `originalCode` on the driver error it wraps).
 */
export function sqlState(error: unknown): string | undefined {
  const seen = new Set<unknown>();
  const queue: unknown[] = [error];
  while (queue.length) {
    const next = queue.shift();
    if (!next || typeof next !== 'object' || seen.has(next)) continue;
    seen.add(next);
    const candidate = next as Record<string, unknown>;
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
    queue.push(candidate.cause, candidate.meta, candidate.driverAdapterError);
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
