import { Injectable } from '@nestjs/common';
import { BatchLoad } from '@park/platform/graphql';
import { UnreadNotices } from '@park/platform/workflow';
import { NotificationRepository } from './notification.repository';

/** The figures of notifications other contexts show, as batch functions for request loaders. */
@Injectable()
export class NotificationLoaders implements UnreadNotices {
  constructor(private readonly notifications: NotificationRepository) {}

  /** Unread notifications per recipient, in one statement. */
  readonly countByRecipient: BatchLoad<string, number> = async (recipientIds) => {
    const counts = await this.notifications.unreadCounts(recipientIds);
    return recipientIds.map((id) => counts.get(id) ?? 0);
  };
}
