import { Global, Module } from '@nestjs/common';
import { AuditTrail, Noticeboard, UnreadNotices } from '@park/platform/workflow';
import { AuditLogConnection } from './audit-log.model';
import { AuditLogService } from './audit-log.service';
import { NotificationLoaders } from './notification.loaders';
import { NotificationConnection } from './notification.model';
import { NotificationNodes } from './notification.nodes';
import { NotificationRepository } from './notification.repository';
import { NotificationResolver } from './notification.resolver';
import { NotificationService } from './notification.service';

/**
 * In-app notifications and the audit log. Global because the workflow kit (platform, global)
 * writes both through the AuditTrail and Noticeboard it declares and this module provides.
 */
@Global()
@Module({
  providers: [
    AuditLogConnection.Resolver,
    NotificationConnection.Resolver,
    NotificationLoaders,
    NotificationNodes,
    NotificationRepository,
    NotificationResolver,
    NotificationService,
    AuditLogService,
    { provide: AuditTrail, useExisting: AuditLogService },
    { provide: Noticeboard, useExisting: NotificationService },
    { provide: UnreadNotices, useExisting: NotificationLoaders },
  ],
  exports: [AuditTrail, Noticeboard, UnreadNotices, NotificationService, AuditLogService],
})
export class NotificationModule {}
