import { Prisma } from './generated/prisma/client';

/** True when a write failed on a unique index (Prisma P2002 or PostgreSQL 23505). */
export function isUniqueViolation(error: unknown): boolean {
  if (error instanceof Prisma.PrismaClientKnownRequestError) return error.code === 'P2002';
  return (error as { code?: string } | null)?.code === '23505';
}
