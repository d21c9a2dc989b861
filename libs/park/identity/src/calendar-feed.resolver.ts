import { Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { AuthUser, CurrentUser, isViewer } from '@park/platform/auth';
import { CalendarFeedSecrets } from './calendar-feed-secrets';
import { User } from './user.model';

/** `me { calendarFeedUrl }` and `resetCalendarFeed`: the personal iCalendar feed's secret URL. */
@Resolver(() => User)
export class CalendarFeedResolver {
  constructor(private readonly secrets: CalendarFeedSecrets) {}

  @ResolveField(() => String, {
    nullable: true,
    description:
      'Your personal iCalendar feed (your bookings and the events you are going to), PUBLIC_URL/calendar/me/…ics. Anyone with the URL can read it: resetCalendarFeed replaces it. Only for yourself; null for others.',
  })
  calendarFeedUrl(
    @Parent() user: User,
    @CurrentUser() viewer: AuthUser | undefined,
  ): Promise<string | null> | null {
    if (!isViewer(viewer, user.id)) return null;
    return this.secrets.urlOf(user.id);
  }

  @Mutation(() => String, {
    description:
      'Replace your calendar feed’s secret URL (when it leaked): the old one answers 404 at once. Returns the new URL.',
  })
  resetCalendarFeed(@CurrentUser() viewer: AuthUser): Promise<string> {
    return this.secrets.reset(viewer.id);
  }
}
