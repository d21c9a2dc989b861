import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Connection, ListBound, Node } from '@park/platform/graphql';
import { BookingStatus, RsvpStatus, SpaceKind } from '@park/platform/database';
import { actionsOf, registerActionEnum } from '@park/platform/workflow';
import { bookingFlow } from './booking.flow';
import { EVENT_ACTIONS } from './event-rules';

registerEnumType(SpaceKind, {
  name: 'SpaceKind',
  description: 'What kind of space a hub offers for booking.',
});
registerEnumType(BookingStatus, {
  name: 'BookingStatus',
  description:
    'Where a booking is: PENDING staff approval, CONFIRMED, CHECKED_IN, or ended as CANCELLED, REJECTED or NO_SHOW.',
});
registerEnumType(RsvpStatus, {
  name: 'RsvpStatus',
  description: 'An RSVP to an event: GOING, WAITLISTED while it is full, or CANCELLED.',
});

/** The moves a person may take (the sweep's markNoShow is no one's button). */
export const BookingActionEnum = registerActionEnum(
  'BookingAction',
  actionsOf(bookingFlow.transitions, ['markNoShow']),
  'What the viewer may do next with a booking: its flow’s moves, each a mutation (docs/api.md).',
);

export const EventActionEnum = registerActionEnum(
  'EventAction',
  EVENT_ACTIONS,
  'What the viewer may do next with an event: RSVP (rsvpEvent) or CANCEL_RSVP (cancelRsvp).',
);

@ObjectType({ description: 'How a space may be booked.' })
export class SpacePolicy {
  @Field(() => Boolean, { description: 'Bookings wait as PENDING until staff approve them.' })
  requiresApproval: boolean;

  @Field(() => Boolean, { description: 'Only members (APPROVED) of the hub may book it.' })
  memberOnly: boolean;

  @Field(() => Int)
  minNoticeMinutes: number;

  @Field(() => Int)
  maxDurationMinutes: number;

  @Field(() => Int)
  maxAdvanceDays: number;

  @Field(() => Int, { description: 'Minutes kept free between two bookings.' })
  bufferMinutes: number;

  @Field(() => Int, {
    nullable: true,
    description: 'Hours a stakeholder may book per week across the hub’s spaces; null = no cap.',
  })
  weeklyQuotaHours: number | null;
}

@ObjectType({ description: 'Local "HH:MM" in Asia/Seoul; a weekday with no entry is closed.' })
export class OpeningHours {
  @Field(() => Int, { description: '1 = Monday … 7 = Sunday' })
  weekday: number;

  @Field(() => String)
  opens: string;

  @Field(() => String, { description: 'May be "24:00".' })
  closes: string;
}

@ObjectType({
  implements: () => [Node],
  description:
    'A bookable room, desk, studio or hall of a hub, with its opening hours and booking policy.',
})
export class Space {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  name: string;

  @Field(() => SpaceKind)
  kind: SpaceKind;

  @Field(() => Int)
  capacity: number;

  @Field(() => [String])
  amenities: string[];

  @Field(() => SpacePolicy)
  policy: SpacePolicy;

  @Field(() => Date, { nullable: true, description: 'Archived spaces take no new bookings.' })
  archivedAt: Date | null;

  @Field(() => Int, { description: 'Pass it back to updateSpace: stale versions conflict.' })
  version: number;

  @Field(() => String, {
    description: 'Its hub’s time zone (IANA, Asia/Seoul): its opening hours are local times there.',
  })
  timeZone?: string;
}

@ObjectType({ description: 'A free interval: any booking inside it fits, buffers included.' })
export class TimeSlot {
  @Field(() => Date)
  startsAt: Date;

  @Field(() => Date)
  endsAt: Date;
}

@ObjectType({
  implements: () => [Node],
  description:
    'A reservation of a space for a time, by a person, optionally for a stakeholder; it moves through BookingStatus.',
})
export class Booking {
  @Field(() => ID)
  id: string;

  @Field(() => BookingStatus)
  status: BookingStatus;

  @Field(() => Date)
  startsAt: Date;

  @Field(() => Date)
  endsAt: Date;

  @Field(() => String)
  purpose: string;

  @Field(() => Int)
  attendees: number;

  @Field(() => ID, { nullable: true, description: 'Set for the bookings of a weekly series.' })
  seriesId: string | null;

  @Field(() => Date, { nullable: true })
  checkedInAt: Date | null;

  @Field(() => Date)
  createdAt: Date;
}

@ObjectType({ description: 'An occurrence of a series that was not booked, and why.' })
export class SkippedOccurrence {
  @Field(() => Date)
  startsAt: Date;

  @Field(() => Date)
  endsAt: Date;

  @Field(() => String, { description: 'CONFLICT or BAD_USER_INPUT' })
  code: string;

  @Field(() => String)
  reason: string;
}

@ObjectType({
  implements: () => [Node],
  description: 'The outcome of booking a weekly series: the occurrences booked and those skipped.',
})
export class BookingSeries {
  @Field(() => ID, { description: 'The series’ id: the seriesId of each of its bookings.' })
  id: string;

  @Field(() => ID, { deprecationReason: 'Use id (the same value).' })
  seriesId: string;

  // A series has at most 26 weeks (BookSeriesInput.weeks).
  @Field(() => [Booking])
  @ListBound(26)
  booked: Booking[];

  @Field(() => [SkippedOccurrence])
  @ListBound(26)
  skipped: SkippedOccurrence[];
}

@ObjectType({ implements: () => [Node], description: 'A community event hosted in a space.' })
export class Event {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  title: string;

  @Field(() => String)
  description: string;

  @Field(() => Date)
  startsAt: Date;

  @Field(() => Date)
  endsAt: Date;

  @Field(() => Int)
  capacity: number;

  @Field(() => Date, {
    nullable: true,
    description: 'When it was called off: its booking was rejected or cancelled. Null while on.',
  })
  cancelledAt: Date | null;
}

@ObjectType({
  implements: () => [Node],
  description: 'The viewer’s answer to an event: GOING, or WAITLISTED while it is full.',
})
export class Rsvp {
  @Field(() => ID)
  id: string;

  @Field(() => RsvpStatus, { description: 'GOING, or WAITLISTED while the event is full.' })
  status: RsvpStatus;
}

export const BookingConnection = Connection(Booking);
