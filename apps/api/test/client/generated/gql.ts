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
    "\n  fragment UserCard on User {\n    id\n    displayName\n    email\n  }\n": typeof types.UserCardFragmentDoc,
    "\n  mutation Register($input: RegisterInput!) {\n    register(input: $input) {\n      accessToken\n      user {\n        ...UserCard\n        emailVerified\n      }\n    }\n  }\n": typeof types.RegisterDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n      user {\n        id\n        displayName\n        role\n      }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  query Me {\n    me {\n      ...UserCard\n      role\n    }\n  }\n": typeof types.MeDocument,
    "\n  fragment PageEnd on PageInfo {\n    hasNextPage\n    endCursor\n  }\n": typeof types.PageEndFragmentDoc,
    "\n  fragment MembershipSummary on Membership {\n    id\n    status\n    plan\n    hub {\n      id\n      name\n    }\n  }\n": typeof types.MembershipSummaryFragmentDoc,
    "\n  fragment StakeholderMemberships on Stakeholder {\n    id\n    memberships {\n      totalCount\n      pageInfo {\n        ...PageEnd\n      }\n      edges {\n        cursor\n        node {\n          ...MembershipSummary\n        }\n      }\n    }\n  }\n": typeof types.StakeholderMembershipsFragmentDoc,
    "\n  fragment StakeholderProfile on Stakeholder {\n    id\n    name\n    kind\n    version\n    members {\n      id\n      role\n      user {\n        id\n        displayName\n      }\n    }\n    ...StakeholderMemberships\n  }\n": typeof types.StakeholderProfileFragmentDoc,
    "\n  query StakeholderPage($id: ID!) {\n    stakeholder(id: $id) {\n      ...StakeholderProfile\n    }\n  }\n": typeof types.StakeholderPageDocument,
    "\n  mutation CreateStakeholder($input: CreateStakeholderInput!) {\n    createStakeholder(input: $input) {\n      ...StakeholderProfile\n    }\n  }\n": typeof types.CreateStakeholderDocument,
    "\n  mutation ApplyForMembership($input: ApplyForMembershipInput!) {\n    applyForMembership(input: $input) {\n      ...MembershipSummary\n      stakeholder {\n        ...StakeholderMemberships\n      }\n    }\n  }\n": typeof types.ApplyForMembershipDocument,
    "\n  fragment StaffPost on HubStaff {\n    id\n    role\n    user {\n      id\n      displayName\n    }\n  }\n": typeof types.StaffPostFragmentDoc,
    "\n  fragment SpaceCard on Space {\n    id\n    name\n    capacity\n    policy {\n      requiresApproval\n      memberOnly\n    }\n  }\n": typeof types.SpaceCardFragmentDoc,
    "\n  query HubPage($slug: String!) {\n    hub(slug: $slug) {\n      id\n      name\n      staff {\n        ...StaffPost\n      }\n      spaces {\n        ...SpaceCard\n      }\n    }\n  }\n": typeof types.HubPageDocument,
    "\n  mutation AssignHubStaff($hubId: ID!, $userId: ID!, $role: HubStaffRole!) {\n    assignHubStaff(hubId: $hubId, userId: $userId, role: $role) {\n      ...StaffPost\n      hub {\n        id\n        staff {\n          ...StaffPost\n        }\n      }\n    }\n  }\n": typeof types.AssignHubStaffDocument,
    "\n  mutation CreateSpace($input: CreateSpaceInput!) {\n    createSpace(input: $input) {\n      ...SpaceCard\n      hub {\n        id\n        spaces {\n          ...SpaceCard\n        }\n      }\n    }\n  }\n": typeof types.CreateSpaceDocument,
    "\n  query ReviewQueue($hubId: ID!) {\n    membershipApplications(hubId: $hubId, first: 50) {\n      totalCount\n      edges {\n        node {\n          id\n          status\n          stakeholder {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.ReviewQueueDocument,
    "\n  fragment MembershipHistory on Membership {\n    id\n    status\n    history {\n      action\n      from\n      to\n      note\n    }\n  }\n": typeof types.MembershipHistoryFragmentDoc,
    "\n  mutation StartMembershipReview($id: ID!) {\n    startMembershipReview(id: $id) {\n      ...MembershipHistory\n    }\n  }\n": typeof types.StartMembershipReviewDocument,
    "\n  mutation ApproveMembership($id: ID!, $note: String) {\n    approveMembership(id: $id, note: $note) {\n      ...MembershipHistory\n    }\n  }\n": typeof types.ApproveMembershipDocument,
    "\n  fragment BookingCard on Booking {\n    id\n    status\n    startsAt\n    endsAt\n    purpose\n    space {\n      id\n      name\n    }\n    stakeholder {\n      id\n    }\n  }\n": typeof types.BookingCardFragmentDoc,
    "\n  fragment UpcomingBookings on User {\n    id\n    bookings {\n      totalCount\n      pageInfo {\n        ...PageEnd\n      }\n      edges {\n        cursor\n        node {\n          id\n          status\n          startsAt\n          space {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.UpcomingBookingsFragmentDoc,
    "\n  mutation BookSpace($input: BookSpaceInput!) {\n    bookSpace(input: $input) {\n      ...BookingCard\n      booker {\n        ...UpcomingBookings\n      }\n    }\n  }\n": typeof types.BookSpaceDocument,
    "\n  query MyBookings {\n    me {\n      ...UpcomingBookings\n    }\n  }\n": typeof types.MyBookingsDocument,
    "\n  query SpaceBookings($spaceId: ID!, $from: DateTime!, $to: DateTime!) {\n    spaceBookings(spaceId: $spaceId, from: $from, to: $to) {\n      totalCount\n      pageInfo {\n        ...PageEnd\n      }\n      edges {\n        cursor\n        node {\n          id\n          status\n          startsAt\n          booker {\n            id\n            displayName\n          }\n        }\n      }\n    }\n  }\n": typeof types.SpaceBookingsDocument,
    "\n  mutation ApproveBooking($id: ID!) {\n    approveBooking(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.ApproveBookingDocument,
    "\n  mutation CancelBooking($id: ID!, $reason: String) {\n    cancelBooking(id: $id, reason: $reason) {\n      id\n      status\n    }\n  }\n": typeof types.CancelBookingDocument,
    "\n  fragment EventAnswer on Event {\n    id\n    attendeeCount\n    waitlistCount\n    myRsvp {\n      id\n      status\n      waitlistPosition\n    }\n  }\n": typeof types.EventAnswerFragmentDoc,
    "\n  mutation CreateEvent($input: CreateEventInput!) {\n    createEvent(input: $input) {\n      ...EventAnswer\n      title\n      capacity\n      startsAt\n    }\n  }\n": typeof types.CreateEventDocument,
    "\n  query EventPage($id: ID!) {\n    event(id: $id) {\n      ...EventAnswer\n      title\n      capacity\n    }\n  }\n": typeof types.EventPageDocument,
    "\n  mutation RsvpEvent($id: ID!) {\n    rsvpEvent(id: $id) {\n      ...EventAnswer\n    }\n  }\n": typeof types.RsvpEventDocument,
    "\n  mutation CancelRsvp($id: ID!) {\n    cancelRsvp(id: $id) {\n      ...EventAnswer\n    }\n  }\n": typeof types.CancelRsvpDocument,
};
const documents: Documents = {
    "\n  fragment UserCard on User {\n    id\n    displayName\n    email\n  }\n": types.UserCardFragmentDoc,
    "\n  mutation Register($input: RegisterInput!) {\n    register(input: $input) {\n      accessToken\n      user {\n        ...UserCard\n        emailVerified\n      }\n    }\n  }\n": types.RegisterDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n      user {\n        id\n        displayName\n        role\n      }\n    }\n  }\n": types.LoginDocument,
    "\n  query Me {\n    me {\n      ...UserCard\n      role\n    }\n  }\n": types.MeDocument,
    "\n  fragment PageEnd on PageInfo {\n    hasNextPage\n    endCursor\n  }\n": types.PageEndFragmentDoc,
    "\n  fragment MembershipSummary on Membership {\n    id\n    status\n    plan\n    hub {\n      id\n      name\n    }\n  }\n": types.MembershipSummaryFragmentDoc,
    "\n  fragment StakeholderMemberships on Stakeholder {\n    id\n    memberships {\n      totalCount\n      pageInfo {\n        ...PageEnd\n      }\n      edges {\n        cursor\n        node {\n          ...MembershipSummary\n        }\n      }\n    }\n  }\n": types.StakeholderMembershipsFragmentDoc,
    "\n  fragment StakeholderProfile on Stakeholder {\n    id\n    name\n    kind\n    version\n    members {\n      id\n      role\n      user {\n        id\n        displayName\n      }\n    }\n    ...StakeholderMemberships\n  }\n": types.StakeholderProfileFragmentDoc,
    "\n  query StakeholderPage($id: ID!) {\n    stakeholder(id: $id) {\n      ...StakeholderProfile\n    }\n  }\n": types.StakeholderPageDocument,
    "\n  mutation CreateStakeholder($input: CreateStakeholderInput!) {\n    createStakeholder(input: $input) {\n      ...StakeholderProfile\n    }\n  }\n": types.CreateStakeholderDocument,
    "\n  mutation ApplyForMembership($input: ApplyForMembershipInput!) {\n    applyForMembership(input: $input) {\n      ...MembershipSummary\n      stakeholder {\n        ...StakeholderMemberships\n      }\n    }\n  }\n": types.ApplyForMembershipDocument,
    "\n  fragment StaffPost on HubStaff {\n    id\n    role\n    user {\n      id\n      displayName\n    }\n  }\n": types.StaffPostFragmentDoc,
    "\n  fragment SpaceCard on Space {\n    id\n    name\n    capacity\n    policy {\n      requiresApproval\n      memberOnly\n    }\n  }\n": types.SpaceCardFragmentDoc,
    "\n  query HubPage($slug: String!) {\n    hub(slug: $slug) {\n      id\n      name\n      staff {\n        ...StaffPost\n      }\n      spaces {\n        ...SpaceCard\n      }\n    }\n  }\n": types.HubPageDocument,
    "\n  mutation AssignHubStaff($hubId: ID!, $userId: ID!, $role: HubStaffRole!) {\n    assignHubStaff(hubId: $hubId, userId: $userId, role: $role) {\n      ...StaffPost\n      hub {\n        id\n        staff {\n          ...StaffPost\n        }\n      }\n    }\n  }\n": types.AssignHubStaffDocument,
    "\n  mutation CreateSpace($input: CreateSpaceInput!) {\n    createSpace(input: $input) {\n      ...SpaceCard\n      hub {\n        id\n        spaces {\n          ...SpaceCard\n        }\n      }\n    }\n  }\n": types.CreateSpaceDocument,
    "\n  query ReviewQueue($hubId: ID!) {\n    membershipApplications(hubId: $hubId, first: 50) {\n      totalCount\n      edges {\n        node {\n          id\n          status\n          stakeholder {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": types.ReviewQueueDocument,
    "\n  fragment MembershipHistory on Membership {\n    id\n    status\n    history {\n      action\n      from\n      to\n      note\n    }\n  }\n": types.MembershipHistoryFragmentDoc,
    "\n  mutation StartMembershipReview($id: ID!) {\n    startMembershipReview(id: $id) {\n      ...MembershipHistory\n    }\n  }\n": types.StartMembershipReviewDocument,
    "\n  mutation ApproveMembership($id: ID!, $note: String) {\n    approveMembership(id: $id, note: $note) {\n      ...MembershipHistory\n    }\n  }\n": types.ApproveMembershipDocument,
    "\n  fragment BookingCard on Booking {\n    id\n    status\n    startsAt\n    endsAt\n    purpose\n    space {\n      id\n      name\n    }\n    stakeholder {\n      id\n    }\n  }\n": types.BookingCardFragmentDoc,
    "\n  fragment UpcomingBookings on User {\n    id\n    bookings {\n      totalCount\n      pageInfo {\n        ...PageEnd\n      }\n      edges {\n        cursor\n        node {\n          id\n          status\n          startsAt\n          space {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": types.UpcomingBookingsFragmentDoc,
    "\n  mutation BookSpace($input: BookSpaceInput!) {\n    bookSpace(input: $input) {\n      ...BookingCard\n      booker {\n        ...UpcomingBookings\n      }\n    }\n  }\n": types.BookSpaceDocument,
    "\n  query MyBookings {\n    me {\n      ...UpcomingBookings\n    }\n  }\n": types.MyBookingsDocument,
    "\n  query SpaceBookings($spaceId: ID!, $from: DateTime!, $to: DateTime!) {\n    spaceBookings(spaceId: $spaceId, from: $from, to: $to) {\n      totalCount\n      pageInfo {\n        ...PageEnd\n      }\n      edges {\n        cursor\n        node {\n          id\n          status\n          startsAt\n          booker {\n            id\n            displayName\n          }\n        }\n      }\n    }\n  }\n": types.SpaceBookingsDocument,
    "\n  mutation ApproveBooking($id: ID!) {\n    approveBooking(id: $id) {\n      id\n      status\n    }\n  }\n": types.ApproveBookingDocument,
    "\n  mutation CancelBooking($id: ID!, $reason: String) {\n    cancelBooking(id: $id, reason: $reason) {\n      id\n      status\n    }\n  }\n": types.CancelBookingDocument,
    "\n  fragment EventAnswer on Event {\n    id\n    attendeeCount\n    waitlistCount\n    myRsvp {\n      id\n      status\n      waitlistPosition\n    }\n  }\n": types.EventAnswerFragmentDoc,
    "\n  mutation CreateEvent($input: CreateEventInput!) {\n    createEvent(input: $input) {\n      ...EventAnswer\n      title\n      capacity\n      startsAt\n    }\n  }\n": types.CreateEventDocument,
    "\n  query EventPage($id: ID!) {\n    event(id: $id) {\n      ...EventAnswer\n      title\n      capacity\n    }\n  }\n": types.EventPageDocument,
    "\n  mutation RsvpEvent($id: ID!) {\n    rsvpEvent(id: $id) {\n      ...EventAnswer\n    }\n  }\n": types.RsvpEventDocument,
    "\n  mutation CancelRsvp($id: ID!) {\n    cancelRsvp(id: $id) {\n      ...EventAnswer\n    }\n  }\n": types.CancelRsvpDocument,
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
export function graphql(source: "\n  fragment UserCard on User {\n    id\n    displayName\n    email\n  }\n"): (typeof documents)["\n  fragment UserCard on User {\n    id\n    displayName\n    email\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Register($input: RegisterInput!) {\n    register(input: $input) {\n      accessToken\n      user {\n        ...UserCard\n        emailVerified\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Register($input: RegisterInput!) {\n    register(input: $input) {\n      accessToken\n      user {\n        ...UserCard\n        emailVerified\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n      user {\n        id\n        displayName\n        role\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n      user {\n        id\n        displayName\n        role\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      ...UserCard\n      role\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      ...UserCard\n      role\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PageEnd on PageInfo {\n    hasNextPage\n    endCursor\n  }\n"): (typeof documents)["\n  fragment PageEnd on PageInfo {\n    hasNextPage\n    endCursor\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MembershipSummary on Membership {\n    id\n    status\n    plan\n    hub {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment MembershipSummary on Membership {\n    id\n    status\n    plan\n    hub {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment StakeholderMemberships on Stakeholder {\n    id\n    memberships {\n      totalCount\n      pageInfo {\n        ...PageEnd\n      }\n      edges {\n        cursor\n        node {\n          ...MembershipSummary\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment StakeholderMemberships on Stakeholder {\n    id\n    memberships {\n      totalCount\n      pageInfo {\n        ...PageEnd\n      }\n      edges {\n        cursor\n        node {\n          ...MembershipSummary\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment StakeholderProfile on Stakeholder {\n    id\n    name\n    kind\n    version\n    members {\n      id\n      role\n      user {\n        id\n        displayName\n      }\n    }\n    ...StakeholderMemberships\n  }\n"): (typeof documents)["\n  fragment StakeholderProfile on Stakeholder {\n    id\n    name\n    kind\n    version\n    members {\n      id\n      role\n      user {\n        id\n        displayName\n      }\n    }\n    ...StakeholderMemberships\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StakeholderPage($id: ID!) {\n    stakeholder(id: $id) {\n      ...StakeholderProfile\n    }\n  }\n"): (typeof documents)["\n  query StakeholderPage($id: ID!) {\n    stakeholder(id: $id) {\n      ...StakeholderProfile\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateStakeholder($input: CreateStakeholderInput!) {\n    createStakeholder(input: $input) {\n      ...StakeholderProfile\n    }\n  }\n"): (typeof documents)["\n  mutation CreateStakeholder($input: CreateStakeholderInput!) {\n    createStakeholder(input: $input) {\n      ...StakeholderProfile\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApplyForMembership($input: ApplyForMembershipInput!) {\n    applyForMembership(input: $input) {\n      ...MembershipSummary\n      stakeholder {\n        ...StakeholderMemberships\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ApplyForMembership($input: ApplyForMembershipInput!) {\n    applyForMembership(input: $input) {\n      ...MembershipSummary\n      stakeholder {\n        ...StakeholderMemberships\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment StaffPost on HubStaff {\n    id\n    role\n    user {\n      id\n      displayName\n    }\n  }\n"): (typeof documents)["\n  fragment StaffPost on HubStaff {\n    id\n    role\n    user {\n      id\n      displayName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SpaceCard on Space {\n    id\n    name\n    capacity\n    policy {\n      requiresApproval\n      memberOnly\n    }\n  }\n"): (typeof documents)["\n  fragment SpaceCard on Space {\n    id\n    name\n    capacity\n    policy {\n      requiresApproval\n      memberOnly\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HubPage($slug: String!) {\n    hub(slug: $slug) {\n      id\n      name\n      staff {\n        ...StaffPost\n      }\n      spaces {\n        ...SpaceCard\n      }\n    }\n  }\n"): (typeof documents)["\n  query HubPage($slug: String!) {\n    hub(slug: $slug) {\n      id\n      name\n      staff {\n        ...StaffPost\n      }\n      spaces {\n        ...SpaceCard\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssignHubStaff($hubId: ID!, $userId: ID!, $role: HubStaffRole!) {\n    assignHubStaff(hubId: $hubId, userId: $userId, role: $role) {\n      ...StaffPost\n      hub {\n        id\n        staff {\n          ...StaffPost\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AssignHubStaff($hubId: ID!, $userId: ID!, $role: HubStaffRole!) {\n    assignHubStaff(hubId: $hubId, userId: $userId, role: $role) {\n      ...StaffPost\n      hub {\n        id\n        staff {\n          ...StaffPost\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateSpace($input: CreateSpaceInput!) {\n    createSpace(input: $input) {\n      ...SpaceCard\n      hub {\n        id\n        spaces {\n          ...SpaceCard\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateSpace($input: CreateSpaceInput!) {\n    createSpace(input: $input) {\n      ...SpaceCard\n      hub {\n        id\n        spaces {\n          ...SpaceCard\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReviewQueue($hubId: ID!) {\n    membershipApplications(hubId: $hubId, first: 50) {\n      totalCount\n      edges {\n        node {\n          id\n          status\n          stakeholder {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReviewQueue($hubId: ID!) {\n    membershipApplications(hubId: $hubId, first: 50) {\n      totalCount\n      edges {\n        node {\n          id\n          status\n          stakeholder {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MembershipHistory on Membership {\n    id\n    status\n    history {\n      action\n      from\n      to\n      note\n    }\n  }\n"): (typeof documents)["\n  fragment MembershipHistory on Membership {\n    id\n    status\n    history {\n      action\n      from\n      to\n      note\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartMembershipReview($id: ID!) {\n    startMembershipReview(id: $id) {\n      ...MembershipHistory\n    }\n  }\n"): (typeof documents)["\n  mutation StartMembershipReview($id: ID!) {\n    startMembershipReview(id: $id) {\n      ...MembershipHistory\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApproveMembership($id: ID!, $note: String) {\n    approveMembership(id: $id, note: $note) {\n      ...MembershipHistory\n    }\n  }\n"): (typeof documents)["\n  mutation ApproveMembership($id: ID!, $note: String) {\n    approveMembership(id: $id, note: $note) {\n      ...MembershipHistory\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment BookingCard on Booking {\n    id\n    status\n    startsAt\n    endsAt\n    purpose\n    space {\n      id\n      name\n    }\n    stakeholder {\n      id\n    }\n  }\n"): (typeof documents)["\n  fragment BookingCard on Booking {\n    id\n    status\n    startsAt\n    endsAt\n    purpose\n    space {\n      id\n      name\n    }\n    stakeholder {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment UpcomingBookings on User {\n    id\n    bookings {\n      totalCount\n      pageInfo {\n        ...PageEnd\n      }\n      edges {\n        cursor\n        node {\n          id\n          status\n          startsAt\n          space {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment UpcomingBookings on User {\n    id\n    bookings {\n      totalCount\n      pageInfo {\n        ...PageEnd\n      }\n      edges {\n        cursor\n        node {\n          id\n          status\n          startsAt\n          space {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BookSpace($input: BookSpaceInput!) {\n    bookSpace(input: $input) {\n      ...BookingCard\n      booker {\n        ...UpcomingBookings\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation BookSpace($input: BookSpaceInput!) {\n    bookSpace(input: $input) {\n      ...BookingCard\n      booker {\n        ...UpcomingBookings\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyBookings {\n    me {\n      ...UpcomingBookings\n    }\n  }\n"): (typeof documents)["\n  query MyBookings {\n    me {\n      ...UpcomingBookings\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SpaceBookings($spaceId: ID!, $from: DateTime!, $to: DateTime!) {\n    spaceBookings(spaceId: $spaceId, from: $from, to: $to) {\n      totalCount\n      pageInfo {\n        ...PageEnd\n      }\n      edges {\n        cursor\n        node {\n          id\n          status\n          startsAt\n          booker {\n            id\n            displayName\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SpaceBookings($spaceId: ID!, $from: DateTime!, $to: DateTime!) {\n    spaceBookings(spaceId: $spaceId, from: $from, to: $to) {\n      totalCount\n      pageInfo {\n        ...PageEnd\n      }\n      edges {\n        cursor\n        node {\n          id\n          status\n          startsAt\n          booker {\n            id\n            displayName\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApproveBooking($id: ID!) {\n    approveBooking(id: $id) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation ApproveBooking($id: ID!) {\n    approveBooking(id: $id) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelBooking($id: ID!, $reason: String) {\n    cancelBooking(id: $id, reason: $reason) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation CancelBooking($id: ID!, $reason: String) {\n    cancelBooking(id: $id, reason: $reason) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EventAnswer on Event {\n    id\n    attendeeCount\n    waitlistCount\n    myRsvp {\n      id\n      status\n      waitlistPosition\n    }\n  }\n"): (typeof documents)["\n  fragment EventAnswer on Event {\n    id\n    attendeeCount\n    waitlistCount\n    myRsvp {\n      id\n      status\n      waitlistPosition\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateEvent($input: CreateEventInput!) {\n    createEvent(input: $input) {\n      ...EventAnswer\n      title\n      capacity\n      startsAt\n    }\n  }\n"): (typeof documents)["\n  mutation CreateEvent($input: CreateEventInput!) {\n    createEvent(input: $input) {\n      ...EventAnswer\n      title\n      capacity\n      startsAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EventPage($id: ID!) {\n    event(id: $id) {\n      ...EventAnswer\n      title\n      capacity\n    }\n  }\n"): (typeof documents)["\n  query EventPage($id: ID!) {\n    event(id: $id) {\n      ...EventAnswer\n      title\n      capacity\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RsvpEvent($id: ID!) {\n    rsvpEvent(id: $id) {\n      ...EventAnswer\n    }\n  }\n"): (typeof documents)["\n  mutation RsvpEvent($id: ID!) {\n    rsvpEvent(id: $id) {\n      ...EventAnswer\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelRsvp($id: ID!) {\n    cancelRsvp(id: $id) {\n      ...EventAnswer\n    }\n  }\n"): (typeof documents)["\n  mutation CancelRsvp($id: ID!) {\n    cancelRsvp(id: $id) {\n      ...EventAnswer\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;