import { Int, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { NotificationLoaders } from '@park/notification';
import { AuthUser, CurrentUser, isViewer } from '@park/platform/auth';
import { Loaders, RequestLoaders } from '@park/platform/graphql';
import { User } from './user.model';

/**
 * User.unreadNotificationCount. It lives here, not in the notification lib, because notification
 * is used by every feature and uses none (FEATURE_SCOPES): it cannot see User. The count is
 * still read by the notification lib's own loader.
 */
@Resolver(() => User)
export class ViewerNoticesResolver {
  constructor(private readonly notices: NotificationLoaders) {}

  @ResolveField(() => Int, {
    nullable: true,
    description: 'How many of your notifications are unread. Only for yourself; null for others.',
  })
  async unreadNotificationCount(
    @Parent() user: User,
    @CurrentUser() viewer: AuthUser | undefined,
    @Loaders() loaders: RequestLoaders,
  ): Promise<number | null> {
    if (!isViewer(viewer, user.id)) return null;
    return loaders.get(this.notices.unreadCountByRecipient).load(user.id);
  }
}
