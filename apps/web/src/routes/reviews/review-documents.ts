import { graphql } from '../../graphql/generated';

// A committee member's reviews: what their committees have to review, the reviews the API
// lets them read (their own until staff decide), and the review form.
export const REVIEW_CARD = graphql(`
  fragment ReviewCard on ProjectReview {
    id
    score
    recommendation
    comment
    round
    submittedAt
    reviewer {
      id
      displayName
    }
  }
`);

export const REVIEW_ASSIGNMENT = graphql(`
  fragment ReviewAssignment on Project {
    id
    title
    summary
    status
    requestedBudget
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
    committee {
      id
      name
    }
    reviews {
      ...ReviewCard
    }
  }
`);

export const MY_REVIEWS = graphql(`
  query MyReviews {
    me {
      id
      reviewAssignments {
        ...ReviewAssignment
      }
    }
  }
`);

export const SUBMIT_REVIEW = graphql(`
  mutation SubmitProjectReview(
    $projectId: ID!
    $score: Int!
    $recommendation: ReviewRecommendation!
    $comment: String!
  ) {
    submitProjectReview(
      projectId: $projectId
      score: $score
      recommendation: $recommendation
      comment: $comment
    ) {
      ...ReviewAssignment
    }
  }
`);
