import { graphql } from '../../../graphql/generated';

// The committees screen: a hub's committees with their members, and its proposals to assign.
// Every mutation answers the committee or project it changed, so the cache updates itself.
export const COMMITTEE_CARD = graphql(`
  fragment CommitteeCard on Committee {
    id
    name
    kind
    members {
      id
      displayName
    }
  }
`);

export const AWAITING_COMMITTEE = graphql(`
  fragment AwaitingCommittee on Project {
    id
    title
    status
    requestedBudget
    availableActions
    leadStakeholder {
      id
      name
    }
    committee {
      id
      name
    }
  }
`);

export const STAFF_COMMITTEES = graphql(`
  query StaffCommittees($hubId: ID!) {
    ...StaffNavCounts
    committees(hubId: $hubId) {
      ...CommitteeCard
    }
    proposed: projects(filter: { hubId: $hubId, status: PROPOSED }, first: 50) {
      edges {
        node {
          ...AwaitingCommittee
        }
      }
    }
    inReview: projects(filter: { hubId: $hubId, status: IN_REVIEW }, first: 50) {
      edges {
        node {
          ...AwaitingCommittee
        }
      }
    }
  }
`);

/** For park admins, who may pick any hub: the hubs and the first one's committees. */
export const CREATE_COMMITTEE = graphql(`
  mutation CreateCommittee($input: CreateCommitteeInput!) {
    createCommittee(input: $input) {
      ...CommitteeCard
    }
  }
`);

export const ADD_COMMITTEE_MEMBER = graphql(`
  mutation AddCommitteeMember($committeeId: ID!, $userId: ID!) {
    addCommitteeMember(committeeId: $committeeId, userId: $userId) {
      ...CommitteeCard
    }
  }
`);

export const REMOVE_COMMITTEE_MEMBER = graphql(`
  mutation RemoveCommitteeMember($committeeId: ID!, $userId: ID!) {
    removeCommitteeMember(committeeId: $committeeId, userId: $userId) {
      ...CommitteeCard
    }
  }
`);

export const FIND_PEOPLE = graphql(`
  query FindPeople($search: String!) {
    users(search: $search, first: 10) {
      edges {
        node {
          id
          displayName
        }
      }
    }
  }
`);

export const ASSIGN_REVIEW = graphql(`
  mutation AssignProjectReview($projectId: ID!, $committeeId: ID!) {
    assignProjectReview(projectId: $projectId, committeeId: $committeeId) {
      ...AwaitingCommittee
    }
  }
`);

// The staff's project view: the member page's fragment, plus the committee's work and staff's.
export const STAFF_PROJECT_DETAIL = graphql(`
  fragment StaffProjectDetail on Project {
    ...ProjectDetail
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
      pendingReviewers {
        id
        displayName
      }
    }
    reviews {
      ...ReviewCard
    }
  }
`);

export const STAFF_PROJECT = graphql(`
  query StaffProject($id: ID!) {
    ...StaffNavCounts
    project(id: $id) {
      ...StaffProjectDetail
    }
  }
`);

export const DECIDE_PROJECT = graphql(`
  mutation DecideProject($projectId: ID!, $decision: ProjectDecision!, $note: String) {
    decideProject(projectId: $projectId, decision: $decision, note: $note) {
      ...StaffProjectDetail
    }
  }
`);

export const ALLOCATE_FUNDING = graphql(`
  mutation AllocateFunding($projectId: ID!, $source: FundingSource!, $amount: Won!, $note: String) {
    allocateFunding(projectId: $projectId, source: $source, amount: $amount, note: $note) {
      ...StaffProjectDetail
    }
  }
`);
