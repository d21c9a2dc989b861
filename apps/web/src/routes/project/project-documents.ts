import { graphql } from '../../graphql/generated';

// What the project page shows; every mutation on it answers this, so the cache updates itself.
export const PROJECT_DETAIL = graphql(`
  fragment ProjectDetail on Project {
    id
    title
    summary
    status
    requestedBudget
    fundedAmount
    policyAreas
    decisionNote
    availableActions
    hub {
      id
      name
      nameKo
    }
    leadStakeholder {
      id
      name
    }
    team {
      id
      role
      user {
        id
        displayName
      }
    }
    milestones {
      id
      title
      dueOn
      completedAt
    }
    outcomes {
      id
      indicator
      value
      unit
      policyArea
      note
      recordedAt
    }
    funding {
      id
      amount
      source
      note
      createdAt
    }
    history {
      ...WorkflowStep
    }
  }
`);

export const PROJECT_PAGE = graphql(`
  query ProjectPage($id: ID!) {
    project(id: $id) {
      ...ProjectDetail
    }
  }
`);

export const START_PROJECT = graphql(`
  mutation StartProject($id: ID!, $note: String) {
    startProject(id: $id, note: $note) {
      ...ProjectDetail
    }
  }
`);

export const COMPLETE_PROJECT = graphql(`
  mutation CompleteProject($id: ID!, $note: String) {
    completeProject(id: $id, note: $note) {
      ...ProjectDetail
    }
  }
`);

export const CANCEL_PROJECT = graphql(`
  mutation CancelProject($id: ID!, $reason: String!) {
    cancelProject(id: $id, reason: $reason) {
      ...ProjectDetail
    }
  }
`);

export const ADD_MILESTONE = graphql(`
  mutation AddMilestone($projectId: ID!, $title: String!, $dueOn: Date) {
    addMilestone(projectId: $projectId, title: $title, dueOn: $dueOn) {
      milestone {
        id
      }
      project {
        ...ProjectDetail
      }
    }
  }
`);

export const COMPLETE_MILESTONE = graphql(`
  mutation CompleteMilestone($id: ID!) {
    completeMilestone(id: $id) {
      milestone {
        id
        completedAt
      }
      project {
        ...ProjectDetail
      }
    }
  }
`);

export const RECORD_OUTCOME = graphql(`
  mutation RecordOutcome($projectId: ID!, $input: OutcomeInput!) {
    recordOutcome(projectId: $projectId, input: $input) {
      outcome {
        id
      }
      project {
        ...ProjectDetail
      }
    }
  }
`);
