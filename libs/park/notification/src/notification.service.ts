import { Injectable } from '@nestjs/common';
import { AuthUser } from '@park/platform/auth';
import { Tx } from '@park/platform/database';
import { Notice, Noticeboard, Subject } from '@park/platform/workflow';
import { NotificationRepository } from './notification.repository';

/** In-app notifications: posted in the transaction of what they tell of, read by their recipient. */
@Injectable()
export class NotificationService implements Noticeboard {
  constructor(private readonly notifications: NotificationRepository) {}

  /** One notice per recipient and kind, however many times a step names them. */
  async announce(tx: Tx, subject: Subject, notices: Notice[]): Promise<void> {
    const unique = [...new Map(notices.map((n) => [`${n.recipientId}:${n.kind}`, n])).values()];
    if (unique.length) {
      await this.notifications.createNotifications(
        tx,
        unique.map((notice) => ({ ...notice, ...subject })),
      );
    }
  }

  /** Only the viewer's own, only unread ones: the count is how many changed. */
  markRead(viewer: AuthUser, ids: string[]): Promise<number> {
    return this.notifications.markRead(viewer.id, ids);
  }
}
