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
    "\n  mutation ApplyToHub($input: ApplyForMembershipInput!) {\n    applyForMembership(input: $input) {\n      id\n      ...MyApplication\n      stakeholder {\n        id\n        availableActions\n        memberships(first: 50) {\n          edges {\n            node {\n              id\n              hub {\n                id\n              }\n              ...MyApplication\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.ApplyToHubDocument,
    "\n  fragment HubMemberPage on MembershipConnection {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      node {\n        id\n        stakeholder {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.HubMemberPageFragmentDoc,
    "\n  fragment HubMembers on Hub {\n    id\n    members(first: 12) {\n      ...HubMemberPage\n    }\n  }\n": typeof types.HubMembersFragmentDoc,
    "\n  query HubMoreMembers($id: ID!, $after: String!) {\n    hub(id: $id) {\n      id\n      members(first: 12, after: $after) {\n        ...HubMemberPage\n      }\n    }\n  }\n": typeof types.HubMoreMembersDocument,
    "\n  query HubPage($slug: String!, $from: DateTime!, $to: DateTime!) {\n    hub(slug: $slug) {\n      id\n      slug\n      name\n      nameKo\n      description\n      spaces {\n        id\n        name\n        kind\n        capacity\n      }\n      events(from: $from, to: $to, first: 10) {\n        totalCount\n        edges {\n          node {\n            id\n            title\n            startsAt\n            endsAt\n            space {\n              id\n              name\n            }\n          }\n        }\n      }\n      ...HubMembers\n    }\n    me {\n      id\n      stakeholders {\n        id\n        role\n        stakeholder {\n          id\n          name\n          availableActions\n          memberships(first: 50) {\n            edges {\n              node {\n                id\n                hub {\n                  id\n                }\n                ...MyApplication\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.HubPageDocument,
    "\n  fragment MyApplication on Membership {\n    id\n    status\n    plan\n    createdAt\n    availableActions\n    history {\n      id\n      action\n      from\n      to\n      at\n      note\n      actor {\n        id\n        displayName\n      }\n    }\n  }\n": typeof types.MyApplicationFragmentDoc,
    "\n  mutation WithdrawApplication($id: ID!) {\n    withdrawMembershipApplication(id: $id) {\n      id\n      ...MyApplication\n    }\n  }\n": typeof types.WithdrawApplicationDocument,
    "\n  fragment MyWeek on User {\n    id\n    unreadNotificationCount\n    bookings(first: 5) {\n      edges {\n        node {\n          id\n          startsAt\n          endsAt\n          status\n          space {\n            id\n            name\n          }\n        }\n      }\n    }\n    rsvps {\n      id\n      status\n      waitlistPosition\n      event {\n        id\n        title\n        startsAt\n      }\n    }\n    stakeholders {\n      id\n      stakeholder {\n        id\n        name\n        memberships(first: 20) {\n          edges {\n            node {\n              id\n              status\n              plan\n              createdAt\n              hub {\n                id\n                slug\n                name\n                nameKo\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.MyWeekFragmentDoc,
    "\n  query ParkHome($from: DateTime!, $to: DateTime!) {\n    hubs {\n      id\n      slug\n      name\n      nameKo\n      description\n    }\n    events(from: $from, to: $to, first: 6) {\n      edges {\n        node {\n          id\n          title\n          startsAt\n          hub {\n            id\n            name\n            nameKo\n          }\n          space {\n            id\n            name\n          }\n        }\n      }\n    }\n    me {\n      id\n      ...MyWeek\n    }\n  }\n": typeof types.ParkHomeDocument,
};
const documents: Documents = {
    "\n  fragment SessionUser on User {\n    id\n    displayName\n    role\n    locale\n    unreadNotificationCount\n  }\n": types.SessionUserFragmentDoc,
    "\n  mutation ResumeSession {\n    refreshSession {\n      accessToken\n      user {\n        ...SessionUser\n      }\n    }\n  }\n": types.ResumeSessionDocument,
    "\n  mutation SignIn($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n      user {\n        ...SessionUser\n      }\n    }\n  }\n": types.SignInDocument,
    "\n  mutation SignUp($input: RegisterInput!) {\n    register(input: $input) {\n      accessToken\n      user {\n        ...SessionUser\n      }\n    }\n  }\n": types.SignUpDocument,
    "\n  mutation SignOut {\n    logout\n  }\n": types.SignOutDocument,
    "\n  mutation ApplyToHub($input: ApplyForMembershipInput!) {\n    applyForMembership(input: $input) {\n      id\n      ...MyApplication\n      stakeholder {\n        id\n        availableActions\n        memberships(first: 50) {\n          edges {\n            node {\n              id\n              hub {\n                id\n              }\n              ...MyApplication\n            }\n          }\n        }\n      }\n    }\n  }\n": types.ApplyToHubDocument,
    "\n  fragment HubMemberPage on MembershipConnection {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      node {\n        id\n        stakeholder {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.HubMemberPageFragmentDoc,
    "\n  fragment HubMembers on Hub {\n    id\n    members(first: 12) {\n      ...HubMemberPage\n    }\n  }\n": types.HubMembersFragmentDoc,
    "\n  query HubMoreMembers($id: ID!, $after: String!) {\n    hub(id: $id) {\n      id\n      members(first: 12, after: $after) {\n        ...HubMemberPage\n      }\n    }\n  }\n": types.HubMoreMembersDocument,
    "\n  query HubPage($slug: String!, $from: DateTime!, $to: DateTime!) {\n    hub(slug: $slug) {\n      id\n      slug\n      name\n      nameKo\n      description\n      spaces {\n        id\n        name\n        kind\n        capacity\n      }\n      events(from: $from, to: $to, first: 10) {\n        totalCount\n        edges {\n          node {\n            id\n            title\n            startsAt\n            endsAt\n            space {\n              id\n              name\n            }\n          }\n        }\n      }\n      ...HubMembers\n    }\n    me {\n      id\n      stakeholders {\n        id\n        role\n        stakeholder {\n          id\n          name\n          availableActions\n          memberships(first: 50) {\n            edges {\n              node {\n                id\n                hub {\n                  id\n                }\n                ...MyApplication\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": types.HubPageDocument,
    "\n  fragment MyApplication on Membership {\n    id\n    status\n    plan\n    createdAt\n    availableActions\n    history {\n      id\n      action\n      from\n      to\n      at\n      note\n      actor {\n        id\n        displayName\n      }\n    }\n  }\n": types.MyApplicationFragmentDoc,
    "\n  mutation WithdrawApplication($id: ID!) {\n    withdrawMembershipApplication(id: $id) {\n      id\n      ...MyApplication\n    }\n  }\n": types.WithdrawApplicationDocument,
    "\n  fragment MyWeek on User {\n    id\n    unreadNotificationCount\n    bookings(first: 5) {\n      edges {\n        node {\n          id\n          startsAt\n          endsAt\n          status\n          space {\n            id\n            name\n          }\n        }\n      }\n    }\n    rsvps {\n      id\n      status\n      waitlistPosition\n      event {\n        id\n        title\n        startsAt\n      }\n    }\n    stakeholders {\n      id\n      stakeholder {\n        id\n        name\n        memberships(first: 20) {\n          edges {\n            node {\n              id\n              status\n              plan\n              createdAt\n              hub {\n                id\n                slug\n                name\n                nameKo\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": types.MyWeekFragmentDoc,
    "\n  query ParkHome($from: DateTime!, $to: DateTime!) {\n    hubs {\n      id\n      slug\n      name\n      nameKo\n      description\n    }\n    events(from: $from, to: $to, first: 6) {\n      edges {\n        node {\n          id\n          title\n          startsAt\n          hub {\n            id\n            name\n            nameKo\n          }\n          space {\n            id\n            name\n          }\n        }\n      }\n    }\n    me {\n      id\n      ...MyWeek\n    }\n  }\n": types.ParkHomeDocument,
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
export function graphql(source: "\n  mutation ApplyToHub($input: ApplyForMembershipInput!) {\n    applyForMembership(input: $input) {\n      id\n      ...MyApplication\n      stakeholder {\n        id\n        availableActions\n        memberships(first: 50) {\n          edges {\n            node {\n              id\n              hub {\n                id\n              }\n              ...MyApplication\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ApplyToHub($input: ApplyForMembershipInput!) {\n    applyForMembership(input: $input) {\n      id\n      ...MyApplication\n      stakeholder {\n        id\n        availableActions\n        memberships(first: 50) {\n          edges {\n            node {\n              id\n              hub {\n                id\n              }\n              ...MyApplication\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment HubMemberPage on MembershipConnection {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      node {\n        id\n        stakeholder {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment HubMemberPage on MembershipConnection {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      node {\n        id\n        stakeholder {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment HubMembers on Hub {\n    id\n    members(first: 12) {\n      ...HubMemberPage\n    }\n  }\n"): (typeof documents)["\n  fragment HubMembers on Hub {\n    id\n    members(first: 12) {\n      ...HubMemberPage\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HubMoreMembers($id: ID!, $after: String!) {\n    hub(id: $id) {\n      id\n      members(first: 12, after: $after) {\n        ...HubMemberPage\n      }\n    }\n  }\n"): (typeof documents)["\n  query HubMoreMembers($id: ID!, $after: String!) {\n    hub(id: $id) {\n      id\n      members(first: 12, after: $after) {\n        ...HubMemberPage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HubPage($slug: String!, $from: DateTime!, $to: DateTime!) {\n    hub(slug: $slug) {\n      id\n      slug\n      name\n      nameKo\n      description\n      spaces {\n        id\n        name\n        kind\n        capacity\n      }\n      events(from: $from, to: $to, first: 10) {\n        totalCount\n        edges {\n          node {\n            id\n            title\n            startsAt\n            endsAt\n            space {\n              id\n              name\n            }\n          }\n        }\n      }\n      ...HubMembers\n    }\n    me {\n      id\n      stakeholders {\n        id\n        role\n        stakeholder {\n          id\n          name\n          availableActions\n          memberships(first: 50) {\n            edges {\n              node {\n                id\n                hub {\n                  id\n                }\n                ...MyApplication\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query HubPage($slug: String!, $from: DateTime!, $to: DateTime!) {\n    hub(slug: $slug) {\n      id\n      slug\n      name\n      nameKo\n      description\n      spaces {\n        id\n        name\n        kind\n        capacity\n      }\n      events(from: $from, to: $to, first: 10) {\n        totalCount\n        edges {\n          node {\n            id\n            title\n            startsAt\n            endsAt\n            space {\n              id\n              name\n            }\n          }\n        }\n      }\n      ...HubMembers\n    }\n    me {\n      id\n      stakeholders {\n        id\n        role\n        stakeholder {\n          id\n          name\n          availableActions\n          memberships(first: 50) {\n            edges {\n              node {\n                id\n                hub {\n                  id\n                }\n                ...MyApplication\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MyApplication on Membership {\n    id\n    status\n    plan\n    createdAt\n    availableActions\n    history {\n      id\n      action\n      from\n      to\n      at\n      note\n      actor {\n        id\n        displayName\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment MyApplication on Membership {\n    id\n    status\n    plan\n    createdAt\n    availableActions\n    history {\n      id\n      action\n      from\n      to\n      at\n      note\n      actor {\n        id\n        displayName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawApplication($id: ID!) {\n    withdrawMembershipApplication(id: $id) {\n      id\n      ...MyApplication\n    }\n  }\n"): (typeof documents)["\n  mutation WithdrawApplication($id: ID!) {\n    withdrawMembershipApplication(id: $id) {\n      id\n      ...MyApplication\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MyWeek on User {\n    id\n    unreadNotificationCount\n    bookings(first: 5) {\n      edges {\n        node {\n          id\n          startsAt\n          endsAt\n          status\n          space {\n            id\n            name\n          }\n        }\n      }\n    }\n    rsvps {\n      id\n      status\n      waitlistPosition\n      event {\n        id\n        title\n        startsAt\n      }\n    }\n    stakeholders {\n      id\n      stakeholder {\n        id\n        name\n        memberships(first: 20) {\n          edges {\n            node {\n              id\n              status\n              plan\n              createdAt\n              hub {\n                id\n                slug\n                name\n                nameKo\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment MyWeek on User {\n    id\n    unreadNotificationCount\n    bookings(first: 5) {\n      edges {\n        node {\n          id\n          startsAt\n          endsAt\n          status\n          space {\n            id\n            name\n          }\n        }\n      }\n    }\n    rsvps {\n      id\n      status\n      waitlistPosition\n      event {\n        id\n        title\n        startsAt\n      }\n    }\n    stakeholders {\n      id\n      stakeholder {\n        id\n        name\n        memberships(first: 20) {\n          edges {\n            node {\n              id\n              status\n              plan\n              createdAt\n              hub {\n                id\n                slug\n                name\n                nameKo\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ParkHome($from: DateTime!, $to: DateTime!) {\n    hubs {\n      id\n      slug\n      name\n      nameKo\n      description\n    }\n    events(from: $from, to: $to, first: 6) {\n      edges {\n        node {\n          id\n          title\n          startsAt\n          hub {\n            id\n            name\n            nameKo\n          }\n          space {\n            id\n            name\n          }\n        }\n      }\n    }\n    me {\n      id\n      ...MyWeek\n    }\n  }\n"): (typeof documents)["\n  query ParkHome($from: DateTime!, $to: DateTime!) {\n    hubs {\n      id\n      slug\n      name\n      nameKo\n      description\n    }\n    events(from: $from, to: $to, first: 6) {\n      edges {\n        node {\n          id\n          title\n          startsAt\n          hub {\n            id\n            name\n            nameKo\n          }\n          space {\n            id\n            name\n          }\n        }\n      }\n    }\n    me {\n      id\n      ...MyWeek\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;