import { Injectable } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { AuthUser } from '@park/platform/auth';
import { AuditLogEntry as AuditRow, Prisma, Tx, UserRole } from '@park/platform/database';
import { byTimeThenId, ConnectionShape, DomainError, keysetPage } from '@park/platform/graphql';
import { AuditTrail, Subject } from '@park/platform/workflow';
import { AuditLogEntry } from './audit-log.model';
import { AuditLogArgs } from './notification.input';
import { NotificationRepository } from './notification.repository';
import { StaffPosts } from './staff-posts';

const toEntry = (row: AuditRow): AuditLogEntry => ({
  ...row,
  details: JSON.stringify(row.details),
});

const AUDIT_LOG = byTimeThenId<{ id: string; at: Date }>('audit-log', (row) => row.at);

/** The audit log: one row per staff action or workflow step, in that step's transaction. */
@Injectable()
export class AuditLogService implements AuditTrail {
  private staffPosts?: StaffPosts;

  constructor(
    private readonly records: NotificationRepository,
    private readonly moduleRef: ModuleRef,
  ) {}

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

  /**
   * Park admins read the whole log; a hub's staff read their own hubs' entries (the database
   * files each entry under the hub of its subject), and ask for one of their hubs or all of them.
   */
  async read(
    viewer: AuthUser,
    { filter = {}, first, after }: AuditLogArgs,
  ): Promise<ConnectionShape<AuditLogEntry>> {
    const { from, to, hubId, ...exact } = filter;
    const hubs = await this.readableHubs(viewer, hubId);
    const at = from || to ? { at: { ...(from && { gte: from }), ...(to && { lt: to }) } } : {};
    const where: Prisma.AuditLogEntryWhereInput = {
      ...exact,
      ...at,
      ...(hubs && { hubId: hubs.length === 1 ? hubs[0] : { in: hubs } }),
    };
    return keysetPage({
      order: AUDIT_LOG,
      first,
      after,
      fetch: (position, limit) => this.records.auditLog(where, position, limit),
      count: () => this.records.countAuditLog(where),
      toNode: toEntry,
    });
  }

  /** One entry, for node(id): for park admins, and for the staff of the hub it is filed under. */
  async entry(viewer: AuthUser | undefined, id: string): Promise<AuditLogEntry | null> {
    if (!viewer) return null;
    const row = await this.records.auditEntry(id);
    if (!row) return null;
    if (viewer.role === UserRole.PARK_ADMIN) return toEntry(row);
    if (!row.hubId) return null;
    const staffed = await this.staff().hubIdsStaffedBy(viewer.id);
    return staffed.includes(row.hubId) ? toEntry(row) : null;
  }

  /** The hubs whose entries the viewer may read; undefined: every entry (a park admin). */
  private async readableHubs(viewer: AuthUser, hubId?: string): Promise<string[] | undefined> {
    if (viewer.role === UserRole.PARK_ADMIN) return hubId ? [hubId] : undefined;
    const staffed = await this.staff().hubIdsStaffedBy(viewer.id);
    if (!staffed.length) {
      throw DomainError.forbidden('Only park admins and hub staff may read the audit log');
    }
    if (!hubId) return staffed;
    if (!staffed.includes(hubId)) {
      throw DomainError.forbidden('Hub staff read the audit log of their own hub only');
    }
    return [hubId];
  }

  private staff(): StaffPosts {
    this.staffPosts ??= this.moduleRef.get(StaffPosts, { strict: false });
    return this.staffPosts;
  }
}
