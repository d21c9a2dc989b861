import { graphql } from './generated';

// The documents of the typed-client journeys, as a member portal and a staff back office would
// write them: each screen's query, and mutations that select what that screen shows next, so the
// normalised cache holds the new state without a refetch. `npm run codegen` types them.

// ── signing in ──────────────────────────────────────────────────────────────────────────────
export const UserCard = graphql(`
  fragment UserCard on User {
    id
    displayName
    email
  }
`);

export const Register = graphql(`
  mutation Register($input: RegisterInput!) {
    register(input: $input) {
      accessToken
      user {
        ...UserCard
        emailVerified
      }
    }
  }
`);

export const Login = graphql(`
  mutation Login($input: LoginInput!) {
    login(input: $input) {
      accessToken
      user {
        id
        displayName
        role
      }
    }
  }
`);

export const Me = graphql(`
  query Me {
    me {
      ...UserCard
      role
    }
  }
`);

// What a page of any connection says about where it ends.
export const PageEnd = graphql(`
  fragment PageEnd on PageInfo {
    hasNextPage
    endCursor
  }
`);

// ── a stakeholder and its memberships (the member's own page) ──────────────────────────────
export const MembershipSummary = graphql(`
  fragment MembershipSummary on Membership {
    id
    status
    plan
    hub {
      id
      name
    }
  }
`);

export const StakeholderMemberships = graphql(`
  fragment StakeholderMemberships on Stakeholder {
    id
    memberships {
      totalCount
      pageInfo {
        ...PageEnd
      }
      edges {
        cursor
        node {
          ...MembershipSummary
        }
      }
    }
  }
`);

export const StakeholderProfile = graphql(`
  fragment StakeholderProfile on Stakeholder {
    id
    name
    kind
    version
    members {
      id
      role
      user {
        id
        displayName
      }
    }
    ...StakeholderMemberships
  }
`);

export const StakeholderPage = graphql(`
  query StakeholderPage($id: ID!) {
    stakeholder(id: $id) {
      ...StakeholderProfile
    }
  }
`);

export const CreateStakeholder = graphql(`
  mutation CreateStakeholder($input: CreateStakeholderInput!) {
    createStakeholder(input: $input) {
      ...StakeholderProfile
    }
  }
`);

export const ApplyForMembership = graphql(`
  mutation ApplyForMembership($input: ApplyForMembershipInput!) {
    applyForMembership(input: $input) {
      ...MembershipSummary
      stakeholder {
        ...StakeholderMemberships
      }
    }
  }
`);

// ── the hub: its staff, rooms and review queue (the staff back office) ─────────────────────
export const StaffPost = graphql(`
  fragment StaffPost on HubStaff {
    id
    role
    user {
      id
      displayName
    }
  }
`);

export const SpaceCard = graphql(`
  fragment SpaceCard on Space {
    id
    name
    capacity
    policy {
      requiresApproval
      memberOnly
    }
  }
`);

export const HubPage = graphql(`
  query HubPage($slug: String!) {
    hub(slug: $slug) {
      id
      name
      staff {
        ...StaffPost
      }
      spaces {
        ...SpaceCard
      }
    }
  }
`);

export const AssignHubStaff = graphql(`
  mutation AssignHubStaff($hubId: ID!, $userId: ID!, $role: HubStaffRole!) {
    assignHubStaff(hubId: $hubId, userId: $userId, role: $role) {
      ...StaffPost
      hub {
        id
        staff {
          ...StaffPost
        }
      }
    }
  }
`);

export const CreateSpace = graphql(`
  mutation CreateSpace($input: CreateSpaceInput!) {
    createSpace(input: $input) {
      ...SpaceCard
      hub {
        id
        spaces {
          ...SpaceCard
        }
      }
    }
  }
`);

export const ReviewQueue = graphql(`
  query ReviewQueue($hubId: ID!) {
    membershipApplications(hubId: $hubId, first: 50) {
      totalCount
      edges {
        node {
          id
          status
          stakeholder {
            id
            name
          }
        }
      }
    }
  }
`);

export const MembershipHistory = graphql(`
  fragment MembershipHistory on Membership {
    id
    status
    history {
      action
      from
      to
      note
    }
  }
`);

export const StartMembershipReview = graphql(`
  mutation StartMembershipReview($id: ID!) {
    startMembershipReview(id: $id) {
      ...MembershipHistory
    }
  }
`);

export const ApproveMembership = graphql(`
  mutation ApproveMembership($id: ID!, $note: String) {
    approveMembership(id: $id, note: $note) {
      ...MembershipHistory
    }
  }
`);

// ── rooms and bookings ─────────────────────────────────────────────────────────────────────
export const BookingCard = graphql(`
  fragment BookingCard on Booking {
    id
    status
    startsAt
    endsAt
    purpose
    space {
      id
      name
    }
    stakeholder {
      id
    }
  }
`);

// The viewer's coming bookings, as `me` and a new booking's booker both show them.
export const UpcomingBookings = graphql(`
  fragment UpcomingBookings on User {
    id
    bookings {
      totalCount
      pageInfo {
        ...PageEnd
      }
      edges {
        cursor
        node {
          id
          status
          startsAt
          space {
            id
            name
          }
        }
      }
    }
  }
`);

export const BookSpace = graphql(`
  mutation BookSpace($input: BookSpaceInput!) {
    bookSpace(input: $input) {
      ...BookingCard
      booker {
        ...UpcomingBookings
      }
    }
  }
`);

export const MyBookings = graphql(`
  query MyBookings {
    me {
      ...UpcomingBookings
    }
  }
`);

export const SpaceBookings = graphql(`
  query SpaceBookings($spaceId: ID!, $from: DateTime!, $to: DateTime!) {
    spaceBookings(spaceId: $spaceId, from: $from, to: $to) {
      totalCount
      pageInfo {
        ...PageEnd
      }
      edges {
        cursor
        node {
          id
          status
          startsAt
          booker {
            id
            displayName
          }
        }
      }
    }
  }
`);

export const ApproveBooking = graphql(`
  mutation ApproveBooking($id: ID!) {
    approveBooking(id: $id) {
      id
      status
    }
  }
`);

export const CancelBooking = graphql(`
  mutation CancelBooking($id: ID!, $reason: String) {
    cancelBooking(id: $id, reason: $reason) {
      id
      status
    }
  }
`);

// ── events and RSVPs ───────────────────────────────────────────────────────────────────────
// What an event page shows of the viewer's answer: the counts and their own RSVP.
export const EventAnswer = graphql(`
  fragment EventAnswer on Event {
    id
    attendeeCount
    waitlistCount
    myRsvp {
      id
      status
      waitlistPosition
    }
  }
`);

export const CreateEvent = graphql(`
  mutation CreateEvent($input: CreateEventInput!) {
    createEvent(input: $input) {
      ...EventAnswer
      title
      capacity
      startsAt
    }
  }
`);

export const EventPage = graphql(`
  query EventPage($id: ID!) {
    event(id: $id) {
      ...EventAnswer
      title
      capacity
    }
  }
`);

// Both return the Event, so the cached event page follows the member's answer and the counts.
export const RsvpEvent = graphql(`
  mutation RsvpEvent($id: ID!) {
    rsvpEvent(id: $id) {
      ...EventAnswer
    }
  }
`);

export const CancelRsvp = graphql(`
  mutation CancelRsvp($id: ID!) {
    cancelRsvp(id: $id) {
      ...EventAnswer
    }
  }
`);
