export { AuditLogService } from './audit-log.service';
export { NotificationLoaders } from './notification.loaders';
export { NotificationModule } from './notification.module';
export { NotificationService } from './notification.service';
