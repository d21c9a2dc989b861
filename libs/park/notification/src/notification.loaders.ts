import { Injectable } from '@nestjs/common';
import { BatchLoad } from '@park/platform/graphql';
import { NotificationRepository } from './notification.repository';

/** Batch functions other contexts use to show notification figures. */
@Injectable()
export class NotificationLoaders {
  constructor(private readonly notifications: NotificationRepository) {}

  /** Unread notifications per recipient, in one statement. */
  readonly unreadCountByRecipient: BatchLoad<string, number> = async (recipientIds) => {
    const counts = await this.notifications.unreadCounts(recipientIds);
    return recipientIds.map((id) => counts.get(id) ?? 0);
  };
}
