import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'How many items wait in each queue of the staff inbox.' })
export class StaffInboxCounts {
  @Field(() => Int, { description: 'Membership applications SUBMITTED or UNDER_REVIEW.' })
  applications: number;

  @Field(() => Int, { description: 'Bookings PENDING approval.' })
  bookings: number;

  @Field(() => Int, { description: 'Partnerships AGREED by both parties, for the park’s review.' })
  partnerships: number;

  @Field(() => Int, {
    description: 'Projects PROPOSED (a committee to assign) or IN_REVIEW (a decision to take).',
  })
  projects: number;

  @Field(() => Int, { description: 'Budget rounds CLOSED (voting over), not yet tallied.' })
  budgetRounds: number;

  @Field(() => Int, { description: 'All of them.' })
  total: number;
}

@ObjectType({
  description:
    'Everything waiting on staff in the viewer’s hubs (a park admin: every hub, or the one ' +
    'asked for), each queue oldest first.',
})
export class StaffInbox {
  @Field(() => ID, { nullable: true, description: 'The hub asked for; null: all of the viewer’s.' })
  hubId: string | null;

  /** The hubs read: null for every hub (a park admin without a filter). */
  scope: string[] | null;
}
