export { AuditLogEntry } from './audit-log.model';
export { AuditLogService } from './audit-log.service';
export { NotificationKind } from './notification.model';
export { NotificationModule } from './notification.module';
export { notificationSubject, NotificationSubjectSource } from './notification-subject';
export { NotificationService } from './notification.service';
export { StaffPosts } from './staff-posts';
export {
  BookingInvitation,
  BookingInvitations,
  HubSlugs,
  MailRecipient,
  MailRecipients,
} from './mail-ports';
export { isTimeZone, lastDigestDue, MailCadence } from './mail-cadence';
export { DELIVER_TASK, DIGESTS_TASK, NoticeDelivery } from './notice-delivery.service';
export { noticeLocale } from './notice-messages';
