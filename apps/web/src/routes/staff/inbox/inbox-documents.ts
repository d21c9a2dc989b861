import { graphql } from '../../../graphql/generated';

// The inbox's documents. Each item's fragment is what the list and the detail pane show, and
// each move answers it again (with its history), so the cache updates the item in place; an
// item that leaves its queue is taken out of the cached inbox by inbox-cache.ts (no refetch).
// Histories are read when an item is opened: twenty of them per queue would cost the first
// view more than the API's query-cost limit allows.

graphql(`
  fragment StaffInboxCounts on StaffInboxCounts {
    applications
    bookings
    partnerships
    projects
    budgetRounds
    total
  }
`);

graphql(`
  fragment StaffInboxApplication on Membership {
    id
    status
    plan
    motivation
    createdAt
    hub {
      id
      name
    }
    stakeholder {
      id
      name
    }
    availableActions
  }
`);

graphql(`
  fragment StaffInboxBooking on Booking {
    id
    status
    startsAt
    endsAt
    purpose
    attendees
    createdAt
    space {
      id
      name
      hub {
        id
        name
      }
    }
    stakeholder {
      id
      name
    }
    booker {
      id
      displayName
    }
    availableActions
  }
`);

graphql(`
  fragment StaffInboxPartnership on Partnership {
    id
    status
    kind
    title
    summary
    startsOn
    endsOn
    createdAt
    hub {
      id
      name
    }
    proposer {
      id
      name
    }
    partner {
      id
      name
    }
    availableActions
  }
`);

graphql(`
  fragment StaffInboxProject on Project {
    id
    status
    title
    summary
    requestedBudget
    createdAt
    hub {
      id
      name
    }
    leadStakeholder {
      id
      name
    }
    committee {
      id
      name
    }
    reviewSummary {
      round
      reviewCount
      averageScore
      recommendations {
        recommendation
        count
      }
    }
    availableActions
  }
`);

graphql(`
  fragment StaffInboxRound on BudgetRound {
    id
    status
    title
    totalBudget
    tallyMethod
    createdAt
    hub {
      id
      name
    }
    availableActions
  }
`);

/**
 * The staff navigation's counts, spread into every staff page's query, so the navigation reads
 * them from the cache (STAFF_NAV_COUNTS is cache-only) and costs no request of its own.
 */
export const STAFF_NAV_COUNTS_FIELDS = graphql(`
  fragment StaffNavCounts on Query {
    # Aliased: a page may ask staffInbox of one hub too. The cache keys by field and arguments.
    navInbox: staffInbox(hubId: null) {
      counts {
        ...StaffInboxCounts
      }
    }
  }
`);

export const STAFF_NAV_COUNTS = graphql(`
  query StaffNavCounts($hubId: ID) {
    staffInbox(hubId: $hubId) {
      counts {
        ...StaffInboxCounts
      }
    }
  }
`);

/** The inbox's first view: the hubs to filter on, the counts and the first page of each queue. */
export const STAFF_INBOX = graphql(`
  query StaffInboxPage($hubId: ID) {
    ...StaffNavCounts
    hubs {
      id
      name
    }
    staffInbox(hubId: $hubId) {
      hubId
      counts {
        ...StaffInboxCounts
      }
      applications(first: 20) {
        edges {
          node {
            ...StaffInboxApplication
          }
        }
      }
      bookings(first: 20) {
        edges {
          node {
            ...StaffInboxBooking
          }
        }
      }
      partnerships(first: 20) {
        edges {
          node {
            ...StaffInboxPartnership
          }
        }
      }
      projects(first: 20) {
        edges {
          node {
            ...StaffInboxProject
          }
        }
      }
      budgetRounds(first: 20) {
        edges {
          node {
            ...StaffInboxRound
          }
        }
      }
    }
  }
`);

export const START_MEMBERSHIP_REVIEW = graphql(`
  mutation StaffStartMembershipReview($id: ID!) {
    startMembershipReview(id: $id) {
      ...StaffInboxApplication
      history {
        ...WorkflowStep
      }
    }
  }
`);

export const APPROVE_MEMBERSHIP = graphql(`
  mutation StaffApproveMembership($id: ID!, $note: String) {
    approveMembership(id: $id, note: $note) {
      ...StaffInboxApplication
      history {
        ...WorkflowStep
      }
    }
  }
`);

export const REJECT_MEMBERSHIP = graphql(`
  mutation StaffRejectMembership($id: ID!, $reason: String!) {
    rejectMembership(id: $id, reason: $reason) {
      ...StaffInboxApplication
      history {
        ...WorkflowStep
      }
    }
  }
`);

export const APPROVE_BOOKING = graphql(`
  mutation InboxApproveBooking($id: ID!) {
    approveBooking(id: $id) {
      ...StaffInboxBooking
      history {
        ...WorkflowStep
      }
    }
  }
`);

export const REJECT_BOOKING = graphql(`
  mutation InboxRejectBooking($id: ID!, $reason: String!) {
    rejectBooking(id: $id, reason: $reason) {
      ...StaffInboxBooking
      history {
        ...WorkflowStep
      }
    }
  }
`);

export const APPROVE_PARTNERSHIP = graphql(`
  mutation StaffApprovePartnership($id: ID!, $note: String) {
    approvePartnership(id: $id, note: $note) {
      ...StaffInboxPartnership
      history {
        ...WorkflowStep
      }
    }
  }
`);

export const REJECT_PARTNERSHIP = graphql(`
  mutation StaffRejectPartnership($id: ID!, $reason: String!) {
    rejectPartnership(id: $id, reason: $reason) {
      ...StaffInboxPartnership
      history {
        ...WorkflowStep
      }
    }
  }
`);

export const DECIDE_PROJECT = graphql(`
  mutation StaffDecideProject($projectId: ID!, $decision: ProjectDecision!, $note: String) {
    decideProject(projectId: $projectId, decision: $decision, note: $note) {
      ...StaffInboxProject
      history {
        ...WorkflowStep
      }
    }
  }
`);

export const TALLY_ROUND = graphql(`
  mutation StaffTallyRound($roundId: ID!) {
    tallyBudgetRound(roundId: $roundId) {
      ...StaffInboxRound
      history {
        ...WorkflowStep
      }
    }
  }
`);

/** An opened item's history (any of the inbox's kinds, by id). */
export const STAFF_INBOX_HISTORY = graphql(`
  query StaffInboxHistory($id: ID!) {
    node(id: $id) {
      __typename
      ... on Membership {
        id
        history {
          ...WorkflowStep
        }
      }
      ... on Booking {
        id
        history {
          ...WorkflowStep
        }
      }
      ... on Partnership {
        id
        history {
          ...WorkflowStep
        }
      }
      ... on Project {
        id
        history {
          ...WorkflowStep
        }
      }
      ... on BudgetRound {
        id
        history {
          ...WorkflowStep
        }
      }
    }
  }
`);
