import { Context, Resolver, Subscription } from '@nestjs/graphql';
import { AuthUser, CurrentUser } from '@park/platform/auth';
import { LiveContext, LiveServer } from '@park/platform/live';
import { NotificationReceived } from './notification.model';
import { NotificationService } from './notification.service';

/** The viewer's notifications as they arrive (GraphQL over WebSocket, docs/api.md). */
@Resolver()
export class NotificationLiveResolver {
  constructor(
    private readonly notices: NotificationService,
    private readonly live: LiveServer,
  ) {}

  @Subscription(() => NotificationReceived, {
    description: 'Each notification of yours as it is posted, with your unread count.',
    resolve: (value: NotificationReceived) => value,
  })
  notificationReceived(@CurrentUser() viewer: AuthUser, @Context() context: LiveContext) {
    return this.live.stream(
      context,
      'notification.posted',
      (posted) => posted.recipientId === viewer.id,
      (posted, now) => this.notices.received(now, posted.notificationId),
    );
  }
}
