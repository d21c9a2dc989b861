import { Args, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AuthUser, CurrentUser } from '@park/platform/auth';
import { UserRole } from '@park/platform/database';
import { byTimeThenId, ConnectionShape, DomainError, keysetPage } from '@park/platform/graphql';
import { AuditLogArgs, MarkNotificationsReadArgs, NotificationsArgs } from './notification.input';
import { AuditLogConnection, AuditLogEntry } from './audit-log.model';
import { Notification, NotificationConnection } from './notification.model';
import { NotificationRepository } from './notification.repository';
import { NotificationService } from './notification.service';

const NOTIFICATIONS = byTimeThenId<{ id: string; createdAt: Date }>(
  'notifications',
  (row) => row.createdAt,
);
const AUDIT_LOG = byTimeThenId<{ id: string; at: Date }>('audit-log', (row) => row.at);

@Resolver(() => Notification)
export class NotificationResolver {
  constructor(
    private readonly records: NotificationRepository,
    private readonly notices: NotificationService,
  ) {}

  @Query(() => NotificationConnection, { description: 'Your notifications, newest first.' })
  notifications(
    @CurrentUser() viewer: AuthUser,
    @Args() { unreadOnly, first, after }: NotificationsArgs,
  ): Promise<ConnectionShape<Notification>> {
    return keysetPage({
      order: NOTIFICATIONS,
      first,
      after,
      fetch: (position, limit) =>
        this.records.notifications(viewer.id, unreadOnly, position, limit),
      count: () => this.records.countNotifications(viewer.id, unreadOnly),
    });
  }

  @Mutation(() => Int, { description: 'Marks your unread notifications read; how many were.' })
  markNotificationsRead(
    @CurrentUser() viewer: AuthUser,
    @Args() { ids }: MarkNotificationsReadArgs,
  ): Promise<number> {
    return this.notices.markRead(viewer, ids);
  }

  @Query(() => AuditLogConnection, { description: 'Park admins: who did what, newest first.' })
  async auditLog(
    @CurrentUser() viewer: AuthUser,
    @Args() { filter = {}, first, after }: AuditLogArgs,
  ): Promise<ConnectionShape<AuditLogEntry>> {
    if (viewer.role !== UserRole.PARK_ADMIN) {
      throw DomainError.forbidden('Only park admins may read the audit log');
    }
    const { from, to, ...exact } = filter;
    const at = from || to ? { at: { ...(from && { gte: from }), ...(to && { lt: to }) } } : {};
    const where = { ...exact, ...at };
    return keysetPage({
      order: AUDIT_LOG,
      first,
      after,
      fetch: (position, limit) => this.records.auditLog(where, position, limit),
      count: () => this.records.countAuditLog(where),
      toNode: (row) => ({ ...row, details: JSON.stringify(row.details) }),
    });
  }
}
