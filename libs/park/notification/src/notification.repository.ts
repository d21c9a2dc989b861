import { Injectable } from '@nestjs/common';
import {
  Notification as NotificationRow,
  pastPosition,
  Prisma,
  PrismaService,
} from '@park/platform/database';
import { TimePosition } from '@park/platform/graphql';
import { Tx } from '@park/platform/workflow';

function mine(recipientId: string, unreadOnly: boolean): Prisma.NotificationWhereInput {
  return { recipientId, ...(unreadOnly && { readAt: null }) };
}

/** Notifications and the audit log: append-only records read newest first. */
@Injectable()
export class NotificationRepository {
  constructor(private readonly prisma: PrismaService) {}

  /** Newest first, by keyset on (created_at DESC, id DESC). */
  notifications(
    recipientId: string,
    unreadOnly: boolean,
    after: TimePosition | undefined,
    limit: number,
  ) {
    return this.prisma.notification.findMany({
      where: { ...mine(recipientId, unreadOnly), ...pastPosition('createdAt', 'desc', after) },
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      take: limit,
    });
  }

  countNotifications(recipientId: string, unreadOnly: boolean): Promise<number> {
    return this.prisma.notification.count({ where: mine(recipientId, unreadOnly) });
  }

  async unreadCounts(recipientIds: readonly string[]): Promise<Map<string, number>> {
    const rows = await this.prisma.notification.groupBy({
      by: ['recipientId'],
      where: { recipientId: { in: [...recipientIds] }, readAt: null },
      _count: { _all: true },
    });
    return new Map(rows.map((row) => [row.recipientId, row._count._all]));
  }

  /** In the caller's transaction: a notice commits with the step it tells of. Their ids. */
  createNotifications(
    tx: Tx,
    rows: Prisma.NotificationCreateManyInput[],
  ): Promise<{ id: string; recipientId: string }[]> {
    return tx.notification.createManyAndReturn({
      data: rows,
      select: { id: true, recipientId: true },
    });
  }

  unreadCount(recipientId: string): Promise<number> {
    return this.prisma.notification.count({ where: { recipientId, readAt: null } });
  }

  async createAuditEntry(tx: Tx, row: Prisma.AuditLogEntryUncheckedCreateInput): Promise<void> {
    await tx.auditLogEntry.create({ data: row });
  }

  /** Only the recipient's own, only unread ones: the rows it changed, newest first. */
  async markRead(recipientId: string, ids: string[]): Promise<NotificationRow[]> {
    const rows = await this.prisma.notification.updateManyAndReturn({
      where: { id: { in: ids }, recipientId, readAt: null },
      data: { readAt: new Date() },
    });
    return rows.sort(
      (a, b) => b.createdAt.getTime() - a.createdAt.getTime() || (a.id < b.id ? 1 : -1),
    );
  }

  /** Every unread one of the recipient's, then how many are unread (one transaction). */
  async markAllRead(recipientId: string): Promise<{ markedCount: number; unreadCount: number }> {
    return this.prisma.$transaction(async (tx) => {
      const { count } = await tx.notification.updateMany({
        where: { recipientId, readAt: null },
        data: { readAt: new Date() },
      });
      const unread = await tx.notification.count({ where: { recipientId, readAt: null } });
      return { markedCount: count, unreadCount: unread };
    });
  }

  /** Newest first, by keyset on (at DESC, id DESC). */
  auditLog(filter: Prisma.AuditLogEntryWhereInput, after: TimePosition | undefined, limit: number) {
    return this.prisma.auditLogEntry.findMany({
      where: { ...filter, ...pastPosition('at', 'desc', after) },
      orderBy: [{ at: 'desc' }, { id: 'desc' }],
      take: limit,
    });
  }

  auditEntry(id: string) {
    return this.prisma.auditLogEntry.findUnique({ where: { id } });
  }

  notification(id: string): Promise<NotificationRow | null> {
    return this.prisma.notification.findUnique({ where: { id } });
  }

  countAuditLog(filter: Prisma.AuditLogEntryWhereInput): Promise<number> {
    return this.prisma.auditLogEntry.count({ where: filter });
  }
}
