import { Args, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Hub } from '@park/directory';
import { MembershipConnection } from '@park/membership';
import { PartnershipConnection } from '@park/partnership';
import { AuthUser, CurrentUser } from '@park/platform/auth';
import { Hub as HubRow } from '@park/platform/database';
import { Loaders, PageArgs, RequestLoaders } from '@park/platform/graphql';
import { BudgetRoundConnection, ProjectConnection } from '@park/project';
import { BookingConnection } from '@park/spaces';
import { StaffInboxArgs } from './staff-inbox.input';
import { StaffInbox, StaffInboxCounts } from './staff-inbox.model';
import { StaffInboxService } from './staff-inbox.service';

@Resolver(() => StaffInbox)
export class StaffInboxResolver {
  constructor(private readonly service: StaffInboxService) {}

  @Query(() => StaffInbox, {
    description:
      'Hub staff: what waits on their hubs; park admins: on every hub, or the one given; ' +
      'members: FORBIDDEN.',
  })
  staffInbox(
    @CurrentUser() viewer: AuthUser,
    @Args() { hubId }: StaffInboxArgs,
    @Loaders() loaders: RequestLoaders,
  ): Promise<StaffInbox> {
    return this.service.open(viewer, hubId, loaders);
  }

  @ResolveField(() => [Hub], { description: 'The hubs this inbox reads, by name.' })
  hubs(@Parent() inbox: StaffInbox): Promise<HubRow[]> {
    return this.service.hubsOf(inbox);
  }

  @ResolveField(() => StaffInboxCounts, { description: 'Cheap: one count per queue.' })
  counts(@Parent() inbox: StaffInbox): Promise<StaffInboxCounts> {
    return this.service.counts(inbox);
  }

  @ResolveField(() => MembershipConnection, {
    description: 'Applications to review (SUBMITTED, UNDER_REVIEW), oldest first.',
  })
  applications(@Parent() { scope }: StaffInbox, @Args() { first, after }: PageArgs) {
    return this.service.memberships.inboxQueue(scope, first, after);
  }

  @ResolveField(() => BookingConnection, {
    description: 'Bookings waiting for approval (PENDING), the oldest request first.',
  })
  bookings(@Parent() { scope }: StaffInbox, @Args() page: PageArgs) {
    return this.service.bookings.inboxQueue(scope, page);
  }

  @ResolveField(() => PartnershipConnection, {
    description:
      'Partnerships AGREED by both parties, waiting for the park’s review; oldest first.',
  })
  partnerships(@Parent() { scope }: StaffInbox, @Args() { first, after }: PageArgs) {
    return this.service.partnerships.inboxQueue(scope, first, after);
  }

  @ResolveField(() => ProjectConnection, {
    description:
      'Projects waiting for a committee (PROPOSED) or a decision (IN_REVIEW: see ' +
      'reviewSummary); oldest first.',
  })
  projects(@Parent() { scope }: StaffInbox, @Args() { first, after }: PageArgs) {
    return this.service.projects.inboxQueue(scope, first, after);
  }

  @ResolveField(() => BudgetRoundConnection, {
    description: 'Budget rounds whose voting has ended (CLOSED), to tally; oldest first.',
  })
  budgetRounds(@Parent() { scope }: StaffInbox, @Args() { first, after }: PageArgs) {
    return this.service.rounds.inboxQueue(scope, first, after);
  }
}
