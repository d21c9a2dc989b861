import { Injectable } from '@nestjs/common';
import { AuthUser } from '@park/platform/auth';
import { Notification as NotificationRow, Prisma, Tx } from '@park/platform/database';
import { byTimeThenId, ConnectionShape, keysetPage } from '@park/platform/graphql';
import { JobQueue } from '@park/platform/jobs';
import { LiveEvents } from '@park/platform/live';
import { Notice, Noticeboard, Subject } from '@park/platform/workflow';
import { DELIVER_TASK } from './notice-delivery.service';
import { NotificationsArgs } from './notification.input';
import { NotificationRepository } from './notification.repository';

const NOTIFICATIONS = byTimeThenId<{ id: string; createdAt: Date }>(
  'notifications',
  (row) => row.createdAt,
);

/** In-app notifications: posted in the transaction of what they tell of, read by their recipient. */
@Injectable()
export class NotificationService implements Noticeboard {
  constructor(
    private readonly notifications: NotificationRepository,
    private readonly queue: JobQueue,
    private readonly live: LiveEvents,
  ) {}

  /**
   * One notice per recipient and kind, however many times a step names them; and one job that
   * mails them as their recipients chose, queued in the same transaction (a step that rolls
   * back mails nothing).
   */
  async announce(tx: Tx, subject: Subject, notices: Notice[]): Promise<void> {
    const unique = [...new Map(notices.map((n) => [`${n.recipientId}:${n.kind}`, n])).values()];
    if (unique.length) {
      const created = await this.notifications.createNotifications(
        tx,
        unique.map(({ recipientId, kind, params }) => ({
          recipientId,
          kind,
          // Absent particulars are left out rather than stored as null.
          params: JSON.parse(JSON.stringify(params)) as Prisma.InputJsonObject,
          ...subject,
        })),
      );
      await this.queue.enqueue(tx, DELIVER_TASK, { ids: created.map((row) => row.id) });
      for (const { id, recipientId } of created) {
        this.live.publishAfterCommit(tx, 'notification.posted', {
          recipientId,
          notificationId: id,
        });
      }
    }
  }

  /** The viewer's own, newest first. */
  list(
    viewer: AuthUser,
    { unreadOnly, first, after }: NotificationsArgs,
  ): Promise<ConnectionShape<NotificationRow>> {
    return keysetPage({
      order: NOTIFICATIONS,
      first,
      after,
      fetch: (position, limit) =>
        this.notifications.notifications(viewer.id, unreadOnly, position, limit),
      count: () => this.notifications.countNotifications(viewer.id, unreadOnly),
    });
  }

  /** One of the viewer's own, for node(id); anyone else's is null. */
  async find(viewer: AuthUser | undefined, id: string): Promise<NotificationRow | null> {
    if (!viewer) return null;
    const row = await this.notifications.notification(id);
    return row?.recipientId === viewer.id ? row : null;
  }

  /** notificationReceived: the viewer's own new one and their unread count now; else null. */
  async received(
    viewer: AuthUser,
    notificationId: string,
  ): Promise<{ notification: NotificationRow; unreadCount: number } | null> {
    const notification = await this.find(viewer, notificationId);
    if (!notification) return null;
    return { notification, unreadCount: await this.notifications.unreadCount(viewer.id) };
  }

  /** Only the viewer's own, only unread ones: those it changed, newest first. */
  markRead(viewer: AuthUser, ids: string[]): Promise<NotificationRow[]> {
    return this.notifications.markRead(viewer.id, [...new Set(ids)]);
  }

  markAllRead(viewer: AuthUser): Promise<{ markedCount: number; unreadCount: number }> {
    return this.notifications.markAllRead(viewer.id);
  }
}
