import { Args, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AuthUser, CurrentUser } from '@park/platform/auth';
import { UserRole } from '@park/platform/database';
import {
  ConnectionShape,
  decodeCursor,
  DomainError,
  encodeCursor,
  toConnection,
} from '@park/platform/graphql';
import { AuditLogArgs, MarkNotificationsReadArgs, NotificationsArgs } from './notification.input';
import { AuditLogConnection, AuditLogEntry } from './audit-log.model';
import { Notification, NotificationConnection } from './notification.model';
import { NotificationRepository, Position } from './notification.repository';
import { NotificationService } from './notification.service';

function position(after: string | undefined, list: string): Position | undefined {
  if (!after) return undefined;
  const [at, id] = decodeCursor(after, list, ['time', 'uuid']);
  return { at: new Date(at), id };
}

@Resolver(() => Notification)
export class NotificationResolver {
  constructor(
    private readonly records: NotificationRepository,
    private readonly notices: NotificationService,
  ) {}

  @Query(() => NotificationConnection, { description: 'Your notifications, newest first.' })
  async notifications(
    @CurrentUser() viewer: AuthUser,
    @Args() { unreadOnly, first, after }: NotificationsArgs,
  ): Promise<ConnectionShape<Notification>> {
    const list = this.records.notifications(
      viewer.id,
      unreadOnly,
      position(after, 'notifications'),
      first + 1,
    );
    return toConnection(
      await list.rows(),
      first,
      list.count,
      (row) => encodeCursor('notifications', [row.createdAt.toISOString(), row.id]),
      (row) => row,
    );
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
    const list = this.records.auditLog(
      { ...exact, ...at },
      position(after, 'audit-log'),
      first + 1,
    );
    return toConnection(
      await list.rows(),
      first,
      list.count,
      (row) => encodeCursor('audit-log', [row.at.toISOString(), row.id]),
      (row) => ({ ...row, details: JSON.stringify(row.details) }),
    );
  }
}
