import { graphql } from '../../../graphql/generated';

// The staff budget-round screens' documents. Every move answers the round with what the page
// shows of it (state, moves, history, results), so the cache updates itself.

export const STAFF_ROUND_ROW = graphql(`
  fragment StaffRoundRow on BudgetRound {
    id
    title
    status
    tallyMethod
    totalBudget
    createdAt
  }
`);

export const STAFF_BUDGET_ROUNDS = graphql(`
  query StaffBudgetRounds {
    ...StaffNavCounts
    hubs {
      id
      slug
      name
      nameKo
      budgetRounds {
        ...StaffRoundRow
      }
    }
  }
`);

export const CREATE_BUDGET_ROUND = graphql(`
  mutation StaffCreateBudgetRound($input: CreateBudgetRoundInput!) {
    createBudgetRound(input: $input) {
      ...StaffRoundRow
      hub {
        id
      }
    }
  }
`);

export const STAFF_RESULT = graphql(`
  fragment StaffBudgetResult on BudgetResult {
    funded
    amount
    ...BudgetResultWhy
    project {
      id
      title
      requestedBudget
    }
  }
`);

export const STAFF_ROUND_STATE = graphql(`
  fragment StaffRoundState on BudgetRound {
    id
    status
    availableActions
    projects {
      id
      title
      requestedBudget
      leadStakeholder {
        id
        name
      }
    }
    results {
      ...StaffBudgetResult
    }
    history {
      ...WorkflowStep
    }
  }
`);

export const STAFF_BUDGET_ROUND = graphql(`
  query StaffBudgetRound($id: ID!) {
    ...StaffNavCounts
    budgetRound(id: $id) {
      ...StaffRoundRow
      minSelections
      maxSelections
      requireVerifiedVoters
      voterRule
      hub {
        id
        name
        nameKo
      }
      ...StaffRoundState
    }
  }
`);

/** APPROVED projects of the hub, to enter in a round open for proposals (asked for on demand). */
export const ROUND_CANDIDATES = graphql(`
  query StaffRoundCandidates($hubId: ID!) {
    projects(filter: { hubId: $hubId, status: APPROVED }, first: 100) {
      edges {
        node {
          id
          title
          requestedBudget
          leadStakeholder {
            id
            name
          }
        }
      }
    }
  }
`);

export const ADD_PROJECT_TO_ROUND = graphql(`
  mutation StaffAddProjectToRound($roundId: ID!, $projectId: ID!) {
    addProjectToRound(roundId: $roundId, projectId: $projectId) {
      ...StaffRoundState
    }
  }
`);

export const OPEN_ROUND = graphql(`
  mutation StaffOpenBudgetRound($id: ID!) {
    openBudgetRound(id: $id) {
      ...StaffRoundState
    }
  }
`);

export const START_VOTING = graphql(`
  mutation StaffStartBudgetVoting($id: ID!) {
    startBudgetVoting(id: $id) {
      ...StaffRoundState
    }
  }
`);

export const CLOSE_ROUND = graphql(`
  mutation StaffCloseBudgetRound($id: ID!) {
    closeBudgetRound(id: $id) {
      ...StaffRoundState
    }
  }
`);

export const TALLY_ROUND = graphql(`
  mutation StaffTallyBudgetRound($roundId: ID!) {
    tallyBudgetRound(roundId: $roundId) {
      ...StaffRoundState
    }
  }
`);
