import { AuthUser } from '@park/platform/auth';
import { User as UserRow } from '@park/platform/database';
import { User, UserRole } from './user.model';

/** Prisma row → API shape; the email only for the user themself and park admins. */
export function toUser(row: UserRow, viewer: Pick<AuthUser, 'id' | 'role'> | undefined): User {
  const mayReadEmail = viewer && (viewer.id === row.id || viewer.role === UserRole.PARK_ADMIN);
  return {
    id: row.id,
    email: mayReadEmail ? row.email : null,
    displayName: row.displayName,
    locale: row.locale,
    timeZone: mayReadEmail ? row.timeZone : null,
    role: row.role as UserRole,
    emailVerified: row.emailVerifiedAt !== null,
    emailVerifiedAt: mayReadEmail ? row.emailVerifiedAt : null,
    createdAt: row.createdAt,
  };
}
