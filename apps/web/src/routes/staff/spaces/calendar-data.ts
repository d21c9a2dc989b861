import { graphql } from '../../../graphql/generated';

// The hub calendar's documents: the rooms and every booking of the day or week in one request
// (Hub.bookings(from, to), the hub found by slug); each move answers the booking with the fields the grid shows.

export const CALENDAR_BOOKING = graphql(`
  fragment CalendarBooking on Booking {
    id
    status
    startsAt
    endsAt
    purpose
    attendees
    checkedInAt
    noShowAt
    availableActions
    space {
      id
    }
    booker {
      id
      displayName
    }
    stakeholder {
      id
      name
    }
    event {
      id
      title
    }
  }
`);

export const STAFF_CALENDAR = graphql(`
  query StaffCalendar($slug: String!, $from: DateTime!, $to: DateTime!) {
    ...StaffNavCounts
    hubs {
      ...StaffHubChoice
    }
    hub(slug: $slug) {
      id
      slug
      spaces {
        id
        name
        capacity
        openingHours {
          weekday
          opens
          closes
        }
        policy {
          bufferMinutes
          requiresApproval
        }
      }
      bookings(from: $from, to: $to, first: 100) {
        totalCount
        edges {
          node {
            ...CalendarBooking
          }
        }
      }
    }
  }
`);

export const APPROVE_BOOKING = graphql(`
  mutation StaffApproveBooking($id: ID!) {
    approveBooking(id: $id) {
      ...CalendarBooking
    }
  }
`);

export const REJECT_BOOKING = graphql(`
  mutation StaffRejectBooking($id: ID!, $reason: String!) {
    rejectBooking(id: $id, reason: $reason) {
      ...CalendarBooking
    }
  }
`);

export const FIND_STAKEHOLDERS = graphql(`
  query StaffFindStakeholders($search: String!) {
    stakeholders(filter: { search: $search }, first: 8) {
      edges {
        node {
          id
          name
          kind
        }
      }
    }
  }
`);

export const DESK_BOOK = graphql(`
  mutation StaffDeskBook($input: BookSpaceInput!) {
    bookSpace(input: $input) {
      ...CalendarBooking
    }
  }
`);

export const HOST_EVENT = graphql(`
  mutation StaffHostEvent($input: CreateEventInput!) {
    createEvent(input: $input) {
      id
      title
    }
  }
`);

export interface Room {
  id: string;
  name: string;
  capacity: number;
  openingHours: { weekday: number; opens: string; closes: string }[];
  policy: { bufferMinutes: number; requiresApproval: boolean };
}

/** Bookings that never held their slot are left off the grid (the count says how many). */
export const OFF_GRID = new Set(['CANCELLED', 'REJECTED']);
