import { Injectable } from '@nestjs/common';
import { Prisma, PrismaService } from '@park/platform/database';
import { Tx } from '@park/platform/workflow';

/** Keyset position shared by both lists: newest first on (time, id). */
export interface Position {
  at: Date;
  id: string;
}

function before(field: 'createdAt' | 'at', position?: Position) {
  if (!position) return {};
  return {
    OR: [{ [field]: { lt: position.at } }, { [field]: position.at, id: { lt: position.id } }],
  };
}

/** Notifications and the audit log: append-only records read newest first. */
@Injectable()
export class NotificationRepository {
  constructor(private readonly prisma: PrismaService) {}

  notifications(
    recipientId: string,
    unreadOnly: boolean,
    after: Position | undefined,
    limit: number,
  ) {
    const where: Prisma.NotificationWhereInput = {
      recipientId,
      ...(unreadOnly && { readAt: null }),
    };
    return {
      rows: () =>
        this.prisma.notification.findMany({
          where: { ...where, ...before('createdAt', after) },
          orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
          take: limit,
        }),
      count: () => this.prisma.notification.count({ where }),
    };
  }

  /** In the caller's transaction: a notice commits with the step it tells of. */
  async createNotifications(tx: Tx, rows: Prisma.NotificationCreateManyInput[]): Promise<void> {
    await tx.notification.createMany({ data: rows });
  }

  async createAuditEntry(tx: Tx, row: Prisma.AuditLogEntryUncheckedCreateInput): Promise<void> {
    await tx.auditLogEntry.create({ data: row });
  }

  /** Only the recipient's own, only unread ones: the count is how many changed. */
  async markRead(recipientId: string, ids: string[]): Promise<number> {
    const { count } = await this.prisma.notification.updateMany({
      where: { id: { in: ids }, recipientId, readAt: null },
      data: { readAt: new Date() },
    });
    return count;
  }

  auditLog(filter: Prisma.AuditLogEntryWhereInput, after: Position | undefined, limit: number) {
    return {
      rows: () =>
        this.prisma.auditLogEntry.findMany({
          where: { ...filter, ...before('at', after) },
          orderBy: [{ at: 'desc' }, { id: 'desc' }],
          include: { actor: { select: { id: true, displayName: true } } },
          take: limit,
        }),
      count: () => this.prisma.auditLogEntry.count({ where: filter }),
    };
  }
}
