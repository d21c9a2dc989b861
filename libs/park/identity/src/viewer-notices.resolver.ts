import { Int, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { AuthUser, CurrentUser, isViewer } from '@park/platform/auth';
import { Loaders, RequestLoaders } from '@park/platform/graphql';
import { UnreadNotices } from '@park/platform/workflow';
import { User } from './user.model';

/**
 * User.unreadNotificationCount. It lives here, not in the notification lib, because notification
 * uses no feature (FEATURE_SCOPES) and so cannot see User; the count is still read by the
 * notification lib, through the UnreadNotices port it provides (as it provides Noticeboard).
 */
@Resolver(() => User)
export class ViewerNoticesResolver {
  constructor(private readonly notices: UnreadNotices) {}

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
    return loaders.get(this.notices.countByRecipient).load(user.id);
  }
}
