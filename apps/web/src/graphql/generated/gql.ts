/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment SessionUser on User {\n    id\n    displayName\n    role\n    locale\n    unreadNotificationCount\n  }\n": typeof types.SessionUserFragmentDoc,
    "\n  mutation ResumeSession {\n    refreshSession {\n      accessToken\n      user {\n        ...SessionUser\n      }\n    }\n  }\n": typeof types.ResumeSessionDocument,
    "\n  mutation SignIn($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n      user {\n        ...SessionUser\n      }\n    }\n  }\n": typeof types.SignInDocument,
    "\n  mutation SignUp($input: RegisterInput!) {\n    register(input: $input) {\n      accessToken\n      user {\n        ...SessionUser\n      }\n    }\n  }\n": typeof types.SignUpDocument,
    "\n  mutation SignOut {\n    logout\n  }\n": typeof types.SignOutDocument,
    "\n  query ParkHome {\n    hubs {\n      id\n      slug\n      name\n      nameKo\n      description\n    }\n  }\n": typeof types.ParkHomeDocument,
    "\n  fragment BookingFormSpace on Space {\n    id\n    capacity\n    hub {\n      id\n      name\n      nameKo\n    }\n    policy {\n      requiresApproval\n      memberOnly\n      minNoticeMinutes\n      maxDurationMinutes\n      maxAdvanceDays\n      bufferMinutes\n      weeklyQuotaHours\n    }\n  }\n": typeof types.BookingFormSpaceFragmentDoc,
    "\n  fragment BookedBooking on Booking {\n    id\n    status\n    startsAt\n    endsAt\n    purpose\n    attendees\n    weeklyQuotaLeft\n    stakeholder {\n      id\n      name\n    }\n    space {\n      id\n      name\n    }\n  }\n": typeof types.BookedBookingFragmentDoc,
    "\n  mutation BookSpace($input: BookSpaceInput!) {\n    bookSpace(input: $input) {\n      ...BookedBooking\n    }\n  }\n": typeof types.BookSpaceDocument,
    "\n  mutation BookSpaceSeries($input: BookSeriesInput!) {\n    bookSpaceSeries(input: $input) {\n      id\n      booked {\n        ...BookedBooking\n      }\n      skipped {\n        startsAt\n        endsAt\n        code\n        reason\n      }\n    }\n  }\n": typeof types.BookSpaceSeriesDocument,
    "\n  query WeeklyQuotaLeft($spaceId: ID!, $stakeholderId: ID!, $weekOf: DateTime!) {\n    space(id: $spaceId) {\n      id\n      weeklyQuotaLeft(stakeholderId: $stakeholderId, weekOf: $weekOf)\n    }\n  }\n": typeof types.WeeklyQuotaLeftDocument,
    "\n  fragment BookingItem on Booking {\n    id\n    status\n    startsAt\n    endsAt\n    purpose\n    attendees\n    checkedInAt\n    cancellableUntil\n    checkInOpensAt\n    checkInClosesAt\n    noShowAt\n    availableActions\n    seriesId\n    space {\n      id\n      name\n    }\n    stakeholder {\n      id\n      name\n    }\n  }\n": typeof types.BookingItemFragmentDoc,
    "\n  mutation CancelMyBooking($id: ID!) {\n    cancelBooking(id: $id) {\n      ...BookingItem\n    }\n  }\n": typeof types.CancelMyBookingDocument,
    "\n  mutation CheckInMyBooking($id: ID!) {\n    checkInBooking(id: $id) {\n      ...BookingItem\n    }\n  }\n": typeof types.CheckInMyBookingDocument,
    "\n  fragment EventDetails on Event {\n    id\n    title\n    description\n    startsAt\n    endsAt\n    capacity\n    attendeeCount\n    waitlistCount\n    availableActions\n    hub {\n      id\n      name\n      nameKo\n      slug\n    }\n    space {\n      id\n      name\n    }\n    stakeholder {\n      id\n      name\n    }\n    organizer {\n      id\n      displayName\n    }\n    myRsvp {\n      id\n      status\n      waitlistPosition\n    }\n  }\n": typeof types.EventDetailsFragmentDoc,
    "\n  query EventPage($id: ID!) {\n    event(id: $id) {\n      ...EventDetails\n    }\n  }\n": typeof types.EventPageDocument,
    "\n  mutation RsvpEvent($id: ID!) {\n    rsvpEvent(id: $id) {\n      ...EventDetails\n    }\n  }\n": typeof types.RsvpEventDocument,
    "\n  mutation CancelRsvp($id: ID!) {\n    cancelRsvp(id: $id) {\n      ...EventDetails\n    }\n  }\n": typeof types.CancelRsvpDocument,
    "\n  query MyBookingsPage($pastFrom: DateTime!, $now: DateTime!) {\n    me {\n      id\n      bookings(first: 20) {\n        edges {\n          node {\n            ...BookingItem\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n    myBookings(from: $pastFrom, to: $now, first: 20) {\n      edges {\n        node {\n          ...BookingItem\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.MyBookingsPageDocument,
    "\n  query MoreUpcomingBookings($after: String) {\n    me {\n      id\n      bookings(first: 20, after: $after) {\n        edges {\n          node {\n            ...BookingItem\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": typeof types.MoreUpcomingBookingsDocument,
    "\n  query MorePastBookings($pastFrom: DateTime!, $now: DateTime!, $after: String) {\n    myBookings(from: $pastFrom, to: $now, first: 20, after: $after) {\n      edges {\n        node {\n          ...BookingItem\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.MorePastBookingsDocument,
    "\n  query SpaceWeek($id: ID!, $from: DateTime!, $to: DateTime!, $signedIn: Boolean!) {\n    space(id: $id) {\n      id\n      name\n      kind\n      capacity\n      amenities\n      archivedAt\n      openingHours {\n        weekday\n        opens\n        closes\n      }\n      hub {\n        id\n        name\n        nameKo\n        slug\n      }\n      ...BookingFormSpace\n    }\n    availability(spaceId: $id, from: $from, to: $to) {\n      startsAt\n      endsAt\n    }\n    myBookings(from: $from, to: $to, first: 100) @include(if: $signedIn) {\n      edges {\n        node {\n          id\n          startsAt\n          endsAt\n          status\n          space {\n            id\n          }\n        }\n      }\n    }\n    me @include(if: $signedIn) {\n      id\n      stakeholders {\n        id\n        stakeholder {\n          id\n          name\n          memberships(first: 100) {\n            edges {\n              node {\n                id\n                status\n                hub {\n                  id\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.SpaceWeekDocument,
};
const documents: Documents = {
    "\n  fragment SessionUser on User {\n    id\n    displayName\n    role\n    locale\n    unreadNotificationCount\n  }\n": types.SessionUserFragmentDoc,
    "\n  mutation ResumeSession {\n    refreshSession {\n      accessToken\n      user {\n        ...SessionUser\n      }\n    }\n  }\n": types.ResumeSessionDocument,
    "\n  mutation SignIn($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n      user {\n        ...SessionUser\n      }\n    }\n  }\n": types.SignInDocument,
    "\n  mutation SignUp($input: RegisterInput!) {\n    register(input: $input) {\n      accessToken\n      user {\n        ...SessionUser\n      }\n    }\n  }\n": types.SignUpDocument,
    "\n  mutation SignOut {\n    logout\n  }\n": types.SignOutDocument,
    "\n  query ParkHome {\n    hubs {\n      id\n      slug\n      name\n      nameKo\n      description\n    }\n  }\n": types.ParkHomeDocument,
    "\n  fragment BookingFormSpace on Space {\n    id\n    capacity\n    hub {\n      id\n      name\n      nameKo\n    }\n    policy {\n      requiresApproval\n      memberOnly\n      minNoticeMinutes\n      maxDurationMinutes\n      maxAdvanceDays\n      bufferMinutes\n      weeklyQuotaHours\n    }\n  }\n": types.BookingFormSpaceFragmentDoc,
    "\n  fragment BookedBooking on Booking {\n    id\n    status\n    startsAt\n    endsAt\n    purpose\n    attendees\n    weeklyQuotaLeft\n    stakeholder {\n      id\n      name\n    }\n    space {\n      id\n      name\n    }\n  }\n": types.BookedBookingFragmentDoc,
    "\n  mutation BookSpace($input: BookSpaceInput!) {\n    bookSpace(input: $input) {\n      ...BookedBooking\n    }\n  }\n": types.BookSpaceDocument,
    "\n  mutation BookSpaceSeries($input: BookSeriesInput!) {\n    bookSpaceSeries(input: $input) {\n      id\n      booked {\n        ...BookedBooking\n      }\n      skipped {\n        startsAt\n        endsAt\n        code\n        reason\n      }\n    }\n  }\n": types.BookSpaceSeriesDocument,
    "\n  query WeeklyQuotaLeft($spaceId: ID!, $stakeholderId: ID!, $weekOf: DateTime!) {\n    space(id: $spaceId) {\n      id\n      weeklyQuotaLeft(stakeholderId: $stakeholderId, weekOf: $weekOf)\n    }\n  }\n": types.WeeklyQuotaLeftDocument,
    "\n  fragment BookingItem on Booking {\n    id\n    status\n    startsAt\n    endsAt\n    purpose\n    attendees\n    checkedInAt\n    cancellableUntil\n    checkInOpensAt\n    checkInClosesAt\n    noShowAt\n    availableActions\n    seriesId\n    space {\n      id\n      name\n    }\n    stakeholder {\n      id\n      name\n    }\n  }\n": types.BookingItemFragmentDoc,
    "\n  mutation CancelMyBooking($id: ID!) {\n    cancelBooking(id: $id) {\n      ...BookingItem\n    }\n  }\n": types.CancelMyBookingDocument,
    "\n  mutation CheckInMyBooking($id: ID!) {\n    checkInBooking(id: $id) {\n      ...BookingItem\n    }\n  }\n": types.CheckInMyBookingDocument,
    "\n  fragment EventDetails on Event {\n    id\n    title\n    description\n    startsAt\n    endsAt\n    capacity\n    attendeeCount\n    waitlistCount\n    availableActions\n    hub {\n      id\n      name\n      nameKo\n      slug\n    }\n    space {\n      id\n      name\n    }\n    stakeholder {\n      id\n      name\n    }\n    organizer {\n      id\n      displayName\n    }\n    myRsvp {\n      id\n      status\n      waitlistPosition\n    }\n  }\n": types.EventDetailsFragmentDoc,
    "\n  query EventPage($id: ID!) {\n    event(id: $id) {\n      ...EventDetails\n    }\n  }\n": types.EventPageDocument,
    "\n  mutation RsvpEvent($id: ID!) {\n    rsvpEvent(id: $id) {\n      ...EventDetails\n    }\n  }\n": types.RsvpEventDocument,
    "\n  mutation CancelRsvp($id: ID!) {\n    cancelRsvp(id: $id) {\n      ...EventDetails\n    }\n  }\n": types.CancelRsvpDocument,
    "\n  query MyBookingsPage($pastFrom: DateTime!, $now: DateTime!) {\n    me {\n      id\n      bookings(first: 20) {\n        edges {\n          node {\n            ...BookingItem\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n    myBookings(from: $pastFrom, to: $now, first: 20) {\n      edges {\n        node {\n          ...BookingItem\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.MyBookingsPageDocument,
    "\n  query MoreUpcomingBookings($after: String) {\n    me {\n      id\n      bookings(first: 20, after: $after) {\n        edges {\n          node {\n            ...BookingItem\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": types.MoreUpcomingBookingsDocument,
    "\n  query MorePastBookings($pastFrom: DateTime!, $now: DateTime!, $after: String) {\n    myBookings(from: $pastFrom, to: $now, first: 20, after: $after) {\n      edges {\n        node {\n          ...BookingItem\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.MorePastBookingsDocument,
    "\n  query SpaceWeek($id: ID!, $from: DateTime!, $to: DateTime!, $signedIn: Boolean!) {\n    space(id: $id) {\n      id\n      name\n      kind\n      capacity\n      amenities\n      archivedAt\n      openingHours {\n        weekday\n        opens\n        closes\n      }\n      hub {\n        id\n        name\n        nameKo\n        slug\n      }\n      ...BookingFormSpace\n    }\n    availability(spaceId: $id, from: $from, to: $to) {\n      startsAt\n      endsAt\n    }\n    myBookings(from: $from, to: $to, first: 100) @include(if: $signedIn) {\n      edges {\n        node {\n          id\n          startsAt\n          endsAt\n          status\n          space {\n            id\n          }\n        }\n      }\n    }\n    me @include(if: $signedIn) {\n      id\n      stakeholders {\n        id\n        stakeholder {\n          id\n          name\n          memberships(first: 100) {\n            edges {\n              node {\n                id\n                status\n                hub {\n                  id\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": types.SpaceWeekDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SessionUser on User {\n    id\n    displayName\n    role\n    locale\n    unreadNotificationCount\n  }\n"): (typeof documents)["\n  fragment SessionUser on User {\n    id\n    displayName\n    role\n    locale\n    unreadNotificationCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResumeSession {\n    refreshSession {\n      accessToken\n      user {\n        ...SessionUser\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ResumeSession {\n    refreshSession {\n      accessToken\n      user {\n        ...SessionUser\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignIn($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n      user {\n        ...SessionUser\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SignIn($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n      user {\n        ...SessionUser\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignUp($input: RegisterInput!) {\n    register(input: $input) {\n      accessToken\n      user {\n        ...SessionUser\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SignUp($input: RegisterInput!) {\n    register(input: $input) {\n      accessToken\n      user {\n        ...SessionUser\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOut {\n    logout\n  }\n"): (typeof documents)["\n  mutation SignOut {\n    logout\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ParkHome {\n    hubs {\n      id\n      slug\n      name\n      nameKo\n      description\n    }\n  }\n"): (typeof documents)["\n  query ParkHome {\n    hubs {\n      id\n      slug\n      name\n      nameKo\n      description\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment BookingFormSpace on Space {\n    id\n    capacity\n    hub {\n      id\n      name\n      nameKo\n    }\n    policy {\n      requiresApproval\n      memberOnly\n      minNoticeMinutes\n      maxDurationMinutes\n      maxAdvanceDays\n      bufferMinutes\n      weeklyQuotaHours\n    }\n  }\n"): (typeof documents)["\n  fragment BookingFormSpace on Space {\n    id\n    capacity\n    hub {\n      id\n      name\n      nameKo\n    }\n    policy {\n      requiresApproval\n      memberOnly\n      minNoticeMinutes\n      maxDurationMinutes\n      maxAdvanceDays\n      bufferMinutes\n      weeklyQuotaHours\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment BookedBooking on Booking {\n    id\n    status\n    startsAt\n    endsAt\n    purpose\n    attendees\n    weeklyQuotaLeft\n    stakeholder {\n      id\n      name\n    }\n    space {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment BookedBooking on Booking {\n    id\n    status\n    startsAt\n    endsAt\n    purpose\n    attendees\n    weeklyQuotaLeft\n    stakeholder {\n      id\n      name\n    }\n    space {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BookSpace($input: BookSpaceInput!) {\n    bookSpace(input: $input) {\n      ...BookedBooking\n    }\n  }\n"): (typeof documents)["\n  mutation BookSpace($input: BookSpaceInput!) {\n    bookSpace(input: $input) {\n      ...BookedBooking\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BookSpaceSeries($input: BookSeriesInput!) {\n    bookSpaceSeries(input: $input) {\n      id\n      booked {\n        ...BookedBooking\n      }\n      skipped {\n        startsAt\n        endsAt\n        code\n        reason\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation BookSpaceSeries($input: BookSeriesInput!) {\n    bookSpaceSeries(input: $input) {\n      id\n      booked {\n        ...BookedBooking\n      }\n      skipped {\n        startsAt\n        endsAt\n        code\n        reason\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WeeklyQuotaLeft($spaceId: ID!, $stakeholderId: ID!, $weekOf: DateTime!) {\n    space(id: $spaceId) {\n      id\n      weeklyQuotaLeft(stakeholderId: $stakeholderId, weekOf: $weekOf)\n    }\n  }\n"): (typeof documents)["\n  query WeeklyQuotaLeft($spaceId: ID!, $stakeholderId: ID!, $weekOf: DateTime!) {\n    space(id: $spaceId) {\n      id\n      weeklyQuotaLeft(stakeholderId: $stakeholderId, weekOf: $weekOf)\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment BookingItem on Booking {\n    id\n    status\n    startsAt\n    endsAt\n    purpose\n    attendees\n    checkedInAt\n    cancellableUntil\n    checkInOpensAt\n    checkInClosesAt\n    noShowAt\n    availableActions\n    seriesId\n    space {\n      id\n      name\n    }\n    stakeholder {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment BookingItem on Booking {\n    id\n    status\n    startsAt\n    endsAt\n    purpose\n    attendees\n    checkedInAt\n    cancellableUntil\n    checkInOpensAt\n    checkInClosesAt\n    noShowAt\n    availableActions\n    seriesId\n    space {\n      id\n      name\n    }\n    stakeholder {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelMyBooking($id: ID!) {\n    cancelBooking(id: $id) {\n      ...BookingItem\n    }\n  }\n"): (typeof documents)["\n  mutation CancelMyBooking($id: ID!) {\n    cancelBooking(id: $id) {\n      ...BookingItem\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CheckInMyBooking($id: ID!) {\n    checkInBooking(id: $id) {\n      ...BookingItem\n    }\n  }\n"): (typeof documents)["\n  mutation CheckInMyBooking($id: ID!) {\n    checkInBooking(id: $id) {\n      ...BookingItem\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EventDetails on Event {\n    id\n    title\n    description\n    startsAt\n    endsAt\n    capacity\n    attendeeCount\n    waitlistCount\n    availableActions\n    hub {\n      id\n      name\n      nameKo\n      slug\n    }\n    space {\n      id\n      name\n    }\n    stakeholder {\n      id\n      name\n    }\n    organizer {\n      id\n      displayName\n    }\n    myRsvp {\n      id\n      status\n      waitlistPosition\n    }\n  }\n"): (typeof documents)["\n  fragment EventDetails on Event {\n    id\n    title\n    description\n    startsAt\n    endsAt\n    capacity\n    attendeeCount\n    waitlistCount\n    availableActions\n    hub {\n      id\n      name\n      nameKo\n      slug\n    }\n    space {\n      id\n      name\n    }\n    stakeholder {\n      id\n      name\n    }\n    organizer {\n      id\n      displayName\n    }\n    myRsvp {\n      id\n      status\n      waitlistPosition\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EventPage($id: ID!) {\n    event(id: $id) {\n      ...EventDetails\n    }\n  }\n"): (typeof documents)["\n  query EventPage($id: ID!) {\n    event(id: $id) {\n      ...EventDetails\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RsvpEvent($id: ID!) {\n    rsvpEvent(id: $id) {\n      ...EventDetails\n    }\n  }\n"): (typeof documents)["\n  mutation RsvpEvent($id: ID!) {\n    rsvpEvent(id: $id) {\n      ...EventDetails\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelRsvp($id: ID!) {\n    cancelRsvp(id: $id) {\n      ...EventDetails\n    }\n  }\n"): (typeof documents)["\n  mutation CancelRsvp($id: ID!) {\n    cancelRsvp(id: $id) {\n      ...EventDetails\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyBookingsPage($pastFrom: DateTime!, $now: DateTime!) {\n    me {\n      id\n      bookings(first: 20) {\n        edges {\n          node {\n            ...BookingItem\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n    myBookings(from: $pastFrom, to: $now, first: 20) {\n      edges {\n        node {\n          ...BookingItem\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyBookingsPage($pastFrom: DateTime!, $now: DateTime!) {\n    me {\n      id\n      bookings(first: 20) {\n        edges {\n          node {\n            ...BookingItem\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n    myBookings(from: $pastFrom, to: $now, first: 20) {\n      edges {\n        node {\n          ...BookingItem\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MoreUpcomingBookings($after: String) {\n    me {\n      id\n      bookings(first: 20, after: $after) {\n        edges {\n          node {\n            ...BookingItem\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MoreUpcomingBookings($after: String) {\n    me {\n      id\n      bookings(first: 20, after: $after) {\n        edges {\n          node {\n            ...BookingItem\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MorePastBookings($pastFrom: DateTime!, $now: DateTime!, $after: String) {\n    myBookings(from: $pastFrom, to: $now, first: 20, after: $after) {\n      edges {\n        node {\n          ...BookingItem\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query MorePastBookings($pastFrom: DateTime!, $now: DateTime!, $after: String) {\n    myBookings(from: $pastFrom, to: $now, first: 20, after: $after) {\n      edges {\n        node {\n          ...BookingItem\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SpaceWeek($id: ID!, $from: DateTime!, $to: DateTime!, $signedIn: Boolean!) {\n    space(id: $id) {\n      id\n      name\n      kind\n      capacity\n      amenities\n      archivedAt\n      openingHours {\n        weekday\n        opens\n        closes\n      }\n      hub {\n        id\n        name\n        nameKo\n        slug\n      }\n      ...BookingFormSpace\n    }\n    availability(spaceId: $id, from: $from, to: $to) {\n      startsAt\n      endsAt\n    }\n    myBookings(from: $from, to: $to, first: 100) @include(if: $signedIn) {\n      edges {\n        node {\n          id\n          startsAt\n          endsAt\n          status\n          space {\n            id\n          }\n        }\n      }\n    }\n    me @include(if: $signedIn) {\n      id\n      stakeholders {\n        id\n        stakeholder {\n          id\n          name\n          memberships(first: 100) {\n            edges {\n              node {\n                id\n                status\n                hub {\n                  id\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SpaceWeek($id: ID!, $from: DateTime!, $to: DateTime!, $signedIn: Boolean!) {\n    space(id: $id) {\n      id\n      name\n      kind\n      capacity\n      amenities\n      archivedAt\n      openingHours {\n        weekday\n        opens\n        closes\n      }\n      hub {\n        id\n        name\n        nameKo\n        slug\n      }\n      ...BookingFormSpace\n    }\n    availability(spaceId: $id, from: $from, to: $to) {\n      startsAt\n      endsAt\n    }\n    myBookings(from: $from, to: $to, first: 100) @include(if: $signedIn) {\n      edges {\n        node {\n          id\n          startsAt\n          endsAt\n          status\n          space {\n            id\n          }\n        }\n      }\n    }\n    me @include(if: $signedIn) {\n      id\n      stakeholders {\n        id\n        stakeholder {\n          id\n          name\n          memberships(first: 100) {\n            edges {\n              node {\n                id\n                status\n                hub {\n                  id\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;