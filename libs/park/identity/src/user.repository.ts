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

/** Where the next page of people starts: [lower(display name), id] of the last one seen. */
export type UserSearchPosition = [name: string, id: string];

// Not the calendar feed's secret: it stays out of the rows every page reads (CalendarFeedSecrets
// reads it alone, by id).
const USER_COLUMNS = Prisma.sql`
  id, email::text AS email, password_hash AS "passwordHash",
  display_name AS "displayName", locale, time_zone AS "timeZone", role::text AS role,
  email_verified_at AS "emailVerifiedAt", erased_at AS "erasedAt", created_at AS "createdAt",
  updated_at AS "updatedAt"`;

export interface NewUser {
  /** Chosen by the caller when something signed before the row exists needs it. */
  id?: string;
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
      SELECT ${USER_COLUMNS} FROM users WHERE id = ANY(${[...ids]}::uuid[])`);
  }

  /**
   * People whose display name or e-mail contains `search` (any case), A → Z by display name;
   * trigram indexes on both (migration 20261202042000_staff_tools) serve terms of three
   * characters or more, the (lower(display_name), id) index the order and the keyset.
   */
  search(
    search: string | undefined,
    after: UserSearchPosition | undefined,
    limit: number,
  ): Promise<(UserRow & { sortName: string })[]> {
    return this.prisma.rows<UserRow & { sortName: string }>(Prisma.sql`
      SELECT ${USER_COLUMNS}, lower(display_name) AS "sortName" FROM users
      WHERE ${this.matching(search)}
        AND ${after ? Prisma.sql`(lower(display_name), id) > (${after[0]}, ${after[1]}::uuid)` : Prisma.sql`TRUE`}
      ORDER BY lower(display_name), id
      LIMIT ${limit}`);
  }

  async countSearch(search: string | undefined): Promise<number> {
    const [row] = await this.prisma.rows<{ count: number }>(Prisma.sql`
      SELECT count(*)::int AS count FROM users WHERE ${this.matching(search)}`);
    return row.count;
  }

  /** Erased accounts are no one to find: they remain only as the pseudonym of what they did. */
  private matching(search: string | undefined): Prisma.Sql {
    if (!search) return Prisma.sql`erased_at IS NULL`;
    const pattern = `%${search.toLowerCase().replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
    return Prisma.sql`erased_at IS NULL
      AND (lower(display_name) LIKE ${pattern} OR lower(email::text) LIKE ${pattern})`;
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
  updateProfile(
    id: string,
    changes: { displayName?: string; locale?: string; timeZone?: string },
  ): Promise<UserRow> {
    return this.prisma.user.update({ where: { id }, data: changes });
  }

  async setPasswordHash(tx: Tx, id: string, passwordHash: string): Promise<void> {
    await tx.user.update({ where: { id }, data: { passwordHash } });
  }

  /** The personal calendar feed's secret; null when the account has none (erased). */
  async calendarFeedSecret(id: string): Promise<string | null> {
    const row = await this.prisma.user.findUnique({
      where: { id },
      select: { calendarFeedSecret: true },
    });
    return row?.calendarFeedSecret ?? null;
  }

  /** Replaces the feed's secret: the old URL stops working with this statement's commit. */
  async setCalendarFeedSecret(id: string, secret: string): Promise<boolean> {
    const { count } = await this.prisma.user.updateMany({
      where: { id },
      data: { calendarFeedSecret: secret },
    });
    return count === 1;
  }

  async create(tx: Tx, user: NewUser): Promise<UserRow> {
    try {
      return await tx.user.create({ data: user });
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
