import { Injectable } from '@nestjs/common';
import { Prisma, Tx } from '@park/platform/database';
import { AuditTrail, Subject } from '@park/platform/workflow';
import { NotificationRepository } from './notification.repository';

/** The audit log: one row per staff action or workflow step, in that step's transaction. */
@Injectable()
export class AuditLogService implements AuditTrail {
  constructor(private readonly records: NotificationRepository) {}

  async record(
    tx: Tx,
    actorId: string | null,
    action: string,
    subject: Subject,
    details: Record<string, unknown>,
  ): Promise<void> {
    await this.records.createAuditEntry(tx, {
      actorId,
      action,
      ...subject,
      details: details as Prisma.InputJsonObject,
    });
  }
}
