import { graphql } from '../../graphql/generated';

// What a profile shows, as one fragment: the page's query, the edit and the people mutations
// all select it, so the cache keeps the page current without a refetch.
export const STAKEHOLDER_PROFILE = graphql(`
  fragment StakeholderProfile on Stakeholder {
    id
    name
    kind
    verified
    policyAreas
    tags
    description
    website
    contactEmail
    version
    availableActions
    members {
      id
      role
      availableActions
      user {
        id
        displayName
      }
    }
    invitations {
      id
      email
      role
      expiresAt
      availableActions
    }
    memberships(first: 10) {
      ...ProfileMemberships
    }
    partnerships(first: 10) {
      ...ProfilePartnerships
    }
    projects(first: 10) {
      ...ProfileProjects
    }
  }
`);

export const PROFILE_MEMBERSHIPS = graphql(`
  fragment ProfileMemberships on MembershipConnection {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        status
        hub {
          id
          slug
          name
          nameKo
        }
      }
    }
  }
`);

export const PROFILE_PARTNERSHIPS = graphql(`
  fragment ProfilePartnerships on PartnershipConnection {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        title
        status
        proposer {
          id
          name
        }
        partner {
          id
          name
        }
      }
    }
  }
`);

export const PROFILE_PROJECTS = graphql(`
  fragment ProfileProjects on ProjectConnection {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        title
        status
      }
    }
  }
`);

export const PROFILE_PAGE = graphql(`
  query StakeholderProfilePage($id: ID!) {
    stakeholder(id: $id) {
      id
      ...StakeholderProfile
    }
  }
`);

// "More": the next page of one list; the cache's relay policy appends it to the first.
export const MORE_MEMBERSHIPS = graphql(`
  query StakeholderMoreMemberships($id: ID!, $after: String) {
    stakeholder(id: $id) {
      id
      memberships(first: 10, after: $after) {
        ...ProfileMemberships
      }
    }
  }
`);

export const MORE_PARTNERSHIPS = graphql(`
  query StakeholderMorePartnerships($id: ID!, $after: String) {
    stakeholder(id: $id) {
      id
      partnerships(first: 10, after: $after) {
        ...ProfilePartnerships
      }
    }
  }
`);

export const MORE_PROJECTS = graphql(`
  query StakeholderMoreProjects($id: ID!, $after: String) {
    stakeholder(id: $id) {
      id
      projects(first: 10, after: $after) {
        ...ProfileProjects
      }
    }
  }
`);
