import { Global, Module } from '@nestjs/common';
import { AuditTrail, Noticeboard, UnreadNotices } from '@park/platform/workflow';
import { AuditLogConnection } from './audit-log.model';
import { AuditLogService } from './audit-log.service';
import { MailPreferencesResolver } from './mail-preferences.resolver';
import { MailRepository } from './mail.repository';
import { NoticeDelivery } from './notice-delivery.service';
import { NotificationLiveResolver } from './notification-live.resolver';
import { NotificationLoaders } from './notification.loaders';
import { NotificationConnection } from './notification.model';
import { NotificationNodes } from './notification.nodes';
import { NotificationRepository } from './notification.repository';
import { NotificationResolver } from './notification.resolver';
import { NotificationService } from './notification.service';
import { UnsubscribeController } from './unsubscribe.controller';
import { UnsubscribeTokens } from './unsubscribe-tokens';

/**
 * In-app notifications (and their e-mail: preferences, digests, unsubscribe) and the audit
 * log. Global because the workflow kit (platform, global)
 * writes both through the AuditTrail and Noticeboard it declares and this module provides.
 */
@Global()
@Module({
  controllers: [UnsubscribeController],
  providers: [
    MailPreferencesResolver,
    MailRepository,
    NoticeDelivery,
    UnsubscribeTokens,
    AuditLogConnection.Resolver,
    NotificationConnection.Resolver,
    NotificationLiveResolver,
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
  exports: [
    AuditTrail,
    Noticeboard,
    UnreadNotices,
    NotificationService,
    AuditLogService,
    NoticeDelivery,
  ],
})
export class NotificationModule {}
