export { AuditLogService } from './audit-log.service';
export { NotificationModule } from './notification.module';
export { NotificationService } from './notification.service';
