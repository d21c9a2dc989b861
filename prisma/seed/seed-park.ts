import { PrismaClient, UserRole } from '@park/platform/database';
import { hashPassword } from '@park/identity';

export interface SeedOptions {
  admin: { email: string; password: string; displayName?: string };
  log: (message: string) => void;
}

export interface SeedSummary {
  adminCreated: boolean;
}

/** Idempotent: running it twice leaves the same rows. */
export async function seedPark(prisma: PrismaClient, options: SeedOptions): Promise<SeedSummary> {
  const email = options.admin.email.trim().toLowerCase();
  const existing = await prisma.user.findUnique({ where: { email } });
  if (existing) {
    if (existing.role !== UserRole.PARK_ADMIN) {
      await prisma.user.update({ where: { email }, data: { role: UserRole.PARK_ADMIN } });
      options.log(`park admin ${email}: existing account promoted to PARK_ADMIN`);
    } else {
      options.log(`park admin ${email}: already present, unchanged`);
    }
    return { adminCreated: false };
  }
  await prisma.user.create({
    data: {
      email,
      passwordHash: await hashPassword(options.admin.password),
      displayName: options.admin.displayName ?? 'Park Admin',
      role: UserRole.PARK_ADMIN,
    },
  });
  options.log(`park admin ${email}: created`);
  return { adminCreated: true };
}

/** True when the database has never been seeded (no users at all). */
export async function isEmptyPark(prisma: PrismaClient): Promise<boolean> {
  return (await prisma.user.count()) === 0;
}
