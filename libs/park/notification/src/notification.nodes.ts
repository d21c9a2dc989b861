import { Injectable, OnModuleInit } from '@nestjs/common';
import { AuthUser } from '@park/platform/auth';
import { NodeRegistry } from '@park/platform/graphql';
import { AuditLogService } from './audit-log.service';
import { NotificationService } from './notification.service';

/** node(id) for a notification (its recipient only) and an audit entry (who reads that log). */
@Injectable()
export class NotificationNodes implements OnModuleInit {
  constructor(
    private readonly registry: NodeRegistry,
    private readonly notifications: NotificationService,
    private readonly auditLog: AuditLogService,
  ) {}

  onModuleInit(): void {
    this.registry.register<AuthUser>(
      {
        type: 'Notification',
        table: 'notifications',
        find: (viewer, id) => this.notifications.find(viewer, id),
      },
      {
        type: 'AuditLogEntry',
        table: 'audit_log',
        find: (viewer, id) => this.auditLog.entry(viewer, id),
      },
    );
  }
}
