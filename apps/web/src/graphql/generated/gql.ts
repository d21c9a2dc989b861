/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment SessionUser on User {\n    id\n    displayName\n    role\n    locale\n    unreadNotificationCount\n  }\n": typeof types.SessionUserFragmentDoc,
    "\n  mutation ResumeSession {\n    refreshSession {\n      accessToken\n      user {\n        ...SessionUser\n      }\n    }\n  }\n": typeof types.ResumeSessionDocument,
    "\n  mutation SignIn($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n      user {\n        ...SessionUser\n      }\n    }\n  }\n": typeof types.SignInDocument,
    "\n  mutation SignUp($input: RegisterInput!) {\n    register(input: $input) {\n      accessToken\n      user {\n        ...SessionUser\n      }\n    }\n  }\n": typeof types.SignUpDocument,
    "\n  mutation SignOut {\n    logout\n  }\n": typeof types.SignOutDocument,
    "\n  fragment WorkflowStep on WorkflowEvent {\n    id\n    action\n    from\n    to\n    note\n    at\n    actor {\n      id\n      displayName\n    }\n  }\n": typeof types.WorkflowStepFragmentDoc,
    "\n  query ParkHome {\n    hubs {\n      id\n      slug\n      name\n      nameKo\n      description\n    }\n  }\n": typeof types.ParkHomeDocument,
    "\n  query FindPartner($search: String!) {\n    stakeholders(filter: { search: $search }, first: 8) {\n      edges {\n        node {\n          id\n          name\n          kind\n        }\n      }\n    }\n  }\n": typeof types.FindPartnerDocument,
    "\n  query ProposePartnershipChoices {\n    hubs {\n      id\n      name\n      nameKo\n    }\n    me {\n      id\n      stakeholders {\n        id\n        stakeholder {\n          id\n          name\n          availableActions\n        }\n      }\n    }\n  }\n": typeof types.ProposePartnershipChoicesDocument,
    "\n  mutation ProposePartnership($input: ProposePartnershipInput!) {\n    proposePartnership(input: $input) {\n      id\n      title\n      status\n    }\n  }\n": typeof types.ProposePartnershipDocument,
    "\n  fragment PartnershipDetail on Partnership {\n    id\n    title\n    summary\n    kind\n    status\n    startsOn\n    endsOn\n    policyAreas\n    availableActions\n    proposer {\n      id\n      name\n    }\n    partner {\n      id\n      name\n    }\n    hub {\n      id\n      name\n      nameKo\n    }\n    dataSharing {\n      datasets\n      purpose\n      retentionDays\n      personalData\n    }\n    history {\n      ...WorkflowStep\n    }\n  }\n": typeof types.PartnershipDetailFragmentDoc,
    "\n  fragment PartnershipThread on Partnership {\n    id\n    comments(first: 100) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          body\n          createdAt\n          author {\n            id\n            displayName\n          }\n        }\n      }\n    }\n  }\n": typeof types.PartnershipThreadFragmentDoc,
    "\n  query PartnershipPage($id: ID!) {\n    partnership(id: $id) {\n      ...PartnershipDetail\n      ...PartnershipThread\n    }\n  }\n": typeof types.PartnershipPageDocument,
    "\n  query PartnershipMoreComments($id: ID!, $after: String) {\n    partnership(id: $id) {\n      id\n      comments(first: 100, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            id\n            body\n            createdAt\n            author {\n              id\n              displayName\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.PartnershipMoreCommentsDocument,
    "\n  mutation AddPartnershipComment($id: ID!, $body: String!) {\n    addPartnershipComment(id: $id, body: $body) {\n      comment {\n        id\n      }\n      partnership {\n        ...PartnershipThread\n      }\n    }\n  }\n": typeof types.AddPartnershipCommentDocument,
    "\n  mutation AcceptPartnership($id: ID!) {\n    acceptPartnership(id: $id) {\n      ...PartnershipDetail\n    }\n  }\n": typeof types.AcceptPartnershipDocument,
    "\n  mutation DeclinePartnership($id: ID!, $reason: String!) {\n    declinePartnership(id: $id, reason: $reason) {\n      ...PartnershipDetail\n    }\n  }\n": typeof types.DeclinePartnershipDocument,
    "\n  mutation WithdrawPartnership($id: ID!) {\n    withdrawPartnership(id: $id) {\n      ...PartnershipDetail\n    }\n  }\n": typeof types.WithdrawPartnershipDocument,
    "\n  mutation ApprovePartnership($id: ID!, $note: String) {\n    approvePartnership(id: $id, note: $note) {\n      ...PartnershipDetail\n    }\n  }\n": typeof types.ApprovePartnershipDocument,
    "\n  mutation RejectPartnership($id: ID!, $reason: String!) {\n    rejectPartnership(id: $id, reason: $reason) {\n      ...PartnershipDetail\n    }\n  }\n": typeof types.RejectPartnershipDocument,
    "\n  mutation CompletePartnership($id: ID!, $note: String) {\n    completePartnership(id: $id, note: $note) {\n      ...PartnershipDetail\n    }\n  }\n": typeof types.CompletePartnershipDocument,
    "\n  mutation TerminatePartnership($id: ID!, $reason: String!) {\n    terminatePartnership(id: $id, reason: $reason) {\n      ...PartnershipDetail\n    }\n  }\n": typeof types.TerminatePartnershipDocument,
    "\n  fragment BudgetRoundBallot on BudgetRound {\n    id\n    status\n    availableActions\n    myBallot {\n      id\n      updatedAt\n      projects {\n        id\n      }\n    }\n  }\n": typeof types.BudgetRoundBallotFragmentDoc,
    "\n  query BudgetRoundPage($id: ID!) {\n    budgetRound(id: $id) {\n      id\n      title\n      totalBudget\n      minSelections\n      maxSelections\n      tallyMethod\n      requireVerifiedVoters\n      hub {\n        id\n        name\n        nameKo\n      }\n      projects {\n        id\n        title\n        summary\n        requestedBudget\n        leadStakeholder {\n          id\n          name\n        }\n      }\n      results {\n        votes\n        funded\n        amount\n        reason\n        project {\n          id\n          title\n          requestedBudget\n        }\n      }\n      history {\n        ...WorkflowStep\n      }\n      ...BudgetRoundBallot\n    }\n  }\n": typeof types.BudgetRoundPageDocument,
    "\n  mutation CastBallot($roundId: ID!, $projectIds: [ID!]!) {\n    castBallot(roundId: $roundId, projectIds: $projectIds) {\n      ballot {\n        id\n      }\n      budgetRound {\n        ...BudgetRoundBallot\n      }\n    }\n  }\n": typeof types.CastBallotDocument,
    "\n  query ProposeProjectChoices {\n    me {\n      id\n      stakeholders {\n        id\n        stakeholder {\n          id\n          name\n          availableActions\n          memberships(first: 20) {\n            edges {\n              node {\n                id\n                status\n                hub {\n                  id\n                  name\n                  nameKo\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.ProposeProjectChoicesDocument,
    "\n  mutation ProposeProject($input: ProposeProjectInput!) {\n    proposeProject(input: $input) {\n      id\n      title\n      status\n    }\n  }\n": typeof types.ProposeProjectDocument,
    "\n  fragment ProjectDetail on Project {\n    id\n    title\n    summary\n    status\n    requestedBudget\n    fundedAmount\n    policyAreas\n    decisionNote\n    availableActions\n    hub {\n      id\n      name\n      nameKo\n    }\n    leadStakeholder {\n      id\n      name\n    }\n    team {\n      id\n      role\n      user {\n        id\n        displayName\n      }\n    }\n    milestones {\n      id\n      title\n      dueOn\n      completedAt\n    }\n    outcomes {\n      id\n      indicator\n      value\n      unit\n      policyArea\n      note\n      recordedAt\n    }\n    funding {\n      id\n      amount\n      source\n      note\n      createdAt\n    }\n    history {\n      ...WorkflowStep\n    }\n  }\n": typeof types.ProjectDetailFragmentDoc,
    "\n  query ProjectPage($id: ID!) {\n    project(id: $id) {\n      ...ProjectDetail\n    }\n  }\n": typeof types.ProjectPageDocument,
    "\n  mutation StartProject($id: ID!, $note: String) {\n    startProject(id: $id, note: $note) {\n      ...ProjectDetail\n    }\n  }\n": typeof types.StartProjectDocument,
    "\n  mutation CompleteProject($id: ID!, $note: String) {\n    completeProject(id: $id, note: $note) {\n      ...ProjectDetail\n    }\n  }\n": typeof types.CompleteProjectDocument,
    "\n  mutation CancelProject($id: ID!, $reason: String!) {\n    cancelProject(id: $id, reason: $reason) {\n      ...ProjectDetail\n    }\n  }\n": typeof types.CancelProjectDocument,
    "\n  mutation AddMilestone($projectId: ID!, $title: String!, $dueOn: Date) {\n    addMilestone(projectId: $projectId, title: $title, dueOn: $dueOn) {\n      milestone {\n        id\n      }\n      project {\n        ...ProjectDetail\n      }\n    }\n  }\n": typeof types.AddMilestoneDocument,
    "\n  mutation CompleteMilestone($id: ID!) {\n    completeMilestone(id: $id) {\n      milestone {\n        id\n        completedAt\n      }\n      project {\n        ...ProjectDetail\n      }\n    }\n  }\n": typeof types.CompleteMilestoneDocument,
    "\n  mutation RecordOutcome($projectId: ID!, $input: OutcomeInput!) {\n    recordOutcome(projectId: $projectId, input: $input) {\n      outcome {\n        id\n      }\n      project {\n        ...ProjectDetail\n      }\n    }\n  }\n": typeof types.RecordOutcomeDocument,
};
const documents: Documents = {
    "\n  fragment SessionUser on User {\n    id\n    displayName\n    role\n    locale\n    unreadNotificationCount\n  }\n": types.SessionUserFragmentDoc,
    "\n  mutation ResumeSession {\n    refreshSession {\n      accessToken\n      user {\n        ...SessionUser\n      }\n    }\n  }\n": types.ResumeSessionDocument,
    "\n  mutation SignIn($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n      user {\n        ...SessionUser\n      }\n    }\n  }\n": types.SignInDocument,
    "\n  mutation SignUp($input: RegisterInput!) {\n    register(input: $input) {\n      accessToken\n      user {\n        ...SessionUser\n      }\n    }\n  }\n": types.SignUpDocument,
    "\n  mutation SignOut {\n    logout\n  }\n": types.SignOutDocument,
    "\n  fragment WorkflowStep on WorkflowEvent {\n    id\n    action\n    from\n    to\n    note\n    at\n    actor {\n      id\n      displayName\n    }\n  }\n": types.WorkflowStepFragmentDoc,
    "\n  query ParkHome {\n    hubs {\n      id\n      slug\n      name\n      nameKo\n      description\n    }\n  }\n": types.ParkHomeDocument,
    "\n  query FindPartner($search: String!) {\n    stakeholders(filter: { search: $search }, first: 8) {\n      edges {\n        node {\n          id\n          name\n          kind\n        }\n      }\n    }\n  }\n": types.FindPartnerDocument,
    "\n  query ProposePartnershipChoices {\n    hubs {\n      id\n      name\n      nameKo\n    }\n    me {\n      id\n      stakeholders {\n        id\n        stakeholder {\n          id\n          name\n          availableActions\n        }\n      }\n    }\n  }\n": types.ProposePartnershipChoicesDocument,
    "\n  mutation ProposePartnership($input: ProposePartnershipInput!) {\n    proposePartnership(input: $input) {\n      id\n      title\n      status\n    }\n  }\n": types.ProposePartnershipDocument,
    "\n  fragment PartnershipDetail on Partnership {\n    id\n    title\n    summary\n    kind\n    status\n    startsOn\n    endsOn\n    policyAreas\n    availableActions\n    proposer {\n      id\n      name\n    }\n    partner {\n      id\n      name\n    }\n    hub {\n      id\n      name\n      nameKo\n    }\n    dataSharing {\n      datasets\n      purpose\n      retentionDays\n      personalData\n    }\n    history {\n      ...WorkflowStep\n    }\n  }\n": types.PartnershipDetailFragmentDoc,
    "\n  fragment PartnershipThread on Partnership {\n    id\n    comments(first: 100) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          body\n          createdAt\n          author {\n            id\n            displayName\n          }\n        }\n      }\n    }\n  }\n": types.PartnershipThreadFragmentDoc,
    "\n  query PartnershipPage($id: ID!) {\n    partnership(id: $id) {\n      ...PartnershipDetail\n      ...PartnershipThread\n    }\n  }\n": types.PartnershipPageDocument,
    "\n  query PartnershipMoreComments($id: ID!, $after: String) {\n    partnership(id: $id) {\n      id\n      comments(first: 100, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            id\n            body\n            createdAt\n            author {\n              id\n              displayName\n            }\n          }\n        }\n      }\n    }\n  }\n": types.PartnershipMoreCommentsDocument,
    "\n  mutation AddPartnershipComment($id: ID!, $body: String!) {\n    addPartnershipComment(id: $id, body: $body) {\n      comment {\n        id\n      }\n      partnership {\n        ...PartnershipThread\n      }\n    }\n  }\n": types.AddPartnershipCommentDocument,
    "\n  mutation AcceptPartnership($id: ID!) {\n    acceptPartnership(id: $id) {\n      ...PartnershipDetail\n    }\n  }\n": types.AcceptPartnershipDocument,
    "\n  mutation DeclinePartnership($id: ID!, $reason: String!) {\n    declinePartnership(id: $id, reason: $reason) {\n      ...PartnershipDetail\n    }\n  }\n": types.DeclinePartnershipDocument,
    "\n  mutation WithdrawPartnership($id: ID!) {\n    withdrawPartnership(id: $id) {\n      ...PartnershipDetail\n    }\n  }\n": types.WithdrawPartnershipDocument,
    "\n  mutation ApprovePartnership($id: ID!, $note: String) {\n    approvePartnership(id: $id, note: $note) {\n      ...PartnershipDetail\n    }\n  }\n": types.ApprovePartnershipDocument,
    "\n  mutation RejectPartnership($id: ID!, $reason: String!) {\n    rejectPartnership(id: $id, reason: $reason) {\n      ...PartnershipDetail\n    }\n  }\n": types.RejectPartnershipDocument,
    "\n  mutation CompletePartnership($id: ID!, $note: String) {\n    completePartnership(id: $id, note: $note) {\n      ...PartnershipDetail\n    }\n  }\n": types.CompletePartnershipDocument,
    "\n  mutation TerminatePartnership($id: ID!, $reason: String!) {\n    terminatePartnership(id: $id, reason: $reason) {\n      ...PartnershipDetail\n    }\n  }\n": types.TerminatePartnershipDocument,
    "\n  fragment BudgetRoundBallot on BudgetRound {\n    id\n    status\n    availableActions\n    myBallot {\n      id\n      updatedAt\n      projects {\n        id\n      }\n    }\n  }\n": types.BudgetRoundBallotFragmentDoc,
    "\n  query BudgetRoundPage($id: ID!) {\n    budgetRound(id: $id) {\n      id\n      title\n      totalBudget\n      minSelections\n      maxSelections\n      tallyMethod\n      requireVerifiedVoters\n      hub {\n        id\n        name\n        nameKo\n      }\n      projects {\n        id\n        title\n        summary\n        requestedBudget\n        leadStakeholder {\n          id\n          name\n        }\n      }\n      results {\n        votes\n        funded\n        amount\n        reason\n        project {\n          id\n          title\n          requestedBudget\n        }\n      }\n      history {\n        ...WorkflowStep\n      }\n      ...BudgetRoundBallot\n    }\n  }\n": types.BudgetRoundPageDocument,
    "\n  mutation CastBallot($roundId: ID!, $projectIds: [ID!]!) {\n    castBallot(roundId: $roundId, projectIds: $projectIds) {\n      ballot {\n        id\n      }\n      budgetRound {\n        ...BudgetRoundBallot\n      }\n    }\n  }\n": types.CastBallotDocument,
    "\n  query ProposeProjectChoices {\n    me {\n      id\n      stakeholders {\n        id\n        stakeholder {\n          id\n          name\n          availableActions\n          memberships(first: 20) {\n            edges {\n              node {\n                id\n                status\n                hub {\n                  id\n                  name\n                  nameKo\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": types.ProposeProjectChoicesDocument,
    "\n  mutation ProposeProject($input: ProposeProjectInput!) {\n    proposeProject(input: $input) {\n      id\n      title\n      status\n    }\n  }\n": types.ProposeProjectDocument,
    "\n  fragment ProjectDetail on Project {\n    id\n    title\n    summary\n    status\n    requestedBudget\n    fundedAmount\n    policyAreas\n    decisionNote\n    availableActions\n    hub {\n      id\n      name\n      nameKo\n    }\n    leadStakeholder {\n      id\n      name\n    }\n    team {\n      id\n      role\n      user {\n        id\n        displayName\n      }\n    }\n    milestones {\n      id\n      title\n      dueOn\n      completedAt\n    }\n    outcomes {\n      id\n      indicator\n      value\n      unit\n      policyArea\n      note\n      recordedAt\n    }\n    funding {\n      id\n      amount\n      source\n      note\n      createdAt\n    }\n    history {\n      ...WorkflowStep\n    }\n  }\n": types.ProjectDetailFragmentDoc,
    "\n  query ProjectPage($id: ID!) {\n    project(id: $id) {\n      ...ProjectDetail\n    }\n  }\n": types.ProjectPageDocument,
    "\n  mutation StartProject($id: ID!, $note: String) {\n    startProject(id: $id, note: $note) {\n      ...ProjectDetail\n    }\n  }\n": types.StartProjectDocument,
    "\n  mutation CompleteProject($id: ID!, $note: String) {\n    completeProject(id: $id, note: $note) {\n      ...ProjectDetail\n    }\n  }\n": types.CompleteProjectDocument,
    "\n  mutation CancelProject($id: ID!, $reason: String!) {\n    cancelProject(id: $id, reason: $reason) {\n      ...ProjectDetail\n    }\n  }\n": types.CancelProjectDocument,
    "\n  mutation AddMilestone($projectId: ID!, $title: String!, $dueOn: Date) {\n    addMilestone(projectId: $projectId, title: $title, dueOn: $dueOn) {\n      milestone {\n        id\n      }\n      project {\n        ...ProjectDetail\n      }\n    }\n  }\n": types.AddMilestoneDocument,
    "\n  mutation CompleteMilestone($id: ID!) {\n    completeMilestone(id: $id) {\n      milestone {\n        id\n        completedAt\n      }\n      project {\n        ...ProjectDetail\n      }\n    }\n  }\n": types.CompleteMilestoneDocument,
    "\n  mutation RecordOutcome($projectId: ID!, $input: OutcomeInput!) {\n    recordOutcome(projectId: $projectId, input: $input) {\n      outcome {\n        id\n      }\n      project {\n        ...ProjectDetail\n      }\n    }\n  }\n": types.RecordOutcomeDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SessionUser on User {\n    id\n    displayName\n    role\n    locale\n    unreadNotificationCount\n  }\n"): (typeof documents)["\n  fragment SessionUser on User {\n    id\n    displayName\n    role\n    locale\n    unreadNotificationCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResumeSession {\n    refreshSession {\n      accessToken\n      user {\n        ...SessionUser\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ResumeSession {\n    refreshSession {\n      accessToken\n      user {\n        ...SessionUser\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignIn($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n      user {\n        ...SessionUser\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SignIn($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n      user {\n        ...SessionUser\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignUp($input: RegisterInput!) {\n    register(input: $input) {\n      accessToken\n      user {\n        ...SessionUser\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SignUp($input: RegisterInput!) {\n    register(input: $input) {\n      accessToken\n      user {\n        ...SessionUser\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOut {\n    logout\n  }\n"): (typeof documents)["\n  mutation SignOut {\n    logout\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment WorkflowStep on WorkflowEvent {\n    id\n    action\n    from\n    to\n    note\n    at\n    actor {\n      id\n      displayName\n    }\n  }\n"): (typeof documents)["\n  fragment WorkflowStep on WorkflowEvent {\n    id\n    action\n    from\n    to\n    note\n    at\n    actor {\n      id\n      displayName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ParkHome {\n    hubs {\n      id\n      slug\n      name\n      nameKo\n      description\n    }\n  }\n"): (typeof documents)["\n  query ParkHome {\n    hubs {\n      id\n      slug\n      name\n      nameKo\n      description\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FindPartner($search: String!) {\n    stakeholders(filter: { search: $search }, first: 8) {\n      edges {\n        node {\n          id\n          name\n          kind\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query FindPartner($search: String!) {\n    stakeholders(filter: { search: $search }, first: 8) {\n      edges {\n        node {\n          id\n          name\n          kind\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProposePartnershipChoices {\n    hubs {\n      id\n      name\n      nameKo\n    }\n    me {\n      id\n      stakeholders {\n        id\n        stakeholder {\n          id\n          name\n          availableActions\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ProposePartnershipChoices {\n    hubs {\n      id\n      name\n      nameKo\n    }\n    me {\n      id\n      stakeholders {\n        id\n        stakeholder {\n          id\n          name\n          availableActions\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProposePartnership($input: ProposePartnershipInput!) {\n    proposePartnership(input: $input) {\n      id\n      title\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation ProposePartnership($input: ProposePartnershipInput!) {\n    proposePartnership(input: $input) {\n      id\n      title\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PartnershipDetail on Partnership {\n    id\n    title\n    summary\n    kind\n    status\n    startsOn\n    endsOn\n    policyAreas\n    availableActions\n    proposer {\n      id\n      name\n    }\n    partner {\n      id\n      name\n    }\n    hub {\n      id\n      name\n      nameKo\n    }\n    dataSharing {\n      datasets\n      purpose\n      retentionDays\n      personalData\n    }\n    history {\n      ...WorkflowStep\n    }\n  }\n"): (typeof documents)["\n  fragment PartnershipDetail on Partnership {\n    id\n    title\n    summary\n    kind\n    status\n    startsOn\n    endsOn\n    policyAreas\n    availableActions\n    proposer {\n      id\n      name\n    }\n    partner {\n      id\n      name\n    }\n    hub {\n      id\n      name\n      nameKo\n    }\n    dataSharing {\n      datasets\n      purpose\n      retentionDays\n      personalData\n    }\n    history {\n      ...WorkflowStep\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PartnershipThread on Partnership {\n    id\n    comments(first: 100) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          body\n          createdAt\n          author {\n            id\n            displayName\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment PartnershipThread on Partnership {\n    id\n    comments(first: 100) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          body\n          createdAt\n          author {\n            id\n            displayName\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartnershipPage($id: ID!) {\n    partnership(id: $id) {\n      ...PartnershipDetail\n      ...PartnershipThread\n    }\n  }\n"): (typeof documents)["\n  query PartnershipPage($id: ID!) {\n    partnership(id: $id) {\n      ...PartnershipDetail\n      ...PartnershipThread\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartnershipMoreComments($id: ID!, $after: String) {\n    partnership(id: $id) {\n      id\n      comments(first: 100, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            id\n            body\n            createdAt\n            author {\n              id\n              displayName\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PartnershipMoreComments($id: ID!, $after: String) {\n    partnership(id: $id) {\n      id\n      comments(first: 100, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            id\n            body\n            createdAt\n            author {\n              id\n              displayName\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddPartnershipComment($id: ID!, $body: String!) {\n    addPartnershipComment(id: $id, body: $body) {\n      comment {\n        id\n      }\n      partnership {\n        ...PartnershipThread\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AddPartnershipComment($id: ID!, $body: String!) {\n    addPartnershipComment(id: $id, body: $body) {\n      comment {\n        id\n      }\n      partnership {\n        ...PartnershipThread\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptPartnership($id: ID!) {\n    acceptPartnership(id: $id) {\n      ...PartnershipDetail\n    }\n  }\n"): (typeof documents)["\n  mutation AcceptPartnership($id: ID!) {\n    acceptPartnership(id: $id) {\n      ...PartnershipDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeclinePartnership($id: ID!, $reason: String!) {\n    declinePartnership(id: $id, reason: $reason) {\n      ...PartnershipDetail\n    }\n  }\n"): (typeof documents)["\n  mutation DeclinePartnership($id: ID!, $reason: String!) {\n    declinePartnership(id: $id, reason: $reason) {\n      ...PartnershipDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawPartnership($id: ID!) {\n    withdrawPartnership(id: $id) {\n      ...PartnershipDetail\n    }\n  }\n"): (typeof documents)["\n  mutation WithdrawPartnership($id: ID!) {\n    withdrawPartnership(id: $id) {\n      ...PartnershipDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApprovePartnership($id: ID!, $note: String) {\n    approvePartnership(id: $id, note: $note) {\n      ...PartnershipDetail\n    }\n  }\n"): (typeof documents)["\n  mutation ApprovePartnership($id: ID!, $note: String) {\n    approvePartnership(id: $id, note: $note) {\n      ...PartnershipDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RejectPartnership($id: ID!, $reason: String!) {\n    rejectPartnership(id: $id, reason: $reason) {\n      ...PartnershipDetail\n    }\n  }\n"): (typeof documents)["\n  mutation RejectPartnership($id: ID!, $reason: String!) {\n    rejectPartnership(id: $id, reason: $reason) {\n      ...PartnershipDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CompletePartnership($id: ID!, $note: String) {\n    completePartnership(id: $id, note: $note) {\n      ...PartnershipDetail\n    }\n  }\n"): (typeof documents)["\n  mutation CompletePartnership($id: ID!, $note: String) {\n    completePartnership(id: $id, note: $note) {\n      ...PartnershipDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TerminatePartnership($id: ID!, $reason: String!) {\n    terminatePartnership(id: $id, reason: $reason) {\n      ...PartnershipDetail\n    }\n  }\n"): (typeof documents)["\n  mutation TerminatePartnership($id: ID!, $reason: String!) {\n    terminatePartnership(id: $id, reason: $reason) {\n      ...PartnershipDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment BudgetRoundBallot on BudgetRound {\n    id\n    status\n    availableActions\n    myBallot {\n      id\n      updatedAt\n      projects {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment BudgetRoundBallot on BudgetRound {\n    id\n    status\n    availableActions\n    myBallot {\n      id\n      updatedAt\n      projects {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BudgetRoundPage($id: ID!) {\n    budgetRound(id: $id) {\n      id\n      title\n      totalBudget\n      minSelections\n      maxSelections\n      tallyMethod\n      requireVerifiedVoters\n      hub {\n        id\n        name\n        nameKo\n      }\n      projects {\n        id\n        title\n        summary\n        requestedBudget\n        leadStakeholder {\n          id\n          name\n        }\n      }\n      results {\n        votes\n        funded\n        amount\n        reason\n        project {\n          id\n          title\n          requestedBudget\n        }\n      }\n      history {\n        ...WorkflowStep\n      }\n      ...BudgetRoundBallot\n    }\n  }\n"): (typeof documents)["\n  query BudgetRoundPage($id: ID!) {\n    budgetRound(id: $id) {\n      id\n      title\n      totalBudget\n      minSelections\n      maxSelections\n      tallyMethod\n      requireVerifiedVoters\n      hub {\n        id\n        name\n        nameKo\n      }\n      projects {\n        id\n        title\n        summary\n        requestedBudget\n        leadStakeholder {\n          id\n          name\n        }\n      }\n      results {\n        votes\n        funded\n        amount\n        reason\n        project {\n          id\n          title\n          requestedBudget\n        }\n      }\n      history {\n        ...WorkflowStep\n      }\n      ...BudgetRoundBallot\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CastBallot($roundId: ID!, $projectIds: [ID!]!) {\n    castBallot(roundId: $roundId, projectIds: $projectIds) {\n      ballot {\n        id\n      }\n      budgetRound {\n        ...BudgetRoundBallot\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CastBallot($roundId: ID!, $projectIds: [ID!]!) {\n    castBallot(roundId: $roundId, projectIds: $projectIds) {\n      ballot {\n        id\n      }\n      budgetRound {\n        ...BudgetRoundBallot\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProposeProjectChoices {\n    me {\n      id\n      stakeholders {\n        id\n        stakeholder {\n          id\n          name\n          availableActions\n          memberships(first: 20) {\n            edges {\n              node {\n                id\n                status\n                hub {\n                  id\n                  name\n                  nameKo\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ProposeProjectChoices {\n    me {\n      id\n      stakeholders {\n        id\n        stakeholder {\n          id\n          name\n          availableActions\n          memberships(first: 20) {\n            edges {\n              node {\n                id\n                status\n                hub {\n                  id\n                  name\n                  nameKo\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProposeProject($input: ProposeProjectInput!) {\n    proposeProject(input: $input) {\n      id\n      title\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation ProposeProject($input: ProposeProjectInput!) {\n    proposeProject(input: $input) {\n      id\n      title\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProjectDetail on Project {\n    id\n    title\n    summary\n    status\n    requestedBudget\n    fundedAmount\n    policyAreas\n    decisionNote\n    availableActions\n    hub {\n      id\n      name\n      nameKo\n    }\n    leadStakeholder {\n      id\n      name\n    }\n    team {\n      id\n      role\n      user {\n        id\n        displayName\n      }\n    }\n    milestones {\n      id\n      title\n      dueOn\n      completedAt\n    }\n    outcomes {\n      id\n      indicator\n      value\n      unit\n      policyArea\n      note\n      recordedAt\n    }\n    funding {\n      id\n      amount\n      source\n      note\n      createdAt\n    }\n    history {\n      ...WorkflowStep\n    }\n  }\n"): (typeof documents)["\n  fragment ProjectDetail on Project {\n    id\n    title\n    summary\n    status\n    requestedBudget\n    fundedAmount\n    policyAreas\n    decisionNote\n    availableActions\n    hub {\n      id\n      name\n      nameKo\n    }\n    leadStakeholder {\n      id\n      name\n    }\n    team {\n      id\n      role\n      user {\n        id\n        displayName\n      }\n    }\n    milestones {\n      id\n      title\n      dueOn\n      completedAt\n    }\n    outcomes {\n      id\n      indicator\n      value\n      unit\n      policyArea\n      note\n      recordedAt\n    }\n    funding {\n      id\n      amount\n      source\n      note\n      createdAt\n    }\n    history {\n      ...WorkflowStep\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProjectPage($id: ID!) {\n    project(id: $id) {\n      ...ProjectDetail\n    }\n  }\n"): (typeof documents)["\n  query ProjectPage($id: ID!) {\n    project(id: $id) {\n      ...ProjectDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartProject($id: ID!, $note: String) {\n    startProject(id: $id, note: $note) {\n      ...ProjectDetail\n    }\n  }\n"): (typeof documents)["\n  mutation StartProject($id: ID!, $note: String) {\n    startProject(id: $id, note: $note) {\n      ...ProjectDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CompleteProject($id: ID!, $note: String) {\n    completeProject(id: $id, note: $note) {\n      ...ProjectDetail\n    }\n  }\n"): (typeof documents)["\n  mutation CompleteProject($id: ID!, $note: String) {\n    completeProject(id: $id, note: $note) {\n      ...ProjectDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelProject($id: ID!, $reason: String!) {\n    cancelProject(id: $id, reason: $reason) {\n      ...ProjectDetail\n    }\n  }\n"): (typeof documents)["\n  mutation CancelProject($id: ID!, $reason: String!) {\n    cancelProject(id: $id, reason: $reason) {\n      ...ProjectDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddMilestone($projectId: ID!, $title: String!, $dueOn: Date) {\n    addMilestone(projectId: $projectId, title: $title, dueOn: $dueOn) {\n      milestone {\n        id\n      }\n      project {\n        ...ProjectDetail\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AddMilestone($projectId: ID!, $title: String!, $dueOn: Date) {\n    addMilestone(projectId: $projectId, title: $title, dueOn: $dueOn) {\n      milestone {\n        id\n      }\n      project {\n        ...ProjectDetail\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CompleteMilestone($id: ID!) {\n    completeMilestone(id: $id) {\n      milestone {\n        id\n        completedAt\n      }\n      project {\n        ...ProjectDetail\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CompleteMilestone($id: ID!) {\n    completeMilestone(id: $id) {\n      milestone {\n        id\n        completedAt\n      }\n      project {\n        ...ProjectDetail\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordOutcome($projectId: ID!, $input: OutcomeInput!) {\n    recordOutcome(projectId: $projectId, input: $input) {\n      outcome {\n        id\n      }\n      project {\n        ...ProjectDetail\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RecordOutcome($projectId: ID!, $input: OutcomeInput!) {\n    recordOutcome(projectId: $projectId, input: $input) {\n      outcome {\n        id\n      }\n      project {\n        ...ProjectDetail\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;