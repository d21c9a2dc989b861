import { Module } from '@nestjs/common';
import { AuditLogConnection } from './audit-log.model';
import { NotificationConnection } from './notification.model';
import { NotificationRepository } from './notification.repository';
import { NotificationResolver } from './notification.resolver';

/** In-app notifications and the audit log; both are written by the workflow kit. */
@Module({
  providers: [
    AuditLogConnection.Resolver,
    NotificationConnection.Resolver,
    NotificationRepository,
    NotificationResolver,
  ],
})
export class NotificationModule {}
