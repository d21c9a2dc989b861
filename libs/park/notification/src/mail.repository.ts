import { Injectable } from '@nestjs/common';
import {
  MailCadence,
  Notification as NotificationRow,
  NotificationKind,
  Prisma,
  PrismaService,
  Tx,
} from '@park/platform/database';

export interface PendingDigest {
  recipientId: string;
  cadence: MailCadence;
  oldest: Date;
}

/** The mail side of notifications: preferences, each notice's mail decision, digests. */
@Injectable()
export class MailRepository {
  constructor(private readonly prisma: PrismaService) {}

  preferencesOf(userIds: readonly string[]) {
    return this.prisma.mailPreference.findMany({ where: { userId: { in: [...userIds] } } });
  }

  /** Upserts one preference; the row it wrote. */
  setPreference(userId: string, kind: NotificationKind, cadence: MailCadence, tx?: Tx) {
    return (tx ?? this.prisma).mailPreference.upsert({
      where: { userId_kind: { userId, kind } },
      create: { userId, kind, cadence },
      update: { cadence },
    });
  }

  /** Several kinds of one person OFF (an unsubscribe link), in one statement. */
  async turnOff(userId: string, kinds: NotificationKind[]): Promise<void> {
    await this.prisma.$executeRaw`
      INSERT INTO mail_preferences (user_id, kind, cadence, updated_at)
      SELECT ${userId}::uuid, kind, 'OFF', now()
      FROM unnest(${kinds}::"NotificationKind"[]) AS kind
      ON CONFLICT (user_id, kind) DO UPDATE SET cadence = 'OFF', updated_at = now()`;
  }

  /** Those of `ids` whose mail is not decided yet. */
  undecided(ids: readonly string[]): Promise<NotificationRow[]> {
    return this.prisma.notification.findMany({ where: { id: { in: [...ids] }, mail: null } });
  }

  /**
   * Records each notice's mail decision, only where none was recorded (a retried delivery job
   * decides nothing twice); the ids it decided.
   */
  async decide(tx: Tx, decisions: { id: string; mail: MailCadence }[]): Promise<Set<string>> {
    if (!decisions.length) return new Set();
    const rows = await tx.$queryRaw<{ id: string }[]>`
      UPDATE notifications AS n
      SET mail = d.mail::"MailCadence",
          mailed_at = CASE WHEN d.mail = 'IMMEDIATE' THEN now() END
      FROM unnest(${decisions.map((d) => d.id)}::uuid[], ${decisions.map((d) => d.mail)}::text[])
        AS d(id, mail)
      WHERE n.id = d.id AND n.mail IS NULL
      RETURNING n.id::text AS id`;
    return new Set(rows.map((row) => row.id));
  }

  /** Who has notices waiting for a digest of which cadence, and since when. */
  async pendingDigests(): Promise<PendingDigest[]> {
    return this.prisma.$queryRaw<PendingDigest[]>`
      SELECT recipient_id::text AS "recipientId", mail::text AS cadence, min(created_at) AS oldest
      FROM notifications
      WHERE digest_id IS NULL AND mail IN ('DAILY', 'WEEKLY')
      GROUP BY recipient_id, mail`;
  }

  /**
   * Makes a digest and claims for it every notice of that person and cadence that arrived
   * before `until` and no digest carries yet. Concurrent runs cannot both claim a notice: the
   * update re-checks `digest_id IS NULL` on the row it locks.
   */
  async claimDigest(
    tx: Tx,
    userId: string,
    cadence: MailCadence,
    until: Date,
  ): Promise<{ digestId: string; notices: NotificationRow[] }> {
    const digest = await tx.mailDigest.create({ data: { userId, cadence, coversUntil: until } });
    const notices = await tx.notification.updateManyAndReturn({
      where: { recipientId: userId, mail: cadence, digestId: null, createdAt: { lt: until } },
      data: { digestId: digest.id },
    });
    return { digestId: digest.id, notices };
  }

  async dropDigest(tx: Tx, digestId: string): Promise<void> {
    await tx.mailDigest.delete({ where: { id: digestId } });
  }

  digestsOf(userId: string, where: Prisma.MailDigestWhereInput = {}) {
    return this.prisma.mailDigest.findMany({
      where: { userId, ...where },
      orderBy: { createdAt: 'desc' },
    });
  }
}
