import { Injectable } from '@nestjs/common';
import { DomainError } from '@park/platform/graphql';
import {
  isUniqueViolation,
  Prisma,
  PrismaService,
  Tx,
  User as UserRow,
  UserRole,
} from '@park/platform/database';

export interface NewUser {
  email: string;
  passwordHash: string;
  displayName: string;
  locale: string;
  role?: UserRole;
}

/** The only place that reads and writes users. */
@Injectable()
export class UserRepository {
  constructor(private readonly prisma: PrismaService) {}

  findById(id: string): Promise<UserRow | null> {
    return this.prisma.user.findUnique({ where: { id } });
  }

  /** Every page that shows people comes through here: plain `pg` (PrismaService.rows). */
  findByIds(ids: readonly string[]): Promise<UserRow[]> {
    return this.prisma.rows<UserRow>(Prisma.sql`
      SELECT id, email::text AS email, password_hash AS "passwordHash",
             display_name AS "displayName", locale, role::text AS role,
             email_verified_at AS "emailVerifiedAt", created_at AS "createdAt",
             updated_at AS "updatedAt"
      FROM users WHERE id = ANY(${[...ids]}::uuid[])`);
  }

  findByEmail(email: string): Promise<UserRow | null> {
    return this.prisma.user.findUnique({ where: { email } });
  }

  /** Once, and only while the account still has the address the link was sent to. */
  async markEmailVerified(id: string, email: string): Promise<UserRow | null> {
    const marked = await this.prisma.user.updateMany({
      where: { id, email, emailVerifiedAt: null },
      data: { emailVerifiedAt: new Date() },
    });
    return marked.count ? this.findById(id) : null;
  }

  /** The fields a user edits about themself (updateMe); those left out stay as they are. */
  updateProfile(id: string, changes: { displayName?: string; locale?: string }): Promise<UserRow> {
    return this.prisma.user.update({ where: { id }, data: changes });
  }

  async setPasswordHash(tx: Tx, id: string, passwordHash: string): Promise<void> {
    await tx.user.update({ where: { id }, data: { passwordHash } });
  }

  async create(user: NewUser): Promise<UserRow> {
    try {
      return await this.prisma.user.create({ data: user });
    } catch (error) {
      if (isUniqueViolation(error)) {
        throw DomainError.conflict('An account with this email already exists', {
          fields: ['email'],
        });
      }
      throw error;
    }
  }
}
