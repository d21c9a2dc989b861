import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Hub } from '@park/directory';
import { CalendarFeedService } from './calendar-feed.service';
import { Space } from './space.model';

/** Hub.eventsFeedUrl: the hub's public events as an iCalendar feed anyone may subscribe to. */
@Resolver(() => Hub)
export class HubCalendarFeedResolver {
  constructor(private readonly feeds: CalendarFeedService) {}

  @ResolveField(() => String, {
    description:
      'Its public events as an iCalendar feed (PUBLIC_URL/calendar/hubs/<id>.ics), for calendar apps to subscribe to; cancelled ones stay, marked CANCELLED.',
  })
  eventsFeedUrl(@Parent() hub: Hub): string {
    return this.feeds.hubFeedUrl(hub.id);
  }
}

/** Space.calendarFeedUrl: when the space is taken, as busy blocks without names. */
@Resolver(() => Space)
export class SpaceCalendarFeedResolver {
  constructor(private readonly feeds: CalendarFeedService) {}

  @ResolveField(() => String, {
    description:
      'Its free/busy iCalendar feed (PUBLIC_URL/calendar/spaces/<id>.ics): one busy block per live booking, no purpose, person or stakeholder.',
  })
  calendarFeedUrl(@Parent() space: Space): string {
    return this.feeds.spaceFeedUrl(space.id);
  }
}
