import { graphql } from '../../graphql/generated';

// What the partnership page shows; each move answers it, so the page updates from the cache.
export const PARTNERSHIP_DETAIL = graphql(`
  fragment PartnershipDetail on Partnership {
    id
    title
    summary
    kind
    status
    startsOn
    endsOn
    policyAreas
    availableActions
    proposer {
      id
      name
    }
    partner {
      id
      name
    }
    hub {
      id
      name
      nameKo
    }
    dataSharing {
      datasets
      purpose
      retentionDays
      personalData
    }
    history {
      ...WorkflowStep
    }
  }
`);

/** The thread: addPartnershipComment answers it with the new comment at its end. */
export const PARTNERSHIP_THREAD = graphql(`
  fragment PartnershipThread on Partnership {
    id
    comments(first: 100) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          body
          createdAt
          author {
            id
            displayName
          }
        }
      }
    }
  }
`);

export const PARTNERSHIP_PAGE = graphql(`
  query PartnershipPage($id: ID!) {
    partnership(id: $id) {
      ...PartnershipDetail
      ...PartnershipThread
    }
  }
`);

export const MORE_COMMENTS = graphql(`
  query PartnershipMoreComments($id: ID!, $after: String) {
    partnership(id: $id) {
      id
      comments(first: 100, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          cursor
          node {
            id
            body
            createdAt
            author {
              id
              displayName
            }
          }
        }
      }
    }
  }
`);

export const ADD_COMMENT = graphql(`
  mutation AddPartnershipComment($id: ID!, $body: String!) {
    addPartnershipComment(id: $id, body: $body) {
      comment {
        id
      }
      partnership {
        ...PartnershipThread
      }
    }
  }
`);

export const ACCEPT = graphql(`
  mutation AcceptPartnership($id: ID!) {
    acceptPartnership(id: $id) {
      ...PartnershipDetail
    }
  }
`);
export const DECLINE = graphql(`
  mutation DeclinePartnership($id: ID!, $reason: String!) {
    declinePartnership(id: $id, reason: $reason) {
      ...PartnershipDetail
    }
  }
`);
export const WITHDRAW = graphql(`
  mutation WithdrawPartnership($id: ID!) {
    withdrawPartnership(id: $id) {
      ...PartnershipDetail
    }
  }
`);
export const APPROVE = graphql(`
  mutation ApprovePartnership($id: ID!, $note: String) {
    approvePartnership(id: $id, note: $note) {
      ...PartnershipDetail
    }
  }
`);
export const REJECT = graphql(`
  mutation RejectPartnership($id: ID!, $reason: String!) {
    rejectPartnership(id: $id, reason: $reason) {
      ...PartnershipDetail
    }
  }
`);
export const COMPLETE = graphql(`
  mutation CompletePartnership($id: ID!, $note: String) {
    completePartnership(id: $id, note: $note) {
      ...PartnershipDetail
    }
  }
`);
export const TERMINATE = graphql(`
  mutation TerminatePartnership($id: ID!, $reason: String!) {
    terminatePartnership(id: $id, reason: $reason) {
      ...PartnershipDetail
    }
  }
`);
