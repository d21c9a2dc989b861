import { graphql } from './generated';

// The documents of the typed-client journeys, as a member portal and a staff back office would
// write them: each screen's query, and mutations that select what that screen shows next, so the
// normalised cache holds the new state without a refetch. `npm run codegen` types them.

// ── signing in ──────────────────────────────────────────────────────────────────────────────
export const Register = graphql(`
  mutation Register($input: RegisterInput!) {
    register(input: $input) {
      accessToken
      user {
        id
        displayName
        email
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
      id
      displayName
      email
      role
    }
  }
`);

export const UserCard = graphql(`
  fragment UserCard on User {
    id
    displayName
    email
  }
`);

// ── a stakeholder and its memberships (the member's own page) ──────────────────────────────
export const StakeholderPage = graphql(`
  query StakeholderPage($id: ID!) {
    stakeholder(id: $id) {
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
      memberships {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          cursor
          node {
            id
            status
            plan
            hub {
              id
              name
            }
          }
        }
      }
    }
  }
`);

export const CreateStakeholder = graphql(`
  mutation CreateStakeholder($input: CreateStakeholderInput!) {
    createStakeholder(input: $input) {
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
      memberships {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          cursor
          node {
            id
            status
            plan
            hub {
              id
              name
            }
          }
        }
      }
    }
  }
`);

export const ApplyForMembership = graphql(`
  mutation ApplyForMembership($input: ApplyForMembershipInput!) {
    applyForMembership(input: $input) {
      id
      status
      plan
      hub {
        id
        name
      }
      stakeholder {
        id
        memberships {
          totalCount
          pageInfo {
            hasNextPage
            endCursor
          }
          edges {
            cursor
            node {
              id
              status
              plan
              hub {
                id
                name
              }
            }
          }
        }
      }
    }
  }
`);

// ── the hub: its staff, rooms and review queue (the staff back office) ─────────────────────
export const HubPage = graphql(`
  query HubPage($slug: String!) {
    hub(slug: $slug) {
      id
      name
      staff {
        id
        role
        user {
          id
          displayName
        }
      }
      spaces {
        id
        name
        capacity
        policy {
          requiresApproval
          memberOnly
        }
      }
    }
  }
`);

export const AssignHubStaff = graphql(`
  mutation AssignHubStaff($hubId: ID!, $userId: ID!, $role: HubStaffRole!) {
    assignHubStaff(hubId: $hubId, userId: $userId, role: $role) {
      id
      role
      user {
        id
        displayName
      }
      hub {
        id
        staff {
          id
          role
          user {
            id
            displayName
          }
        }
      }
    }
  }
`);

export const CreateSpace = graphql(`
  mutation CreateSpace($input: CreateSpaceInput!) {
    createSpace(input: $input) {
      id
      name
      capacity
      policy {
        requiresApproval
        memberOnly
      }
      hub {
        id
        spaces {
          id
          name
          capacity
          policy {
            requiresApproval
            memberOnly
          }
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

export const StartMembershipReview = graphql(`
  mutation StartMembershipReview($id: ID!) {
    startMembershipReview(id: $id) {
      id
      status
      history {
        action
        from
        to
        note
      }
    }
  }
`);

export const ApproveMembership = graphql(`
  mutation ApproveMembership($id: ID!, $note: String) {
    approveMembership(id: $id, note: $note) {
      id
      status
      history {
        action
        from
        to
        note
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

export const BookSpace = graphql(`
  mutation BookSpace($input: BookSpaceInput!) {
    bookSpace(input: $input) {
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
      booker {
        id
        bookings {
          totalCount
          pageInfo {
            hasNextPage
            endCursor
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
    }
  }
`);

export const MyBookings = graphql(`
  query MyBookings {
    me {
      id
      bookings {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
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
  }
`);

export const SpaceBookings = graphql(`
  query SpaceBookings($spaceId: ID!, $from: DateTime!, $to: DateTime!) {
    spaceBookings(spaceId: $spaceId, from: $from, to: $to) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
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
export const CreateEvent = graphql(`
  mutation CreateEvent($input: CreateEventInput!) {
    createEvent(input: $input) {
      id
      title
      capacity
      attendeeCount
      waitlistCount
      startsAt
      myRsvp {
        id
        status
        waitlistPosition
      }
    }
  }
`);

export const EventPage = graphql(`
  query EventPage($id: ID!) {
    event(id: $id) {
      id
      title
      capacity
      attendeeCount
      waitlistCount
      myRsvp {
        id
        status
        waitlistPosition
      }
    }
  }
`);

// Both return the Event, so the cached event page follows the member's answer and the counts.
export const RsvpEvent = graphql(`
  mutation RsvpEvent($id: ID!) {
    rsvpEvent(id: $id) {
      id
      attendeeCount
      waitlistCount
      myRsvp {
        id
        status
        waitlistPosition
      }
    }
  }
`);

export const CancelRsvp = graphql(`
  mutation CancelRsvp($id: ID!) {
    cancelRsvp(id: $id) {
      id
      attendeeCount
      waitlistCount
      myRsvp {
        id
        status
        waitlistPosition
      }
    }
  }
`);
