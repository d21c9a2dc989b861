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
    "\n  mutation CreateStakeholder($input: CreateStakeholderInput!) {\n    createStakeholder(input: $input) {\n      id\n      ...StakeholderProfile\n    }\n  }\n": typeof types.CreateStakeholderDocument,
    "\n  fragment StakeholderCard on Stakeholder {\n    id\n    name\n    kind\n    verified\n    policyAreas\n    description\n  }\n": typeof types.StakeholderCardFragmentDoc,
    "\n  query StakeholderDirectory($filter: StakeholderFilter, $first: Int, $after: String) {\n    hubs {\n      id\n      name\n      nameKo\n    }\n    stakeholders(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          ...StakeholderCard\n        }\n      }\n    }\n  }\n": typeof types.StakeholderDirectoryDocument,
    "\n  mutation UpdateStakeholder($id: ID!, $input: UpdateStakeholderInput!, $version: Int!) {\n    updateStakeholder(id: $id, input: $input, version: $version) {\n      id\n      ...StakeholderProfile\n    }\n  }\n": typeof types.UpdateStakeholderDocument,
    "\n  mutation AddStakeholderMember($id: ID!, $email: String!, $role: StakeholderRole!) {\n    addStakeholderMember(stakeholderId: $id, email: $email, role: $role) {\n      member {\n        id\n        user {\n          id\n          displayName\n        }\n      }\n      stakeholder {\n        id\n        ...StakeholderProfile\n      }\n    }\n  }\n": typeof types.AddStakeholderMemberDocument,
    "\n  mutation ChangeStakeholderMemberRole($id: ID!, $userId: ID!, $role: StakeholderRole!) {\n    changeStakeholderMemberRole(stakeholderId: $id, userId: $userId, role: $role) {\n      stakeholder {\n        id\n        ...StakeholderProfile\n      }\n    }\n  }\n": typeof types.ChangeStakeholderMemberRoleDocument,
    "\n  mutation RemoveStakeholderMember($id: ID!, $userId: ID!) {\n    removeStakeholderMember(stakeholderId: $id, userId: $userId) {\n      stakeholder {\n        id\n        ...StakeholderProfile\n      }\n    }\n  }\n": typeof types.RemoveStakeholderMemberDocument,
    "\n  mutation LeaveStakeholder($id: ID!) {\n    leaveStakeholder(stakeholderId: $id) {\n      stakeholder {\n        id\n        ...StakeholderProfile\n      }\n    }\n  }\n": typeof types.LeaveStakeholderDocument,
    "\n  mutation TransferStakeholderOwnership($id: ID!, $userId: ID!) {\n    transferStakeholderOwnership(stakeholderId: $id, userId: $userId) {\n      stakeholder {\n        id\n        ...StakeholderProfile\n      }\n    }\n  }\n": typeof types.TransferStakeholderOwnershipDocument,
    "\n  fragment StakeholderProfile on Stakeholder {\n    id\n    name\n    kind\n    verified\n    policyAreas\n    tags\n    description\n    website\n    contactEmail\n    version\n    availableActions\n    members {\n      id\n      role\n      user {\n        id\n        displayName\n      }\n    }\n    memberships(first: 10) {\n      ...ProfileMemberships\n    }\n    partnerships(first: 10) {\n      ...ProfilePartnerships\n    }\n    projects(first: 10) {\n      ...ProfileProjects\n    }\n  }\n": typeof types.StakeholderProfileFragmentDoc,
    "\n  fragment ProfileMemberships on MembershipConnection {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      node {\n        id\n        status\n        hub {\n          id\n          slug\n          name\n          nameKo\n        }\n      }\n    }\n  }\n": typeof types.ProfileMembershipsFragmentDoc,
    "\n  fragment ProfilePartnerships on PartnershipConnection {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      node {\n        id\n        title\n        status\n        proposer {\n          id\n          name\n        }\n        partner {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.ProfilePartnershipsFragmentDoc,
    "\n  fragment ProfileProjects on ProjectConnection {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      node {\n        id\n        title\n        status\n      }\n    }\n  }\n": typeof types.ProfileProjectsFragmentDoc,
    "\n  query StakeholderProfilePage($id: ID!) {\n    stakeholder(id: $id) {\n      id\n      ...StakeholderProfile\n    }\n  }\n": typeof types.StakeholderProfilePageDocument,
    "\n  query StakeholderMoreMemberships($id: ID!, $after: String) {\n    stakeholder(id: $id) {\n      id\n      memberships(first: 10, after: $after) {\n        ...ProfileMemberships\n      }\n    }\n  }\n": typeof types.StakeholderMoreMembershipsDocument,
    "\n  query StakeholderMorePartnerships($id: ID!, $after: String) {\n    stakeholder(id: $id) {\n      id\n      partnerships(first: 10, after: $after) {\n        ...ProfilePartnerships\n      }\n    }\n  }\n": typeof types.StakeholderMorePartnershipsDocument,
    "\n  query StakeholderMoreProjects($id: ID!, $after: String) {\n    stakeholder(id: $id) {\n      id\n      projects(first: 10, after: $after) {\n        ...ProfileProjects\n      }\n    }\n  }\n": typeof types.StakeholderMoreProjectsDocument,
    "\n  mutation UpdateMe($input: UpdateMeInput!) {\n    updateMe(input: $input) {\n      ...SessionUser\n    }\n  }\n": typeof types.UpdateMeDocument,
    "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n": typeof types.ChangePasswordDocument,
    "\n  fragment InboxItem on Notification {\n    id\n    kind\n    message\n    createdAt\n    readAt\n    # Inline on each type (not a fragment on the union): the cache has no possibleTypes.\n    subject {\n        __typename\n        ... on Stakeholder {\n          id\n        }\n        ... on Membership {\n          id\n          hub {\n            id\n            slug\n          }\n        }\n        ... on Committee {\n          id\n          hub {\n            id\n            slug\n          }\n        }\n        ... on Booking {\n          id\n          space {\n            id\n          }\n        }\n        ... on Event {\n          id\n        }\n        ... on Partnership {\n          id\n        }\n        ... on Project {\n          id\n        }\n        ... on BudgetRound {\n          id\n        }\n    }\n  }\n": typeof types.InboxItemFragmentDoc,
    "\n  query Inbox($after: String) {\n    notifications(first: 20, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...InboxItem\n        }\n      }\n    }\n  }\n": typeof types.InboxDocument,
    "\n  mutation MarkNotificationsRead($ids: [ID!]!) {\n    markNotificationsRead(ids: $ids) {\n      id\n      readAt\n    }\n  }\n": typeof types.MarkNotificationsReadDocument,
    "\n  mutation MarkAllNotificationsRead {\n    markAllNotificationsRead {\n      markedCount\n      unreadCount\n    }\n  }\n": typeof types.MarkAllNotificationsReadDocument,
    "\n  query ParkHome {\n    hubs {\n      id\n      slug\n      name\n      nameKo\n      description\n    }\n  }\n": typeof types.ParkHomeDocument,
};
const documents: Documents = {
    "\n  fragment SessionUser on User {\n    id\n    displayName\n    role\n    locale\n    unreadNotificationCount\n  }\n": types.SessionUserFragmentDoc,
    "\n  mutation ResumeSession {\n    refreshSession {\n      accessToken\n      user {\n        ...SessionUser\n      }\n    }\n  }\n": types.ResumeSessionDocument,
    "\n  mutation SignIn($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n      user {\n        ...SessionUser\n      }\n    }\n  }\n": types.SignInDocument,
    "\n  mutation SignUp($input: RegisterInput!) {\n    register(input: $input) {\n      accessToken\n      user {\n        ...SessionUser\n      }\n    }\n  }\n": types.SignUpDocument,
    "\n  mutation SignOut {\n    logout\n  }\n": types.SignOutDocument,
    "\n  mutation CreateStakeholder($input: CreateStakeholderInput!) {\n    createStakeholder(input: $input) {\n      id\n      ...StakeholderProfile\n    }\n  }\n": types.CreateStakeholderDocument,
    "\n  fragment StakeholderCard on Stakeholder {\n    id\n    name\n    kind\n    verified\n    policyAreas\n    description\n  }\n": types.StakeholderCardFragmentDoc,
    "\n  query StakeholderDirectory($filter: StakeholderFilter, $first: Int, $after: String) {\n    hubs {\n      id\n      name\n      nameKo\n    }\n    stakeholders(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          ...StakeholderCard\n        }\n      }\n    }\n  }\n": types.StakeholderDirectoryDocument,
    "\n  mutation UpdateStakeholder($id: ID!, $input: UpdateStakeholderInput!, $version: Int!) {\n    updateStakeholder(id: $id, input: $input, version: $version) {\n      id\n      ...StakeholderProfile\n    }\n  }\n": types.UpdateStakeholderDocument,
    "\n  mutation AddStakeholderMember($id: ID!, $email: String!, $role: StakeholderRole!) {\n    addStakeholderMember(stakeholderId: $id, email: $email, role: $role) {\n      member {\n        id\n        user {\n          id\n          displayName\n        }\n      }\n      stakeholder {\n        id\n        ...StakeholderProfile\n      }\n    }\n  }\n": types.AddStakeholderMemberDocument,
    "\n  mutation ChangeStakeholderMemberRole($id: ID!, $userId: ID!, $role: StakeholderRole!) {\n    changeStakeholderMemberRole(stakeholderId: $id, userId: $userId, role: $role) {\n      stakeholder {\n        id\n        ...StakeholderProfile\n      }\n    }\n  }\n": types.ChangeStakeholderMemberRoleDocument,
    "\n  mutation RemoveStakeholderMember($id: ID!, $userId: ID!) {\n    removeStakeholderMember(stakeholderId: $id, userId: $userId) {\n      stakeholder {\n        id\n        ...StakeholderProfile\n      }\n    }\n  }\n": types.RemoveStakeholderMemberDocument,
    "\n  mutation LeaveStakeholder($id: ID!) {\n    leaveStakeholder(stakeholderId: $id) {\n      stakeholder {\n        id\n        ...StakeholderProfile\n      }\n    }\n  }\n": types.LeaveStakeholderDocument,
    "\n  mutation TransferStakeholderOwnership($id: ID!, $userId: ID!) {\n    transferStakeholderOwnership(stakeholderId: $id, userId: $userId) {\n      stakeholder {\n        id\n        ...StakeholderProfile\n      }\n    }\n  }\n": types.TransferStakeholderOwnershipDocument,
    "\n  fragment StakeholderProfile on Stakeholder {\n    id\n    name\n    kind\n    verified\n    policyAreas\n    tags\n    description\n    website\n    contactEmail\n    version\n    availableActions\n    members {\n      id\n      role\n      user {\n        id\n        displayName\n      }\n    }\n    memberships(first: 10) {\n      ...ProfileMemberships\n    }\n    partnerships(first: 10) {\n      ...ProfilePartnerships\n    }\n    projects(first: 10) {\n      ...ProfileProjects\n    }\n  }\n": types.StakeholderProfileFragmentDoc,
    "\n  fragment ProfileMemberships on MembershipConnection {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      node {\n        id\n        status\n        hub {\n          id\n          slug\n          name\n          nameKo\n        }\n      }\n    }\n  }\n": types.ProfileMembershipsFragmentDoc,
    "\n  fragment ProfilePartnerships on PartnershipConnection {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      node {\n        id\n        title\n        status\n        proposer {\n          id\n          name\n        }\n        partner {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.ProfilePartnershipsFragmentDoc,
    "\n  fragment ProfileProjects on ProjectConnection {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      node {\n        id\n        title\n        status\n      }\n    }\n  }\n": types.ProfileProjectsFragmentDoc,
    "\n  query StakeholderProfilePage($id: ID!) {\n    stakeholder(id: $id) {\n      id\n      ...StakeholderProfile\n    }\n  }\n": types.StakeholderProfilePageDocument,
    "\n  query StakeholderMoreMemberships($id: ID!, $after: String) {\n    stakeholder(id: $id) {\n      id\n      memberships(first: 10, after: $after) {\n        ...ProfileMemberships\n      }\n    }\n  }\n": types.StakeholderMoreMembershipsDocument,
    "\n  query StakeholderMorePartnerships($id: ID!, $after: String) {\n    stakeholder(id: $id) {\n      id\n      partnerships(first: 10, after: $after) {\n        ...ProfilePartnerships\n      }\n    }\n  }\n": types.StakeholderMorePartnershipsDocument,
    "\n  query StakeholderMoreProjects($id: ID!, $after: String) {\n    stakeholder(id: $id) {\n      id\n      projects(first: 10, after: $after) {\n        ...ProfileProjects\n      }\n    }\n  }\n": types.StakeholderMoreProjectsDocument,
    "\n  mutation UpdateMe($input: UpdateMeInput!) {\n    updateMe(input: $input) {\n      ...SessionUser\n    }\n  }\n": types.UpdateMeDocument,
    "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n": types.ChangePasswordDocument,
    "\n  fragment InboxItem on Notification {\n    id\n    kind\n    message\n    createdAt\n    readAt\n    # Inline on each type (not a fragment on the union): the cache has no possibleTypes.\n    subject {\n        __typename\n        ... on Stakeholder {\n          id\n        }\n        ... on Membership {\n          id\n          hub {\n            id\n            slug\n          }\n        }\n        ... on Committee {\n          id\n          hub {\n            id\n            slug\n          }\n        }\n        ... on Booking {\n          id\n          space {\n            id\n          }\n        }\n        ... on Event {\n          id\n        }\n        ... on Partnership {\n          id\n        }\n        ... on Project {\n          id\n        }\n        ... on BudgetRound {\n          id\n        }\n    }\n  }\n": types.InboxItemFragmentDoc,
    "\n  query Inbox($after: String) {\n    notifications(first: 20, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...InboxItem\n        }\n      }\n    }\n  }\n": types.InboxDocument,
    "\n  mutation MarkNotificationsRead($ids: [ID!]!) {\n    markNotificationsRead(ids: $ids) {\n      id\n      readAt\n    }\n  }\n": types.MarkNotificationsReadDocument,
    "\n  mutation MarkAllNotificationsRead {\n    markAllNotificationsRead {\n      markedCount\n      unreadCount\n    }\n  }\n": types.MarkAllNotificationsReadDocument,
    "\n  query ParkHome {\n    hubs {\n      id\n      slug\n      name\n      nameKo\n      description\n    }\n  }\n": types.ParkHomeDocument,
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
export function graphql(source: "\n  mutation CreateStakeholder($input: CreateStakeholderInput!) {\n    createStakeholder(input: $input) {\n      id\n      ...StakeholderProfile\n    }\n  }\n"): (typeof documents)["\n  mutation CreateStakeholder($input: CreateStakeholderInput!) {\n    createStakeholder(input: $input) {\n      id\n      ...StakeholderProfile\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment StakeholderCard on Stakeholder {\n    id\n    name\n    kind\n    verified\n    policyAreas\n    description\n  }\n"): (typeof documents)["\n  fragment StakeholderCard on Stakeholder {\n    id\n    name\n    kind\n    verified\n    policyAreas\n    description\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StakeholderDirectory($filter: StakeholderFilter, $first: Int, $after: String) {\n    hubs {\n      id\n      name\n      nameKo\n    }\n    stakeholders(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          ...StakeholderCard\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query StakeholderDirectory($filter: StakeholderFilter, $first: Int, $after: String) {\n    hubs {\n      id\n      name\n      nameKo\n    }\n    stakeholders(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          ...StakeholderCard\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateStakeholder($id: ID!, $input: UpdateStakeholderInput!, $version: Int!) {\n    updateStakeholder(id: $id, input: $input, version: $version) {\n      id\n      ...StakeholderProfile\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateStakeholder($id: ID!, $input: UpdateStakeholderInput!, $version: Int!) {\n    updateStakeholder(id: $id, input: $input, version: $version) {\n      id\n      ...StakeholderProfile\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddStakeholderMember($id: ID!, $email: String!, $role: StakeholderRole!) {\n    addStakeholderMember(stakeholderId: $id, email: $email, role: $role) {\n      member {\n        id\n        user {\n          id\n          displayName\n        }\n      }\n      stakeholder {\n        id\n        ...StakeholderProfile\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AddStakeholderMember($id: ID!, $email: String!, $role: StakeholderRole!) {\n    addStakeholderMember(stakeholderId: $id, email: $email, role: $role) {\n      member {\n        id\n        user {\n          id\n          displayName\n        }\n      }\n      stakeholder {\n        id\n        ...StakeholderProfile\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeStakeholderMemberRole($id: ID!, $userId: ID!, $role: StakeholderRole!) {\n    changeStakeholderMemberRole(stakeholderId: $id, userId: $userId, role: $role) {\n      stakeholder {\n        id\n        ...StakeholderProfile\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ChangeStakeholderMemberRole($id: ID!, $userId: ID!, $role: StakeholderRole!) {\n    changeStakeholderMemberRole(stakeholderId: $id, userId: $userId, role: $role) {\n      stakeholder {\n        id\n        ...StakeholderProfile\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveStakeholderMember($id: ID!, $userId: ID!) {\n    removeStakeholderMember(stakeholderId: $id, userId: $userId) {\n      stakeholder {\n        id\n        ...StakeholderProfile\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RemoveStakeholderMember($id: ID!, $userId: ID!) {\n    removeStakeholderMember(stakeholderId: $id, userId: $userId) {\n      stakeholder {\n        id\n        ...StakeholderProfile\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LeaveStakeholder($id: ID!) {\n    leaveStakeholder(stakeholderId: $id) {\n      stakeholder {\n        id\n        ...StakeholderProfile\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation LeaveStakeholder($id: ID!) {\n    leaveStakeholder(stakeholderId: $id) {\n      stakeholder {\n        id\n        ...StakeholderProfile\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TransferStakeholderOwnership($id: ID!, $userId: ID!) {\n    transferStakeholderOwnership(stakeholderId: $id, userId: $userId) {\n      stakeholder {\n        id\n        ...StakeholderProfile\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TransferStakeholderOwnership($id: ID!, $userId: ID!) {\n    transferStakeholderOwnership(stakeholderId: $id, userId: $userId) {\n      stakeholder {\n        id\n        ...StakeholderProfile\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment StakeholderProfile on Stakeholder {\n    id\n    name\n    kind\n    verified\n    policyAreas\n    tags\n    description\n    website\n    contactEmail\n    version\n    availableActions\n    members {\n      id\n      role\n      user {\n        id\n        displayName\n      }\n    }\n    memberships(first: 10) {\n      ...ProfileMemberships\n    }\n    partnerships(first: 10) {\n      ...ProfilePartnerships\n    }\n    projects(first: 10) {\n      ...ProfileProjects\n    }\n  }\n"): (typeof documents)["\n  fragment StakeholderProfile on Stakeholder {\n    id\n    name\n    kind\n    verified\n    policyAreas\n    tags\n    description\n    website\n    contactEmail\n    version\n    availableActions\n    members {\n      id\n      role\n      user {\n        id\n        displayName\n      }\n    }\n    memberships(first: 10) {\n      ...ProfileMemberships\n    }\n    partnerships(first: 10) {\n      ...ProfilePartnerships\n    }\n    projects(first: 10) {\n      ...ProfileProjects\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProfileMemberships on MembershipConnection {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      node {\n        id\n        status\n        hub {\n          id\n          slug\n          name\n          nameKo\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment ProfileMemberships on MembershipConnection {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      node {\n        id\n        status\n        hub {\n          id\n          slug\n          name\n          nameKo\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProfilePartnerships on PartnershipConnection {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      node {\n        id\n        title\n        status\n        proposer {\n          id\n          name\n        }\n        partner {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment ProfilePartnerships on PartnershipConnection {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      node {\n        id\n        title\n        status\n        proposer {\n          id\n          name\n        }\n        partner {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProfileProjects on ProjectConnection {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      node {\n        id\n        title\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment ProfileProjects on ProjectConnection {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      node {\n        id\n        title\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StakeholderProfilePage($id: ID!) {\n    stakeholder(id: $id) {\n      id\n      ...StakeholderProfile\n    }\n  }\n"): (typeof documents)["\n  query StakeholderProfilePage($id: ID!) {\n    stakeholder(id: $id) {\n      id\n      ...StakeholderProfile\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StakeholderMoreMemberships($id: ID!, $after: String) {\n    stakeholder(id: $id) {\n      id\n      memberships(first: 10, after: $after) {\n        ...ProfileMemberships\n      }\n    }\n  }\n"): (typeof documents)["\n  query StakeholderMoreMemberships($id: ID!, $after: String) {\n    stakeholder(id: $id) {\n      id\n      memberships(first: 10, after: $after) {\n        ...ProfileMemberships\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StakeholderMorePartnerships($id: ID!, $after: String) {\n    stakeholder(id: $id) {\n      id\n      partnerships(first: 10, after: $after) {\n        ...ProfilePartnerships\n      }\n    }\n  }\n"): (typeof documents)["\n  query StakeholderMorePartnerships($id: ID!, $after: String) {\n    stakeholder(id: $id) {\n      id\n      partnerships(first: 10, after: $after) {\n        ...ProfilePartnerships\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StakeholderMoreProjects($id: ID!, $after: String) {\n    stakeholder(id: $id) {\n      id\n      projects(first: 10, after: $after) {\n        ...ProfileProjects\n      }\n    }\n  }\n"): (typeof documents)["\n  query StakeholderMoreProjects($id: ID!, $after: String) {\n    stakeholder(id: $id) {\n      id\n      projects(first: 10, after: $after) {\n        ...ProfileProjects\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateMe($input: UpdateMeInput!) {\n    updateMe(input: $input) {\n      ...SessionUser\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateMe($input: UpdateMeInput!) {\n    updateMe(input: $input) {\n      ...SessionUser\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n"): (typeof documents)["\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment InboxItem on Notification {\n    id\n    kind\n    message\n    createdAt\n    readAt\n    # Inline on each type (not a fragment on the union): the cache has no possibleTypes.\n    subject {\n        __typename\n        ... on Stakeholder {\n          id\n        }\n        ... on Membership {\n          id\n          hub {\n            id\n            slug\n          }\n        }\n        ... on Committee {\n          id\n          hub {\n            id\n            slug\n          }\n        }\n        ... on Booking {\n          id\n          space {\n            id\n          }\n        }\n        ... on Event {\n          id\n        }\n        ... on Partnership {\n          id\n        }\n        ... on Project {\n          id\n        }\n        ... on BudgetRound {\n          id\n        }\n    }\n  }\n"): (typeof documents)["\n  fragment InboxItem on Notification {\n    id\n    kind\n    message\n    createdAt\n    readAt\n    # Inline on each type (not a fragment on the union): the cache has no possibleTypes.\n    subject {\n        __typename\n        ... on Stakeholder {\n          id\n        }\n        ... on Membership {\n          id\n          hub {\n            id\n            slug\n          }\n        }\n        ... on Committee {\n          id\n          hub {\n            id\n            slug\n          }\n        }\n        ... on Booking {\n          id\n          space {\n            id\n          }\n        }\n        ... on Event {\n          id\n        }\n        ... on Partnership {\n          id\n        }\n        ... on Project {\n          id\n        }\n        ... on BudgetRound {\n          id\n        }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Inbox($after: String) {\n    notifications(first: 20, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...InboxItem\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Inbox($after: String) {\n    notifications(first: 20, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...InboxItem\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkNotificationsRead($ids: [ID!]!) {\n    markNotificationsRead(ids: $ids) {\n      id\n      readAt\n    }\n  }\n"): (typeof documents)["\n  mutation MarkNotificationsRead($ids: [ID!]!) {\n    markNotificationsRead(ids: $ids) {\n      id\n      readAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkAllNotificationsRead {\n    markAllNotificationsRead {\n      markedCount\n      unreadCount\n    }\n  }\n"): (typeof documents)["\n  mutation MarkAllNotificationsRead {\n    markAllNotificationsRead {\n      markedCount\n      unreadCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ParkHome {\n    hubs {\n      id\n      slug\n      name\n      nameKo\n      description\n    }\n  }\n"): (typeof documents)["\n  query ParkHome {\n    hubs {\n      id\n      slug\n      name\n      nameKo\n      description\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;