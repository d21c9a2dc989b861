import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { ModuleRef } from '@nestjs/core';
import { AuthUser, CurrentUser } from '@park/platform/auth';
import { Notification as NotificationRow } from '@park/platform/database';
import { BatchLoad, ConnectionShape, Loaders, RequestLoaders } from '@park/platform/graphql';
import { AuditLogConnection, AuditLogEntry } from './audit-log.model';
import { AuditLogService } from './audit-log.service';
import { noticeLocale, noticeMessage } from './notice-messages';
import { AuditLogArgs, MarkNotificationsReadArgs, NotificationsArgs } from './notification.input';
import {
  MarkAllNotificationsReadPayload,
  Notification,
  NotificationConnection,
} from './notification.model';
import { asSubject, NotificationSubject, subjectSource } from './notification-subject';
import { NotificationService } from './notification.service';

@Resolver(() => Notification)
export class NotificationResolver {
  private readonly subjectLoads = new Map<string, BatchLoad<string, object | null>>();

  constructor(
    private readonly notices: NotificationService,
    private readonly auditTrail: AuditLogService,
    private readonly moduleRef: ModuleRef,
  ) {}

  @Query(() => NotificationConnection, { description: 'Your notifications, newest first.' })
  notifications(
    @CurrentUser() viewer: AuthUser,
    @Args() args: NotificationsArgs,
  ): Promise<ConnectionShape<NotificationRow>> {
    return this.notices.list(viewer, args);
  }

  @Mutation(() => [Notification], {
    description: 'Marks those of yours that are unread as read; answers the ones it changed.',
  })
  markNotificationsRead(
    @CurrentUser() viewer: AuthUser,
    @Args() { ids }: MarkNotificationsReadArgs,
  ): Promise<NotificationRow[]> {
    return this.notices.markRead(viewer, ids);
  }

  @Mutation(() => MarkAllNotificationsReadPayload, {
    description: 'Marks every unread notification of yours as read.',
  })
  markAllNotificationsRead(
    @CurrentUser() viewer: AuthUser,
  ): Promise<MarkAllNotificationsReadPayload> {
    return this.notices.markAllRead(viewer);
  }

  @Query(() => AuditLogConnection, {
    description: 'Who did what, newest first: park admins all of it, hub staff their hubs’.',
  })
  auditLog(
    @CurrentUser() viewer: AuthUser,
    @Args() args: AuditLogArgs,
  ): Promise<ConnectionShape<AuditLogEntry>> {
    return this.auditTrail.read(viewer, args);
  }

  @ResolveField(() => String)
  message(@Parent() row: NotificationRow, @CurrentUser() viewer: AuthUser): string {
    return noticeMessage(row, noticeLocale(viewer.locale));
  }

  /** One statement per subject type on a page, through the owning feature's loaders. */
  @ResolveField(() => NotificationSubject, { nullable: true })
  async subject(
    @Parent() row: NotificationRow,
    @Loaders() loaders: RequestLoaders,
  ): Promise<object | null> {
    const load = this.subjectLoad(row.entityType);
    if (!load) return null;
    const found = await loaders.get(load).load(row.entityId);
    return found ? asSubject(row.entityType, found) : null;
  }

  private subjectLoad(entityType: string): BatchLoad<string, object | null> | undefined {
    let load = this.subjectLoads.get(entityType);
    const source = subjectSource(entityType);
    if (!load && source) {
      load = source.byId(this.moduleRef.get(source.loaders, { strict: false }));
      this.subjectLoads.set(entityType, load);
    }
    return load;
  }
}
