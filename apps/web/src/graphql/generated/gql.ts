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
    "\n  subscription LiveNotification {\n    notificationReceived {\n      unreadCount\n      notification {\n        id\n      }\n    }\n  }\n": typeof types.LiveNotificationDocument,
    "\n  subscription LiveStaffInbox {\n    staffInboxChanged(hubId: null) {\n      counts {\n        ...StaffInboxCounts\n      }\n    }\n  }\n": typeof types.LiveStaffInboxDocument,
    "\n  fragment SessionUser on User {\n    id\n    displayName\n    role\n    locale\n    emailVerified\n    unreadNotificationCount\n    hubStaff {\n      id\n      role\n      hub {\n        id\n        slug\n        name\n      }\n    }\n    committees {\n      id\n    }\n  }\n": typeof types.SessionUserFragmentDoc,
    "\n  mutation ResumeSession {\n    refreshSession {\n      accessToken\n      user {\n        ...SessionUser\n      }\n    }\n  }\n": typeof types.ResumeSessionDocument,
    "\n  mutation SignIn($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n      user {\n        ...SessionUser\n      }\n    }\n  }\n": typeof types.SignInDocument,
    "\n  mutation SignUp($input: RegisterInput!) {\n    register(input: $input) {\n      accessToken\n      user {\n        ...SessionUser\n      }\n    }\n  }\n": typeof types.SignUpDocument,
    "\n  mutation SignOut {\n    logout\n  }\n": typeof types.SignOutDocument,
    "\n  mutation SaveLanguage($input: UpdateMeInput!) {\n    updateMe(input: $input) {\n      id\n      locale\n    }\n  }\n": typeof types.SaveLanguageDocument,
    "\n  fragment WorkflowStep on WorkflowEvent {\n    id\n    action\n    from\n    to\n    note\n    at\n    actor {\n      id\n      displayName\n    }\n  }\n": typeof types.WorkflowStepFragmentDoc,
    "\n  mutation CreateStakeholder($input: CreateStakeholderInput!) {\n    createStakeholder(input: $input) {\n      id\n      ...StakeholderProfile\n    }\n  }\n": typeof types.CreateStakeholderDocument,
    "\n  fragment StakeholderCard on Stakeholder {\n    id\n    name\n    kind\n    verified\n    policyAreas\n    description\n  }\n": typeof types.StakeholderCardFragmentDoc,
    "\n  query StakeholderDirectory($filter: StakeholderFilter, $first: Int, $after: String) {\n    hubs {\n      id\n      name\n      nameKo\n    }\n    stakeholders(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          ...StakeholderCard\n        }\n      }\n    }\n  }\n": typeof types.StakeholderDirectoryDocument,
    "\n  mutation UpdateStakeholder($id: ID!, $input: UpdateStakeholderInput!, $version: Int!) {\n    updateStakeholder(id: $id, input: $input, version: $version) {\n      id\n      ...StakeholderProfile\n    }\n  }\n": typeof types.UpdateStakeholderDocument,
    "\n  mutation AddStakeholderMember($id: ID!, $email: String!, $role: StakeholderRole!) {\n    addStakeholderMember(stakeholderId: $id, email: $email, role: $role) {\n      invitation {\n        id\n        email\n      }\n      stakeholder {\n        id\n        ...StakeholderProfile\n      }\n    }\n  }\n": typeof types.AddStakeholderMemberDocument,
    "\n  mutation CancelStakeholderInvitation($id: ID!) {\n    cancelStakeholderInvitation(id: $id) {\n      stakeholder {\n        id\n        ...StakeholderProfile\n      }\n    }\n  }\n": typeof types.CancelStakeholderInvitationDocument,
    "\n  mutation ChangeStakeholderMemberRole($id: ID!, $userId: ID!, $role: StakeholderRole!) {\n    changeStakeholderMemberRole(stakeholderId: $id, userId: $userId, role: $role) {\n      stakeholder {\n        id\n        ...StakeholderProfile\n      }\n    }\n  }\n": typeof types.ChangeStakeholderMemberRoleDocument,
    "\n  mutation RemoveStakeholderMember($id: ID!, $userId: ID!) {\n    removeStakeholderMember(stakeholderId: $id, userId: $userId) {\n      stakeholder {\n        id\n        ...StakeholderProfile\n      }\n    }\n  }\n": typeof types.RemoveStakeholderMemberDocument,
    "\n  mutation LeaveStakeholder($id: ID!) {\n    leaveStakeholder(stakeholderId: $id) {\n      stakeholder {\n        id\n        ...StakeholderProfile\n      }\n    }\n  }\n": typeof types.LeaveStakeholderDocument,
    "\n  mutation TransferStakeholderOwnership($id: ID!, $userId: ID!) {\n    transferStakeholderOwnership(stakeholderId: $id, userId: $userId) {\n      stakeholder {\n        id\n        ...StakeholderProfile\n      }\n    }\n  }\n": typeof types.TransferStakeholderOwnershipDocument,
    "\n  query StakeholderWebhooks($stakeholderId: ID!) {\n    webhookEventTypes\n    webhooks(stakeholderId: $stakeholderId) {\n      id\n      url\n      events\n      description\n      enabled\n      failingSince\n    }\n  }\n": typeof types.StakeholderWebhooksDocument,
    "\n  mutation CreateStakeholderWebhook($input: CreateWebhookInput!) {\n    createWebhook(input: $input) {\n      secret\n      webhook {\n        id\n        url\n        events\n        description\n        enabled\n        failingSince\n      }\n    }\n  }\n": typeof types.CreateStakeholderWebhookDocument,
    "\n  query WebhookDeliveryList($webhookId: ID!) {\n    webhookDeliveries(webhookId: $webhookId, first: 10) {\n      edges {\n        node {\n          id\n          eventType\n          status\n          createdAt\n          attempts {\n            id\n            statusCode\n            error\n          }\n        }\n      }\n    }\n  }\n": typeof types.WebhookDeliveryListDocument,
    "\n  fragment StakeholderProfile on Stakeholder {\n    id\n    name\n    kind\n    verified\n    policyAreas\n    tags\n    description\n    website\n    contactEmail\n    version\n    availableActions\n    members {\n      id\n      role\n      availableActions\n      user {\n        id\n        displayName\n      }\n    }\n    invitations {\n      id\n      email\n      role\n      expiresAt\n      availableActions\n    }\n    memberships(first: 10) {\n      ...ProfileMemberships\n    }\n    partnerships(first: 10) {\n      ...ProfilePartnerships\n    }\n    projects(first: 10) {\n      ...ProfileProjects\n    }\n  }\n": typeof types.StakeholderProfileFragmentDoc,
    "\n  fragment ProfileMemberships on MembershipConnection {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      node {\n        id\n        status\n        hub {\n          id\n          slug\n          name\n          nameKo\n        }\n      }\n    }\n  }\n": typeof types.ProfileMembershipsFragmentDoc,
    "\n  fragment ProfilePartnerships on PartnershipConnection {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      node {\n        id\n        title\n        status\n        proposer {\n          id\n          name\n        }\n        partner {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.ProfilePartnershipsFragmentDoc,
    "\n  fragment ProfileProjects on ProjectConnection {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      node {\n        id\n        title\n        status\n      }\n    }\n  }\n": typeof types.ProfileProjectsFragmentDoc,
    "\n  query StakeholderProfilePage($id: ID!) {\n    stakeholder(id: $id) {\n      id\n      ...StakeholderProfile\n    }\n  }\n": typeof types.StakeholderProfilePageDocument,
    "\n  query StakeholderMoreMemberships($id: ID!, $after: String) {\n    stakeholder(id: $id) {\n      id\n      memberships(first: 10, after: $after) {\n        ...ProfileMemberships\n      }\n    }\n  }\n": typeof types.StakeholderMoreMembershipsDocument,
    "\n  query StakeholderMorePartnerships($id: ID!, $after: String) {\n    stakeholder(id: $id) {\n      id\n      partnerships(first: 10, after: $after) {\n        ...ProfilePartnerships\n      }\n    }\n  }\n": typeof types.StakeholderMorePartnershipsDocument,
    "\n  query StakeholderMoreProjects($id: ID!, $after: String) {\n    stakeholder(id: $id) {\n      id\n      projects(first: 10, after: $after) {\n        ...ProfileProjects\n      }\n    }\n  }\n": typeof types.StakeholderMoreProjectsDocument,
    "\n  mutation UpdateMe($input: UpdateMeInput!) {\n    updateMe(input: $input) {\n      ...SessionUser\n    }\n  }\n": typeof types.UpdateMeDocument,
    "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n": typeof types.ChangePasswordDocument,
    "\n  query AccountSections {\n    me {\n      id\n      calendarFeedUrl\n      timeZone\n    }\n    mailPreferences {\n      kind\n      cadence\n      isDefault\n    }\n    myDataExports {\n      ...DataExportRow\n    }\n  }\n": typeof types.AccountSectionsDocument,
    "\n  query AccountCalendarFeed {\n    me {\n      id\n      calendarFeedUrl\n    }\n  }\n": typeof types.AccountCalendarFeedDocument,
    "\n  mutation ResetCalendarFeed {\n    resetCalendarFeed\n  }\n": typeof types.ResetCalendarFeedDocument,
    "\n  mutation DeleteMyAccount($password: String!) {\n    deleteMyAccount(password: $password)\n  }\n": typeof types.DeleteMyAccountDocument,
    "\n  mutation RequestEmailVerification {\n    requestEmailVerification\n  }\n": typeof types.RequestEmailVerificationDocument,
    "\n  query MailPreferences {\n    me {\n      id\n      timeZone\n    }\n    mailPreferences {\n      kind\n      cadence\n      isDefault\n    }\n  }\n": typeof types.MailPreferencesDocument,
    "\n  mutation SetMailPreference($kind: NotificationKind!, $cadence: MailCadence!) {\n    setMailPreference(kind: $kind, cadence: $cadence) {\n      kind\n      cadence\n      isDefault\n    }\n  }\n": typeof types.SetMailPreferenceDocument,
    "\n  mutation SetMailTimeZone($input: UpdateMeInput!) {\n    updateMe(input: $input) {\n      id\n      timeZone\n    }\n  }\n": typeof types.SetMailTimeZoneDocument,
    "\n  mutation ResetPassword($token: String!, $newPassword: String!) {\n    resetPassword(token: $token, newPassword: $newPassword)\n  }\n": typeof types.ResetPasswordDocument,
    "\n  mutation VerifyEmail($token: String!) {\n    verifyEmail(token: $token) {\n      id\n      emailVerified\n    }\n  }\n": typeof types.VerifyEmailDocument,
    "\n  fragment DataExportRow on DataExport {\n    id\n    status\n    requestedAt\n    readyAt\n    expiresAt\n    url\n  }\n": typeof types.DataExportRowFragmentDoc,
    "\n  query MyDataExports {\n    myDataExports {\n      ...DataExportRow\n    }\n  }\n": typeof types.MyDataExportsDocument,
    "\n  mutation RequestMyData {\n    requestMyData {\n      ...DataExportRow\n    }\n  }\n": typeof types.RequestMyDataDocument,
    "\n  mutation ApplyToHub($input: ApplyForMembershipInput!) {\n    applyForMembership(input: $input) {\n      id\n      ...MyApplication\n      stakeholder {\n        id\n        availableActions\n        memberships(first: 10) {\n          edges {\n            node {\n              id\n              hub {\n                id\n              }\n              ...MyApplication\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.ApplyToHubDocument,
    "\n  fragment HubMemberPage on MembershipConnection {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      node {\n        id\n        stakeholder {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.HubMemberPageFragmentDoc,
    "\n  fragment HubMembers on Hub {\n    id\n    members(first: 12) {\n      ...HubMemberPage\n    }\n  }\n": typeof types.HubMembersFragmentDoc,
    "\n  query HubMoreMembers($id: ID!, $after: String!) {\n    hub(id: $id) {\n      id\n      members(first: 12, after: $after) {\n        ...HubMemberPage\n      }\n    }\n  }\n": typeof types.HubMoreMembersDocument,
    "\n  query HubPage($slug: String!, $from: DateTime!, $to: DateTime!) {\n    hub(slug: $slug) {\n      id\n      slug\n      name\n      nameKo\n      description\n      spaces {\n        id\n        name\n        kind\n        capacity\n      }\n      events(from: $from, to: $to, first: 10) {\n        totalCount\n        edges {\n          node {\n            id\n            title\n            startsAt\n            endsAt\n            space {\n              id\n              name\n            }\n          }\n        }\n      }\n      ...HubMembers\n    }\n    me {\n      id\n      stakeholders {\n        id\n        role\n        stakeholder {\n          id\n          name\n          availableActions\n          memberships(first: 10) {\n            edges {\n              node {\n                id\n                hub {\n                  id\n                }\n                ...MyApplication\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.HubPageDocument,
    "\n  fragment MyApplication on Membership {\n    id\n    status\n    plan\n    createdAt\n    availableActions\n    history {\n      id\n      action\n      from\n      to\n      at\n      note\n      actor {\n        id\n        displayName\n      }\n    }\n  }\n": typeof types.MyApplicationFragmentDoc,
    "\n  mutation WithdrawApplication($id: ID!) {\n    withdrawMembershipApplication(id: $id) {\n      id\n      ...MyApplication\n    }\n  }\n": typeof types.WithdrawApplicationDocument,
    "\n  fragment InboxItem on Notification {\n    id\n    kind\n    message\n    createdAt\n    readAt\n    subject {\n      ...SubjectLink\n    }\n  }\n": typeof types.InboxItemFragmentDoc,
    "\n  query Inbox($after: String) {\n    notifications(first: 20, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...InboxItem\n        }\n      }\n    }\n  }\n": typeof types.InboxDocument,
    "\n  mutation MarkNotificationsRead($ids: [ID!]!) {\n    markNotificationsRead(ids: $ids) {\n      id\n      readAt\n    }\n  }\n": typeof types.MarkNotificationsReadDocument,
    "\n  mutation MarkAllNotificationsRead {\n    markAllNotificationsRead {\n      markedCount\n      unreadCount\n    }\n  }\n": typeof types.MarkAllNotificationsReadDocument,
    "\n  fragment SubjectLink on NotificationSubject {\n    __typename\n    ... on Node {\n      id\n    }\n    ... on Membership {\n      hub {\n        id\n        slug\n      }\n    }\n    ... on Committee {\n      hub {\n        id\n        slug\n      }\n    }\n    ... on Booking {\n      space {\n        id\n      }\n    }\n    ... on DataExport {\n      id\n    }\n  }\n": typeof types.SubjectLinkFragmentDoc,
    "\n  fragment MyInvitations on User {\n    id\n    emailVerified\n    stakeholderInvitations {\n      id\n      role\n      expiresAt\n      availableActions\n      stakeholder {\n        id\n        name\n      }\n    }\n  }\n": typeof types.MyInvitationsFragmentDoc,
    "\n  mutation AcceptStakeholderInvitation($id: ID!) {\n    acceptStakeholderInvitation(id: $id) {\n      member {\n        ...MyStakeholderSeat\n      }\n    }\n  }\n": typeof types.AcceptStakeholderInvitationDocument,
    "\n  mutation DeclineStakeholderInvitation($id: ID!) {\n    declineStakeholderInvitation(id: $id) {\n      invitation {\n        id\n        status\n        availableActions\n      }\n    }\n  }\n": typeof types.DeclineStakeholderInvitationDocument,
    "\n  fragment MyStakeholderSeat on StakeholderMember {\n    id\n    role\n    stakeholder {\n      id\n      name\n      memberships(first: 20) {\n        edges {\n          node {\n            id\n            status\n            plan\n            createdAt\n            hub {\n              id\n              slug\n              name\n              nameKo\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.MyStakeholderSeatFragmentDoc,
    "\n  fragment MyWeek on User {\n    id\n    unreadNotificationCount\n    bookings(first: 5) {\n      edges {\n        node {\n          id\n          startsAt\n          endsAt\n          status\n          space {\n            id\n            name\n          }\n        }\n      }\n    }\n    rsvps {\n      id\n      status\n      waitlistPosition\n      event {\n        id\n        title\n        startsAt\n      }\n    }\n    stakeholders {\n      ...MyStakeholderSeat\n    }\n    ...MyInvitations\n  }\n": typeof types.MyWeekFragmentDoc,
    "\n  query ParkHome($from: DateTime!, $to: DateTime!) {\n    hubs {\n      id\n      slug\n      name\n      nameKo\n      description\n    }\n    events(from: $from, to: $to, first: 6) {\n      edges {\n        node {\n          id\n          title\n          startsAt\n          hub {\n            id\n            name\n            nameKo\n          }\n          space {\n            id\n            name\n          }\n        }\n      }\n    }\n    me {\n      id\n      ...MyWeek\n    }\n  }\n": typeof types.ParkHomeDocument,
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
    "\n  query BudgetRoundPage($id: ID!) {\n    budgetRound(id: $id) {\n      id\n      title\n      totalBudget\n      minSelections\n      maxSelections\n      tallyMethod\n      requireVerifiedVoters\n      voterRule\n      hub {\n        id\n        name\n        nameKo\n      }\n      projects {\n        id\n        title\n        summary\n        requestedBudget\n        leadStakeholder {\n          id\n          name\n        }\n      }\n      results {\n        funded\n        amount\n        ...BudgetResultWhy\n        project {\n          id\n          title\n          requestedBudget\n        }\n      }\n      history {\n        ...WorkflowStep\n      }\n      ...BudgetRoundBallot\n    }\n  }\n": typeof types.BudgetRoundPageDocument,
    "\n  mutation CastBallot($roundId: ID!, $projectIds: [ID!]!) {\n    castBallot(roundId: $roundId, projectIds: $projectIds) {\n      ballot {\n        id\n      }\n      budgetRound {\n        ...BudgetRoundBallot\n      }\n    }\n  }\n": typeof types.CastBallotDocument,
    "\n  query ProposeProjectChoices {\n    me {\n      id\n      stakeholders {\n        id\n        stakeholder {\n          id\n          name\n          availableActions\n          memberships(first: 20) {\n            edges {\n              node {\n                id\n                status\n                hub {\n                  id\n                  name\n                  nameKo\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.ProposeProjectChoicesDocument,
    "\n  mutation ProposeProject($input: ProposeProjectInput!) {\n    proposeProject(input: $input) {\n      id\n      title\n      status\n    }\n  }\n": typeof types.ProposeProjectDocument,
    "\n  fragment BudgetResultWhy on BudgetResult {\n    votes\n    reason\n    explanation {\n      code\n      rank\n      cost\n      budgetLeft\n      sharePaidMax\n      sharePaidMin\n      projectStatus\n    }\n  }\n": typeof types.BudgetResultWhyFragmentDoc,
    "\n  fragment ProjectDetail on Project {\n    id\n    title\n    summary\n    status\n    requestedBudget\n    fundedAmount\n    policyAreas\n    decisionNote\n    availableActions\n    hub {\n      id\n      name\n      nameKo\n    }\n    leadStakeholder {\n      id\n      name\n    }\n    team {\n      id\n      role\n      user {\n        id\n        displayName\n      }\n    }\n    milestones {\n      id\n      title\n      dueOn\n      completedAt\n    }\n    outcomes {\n      id\n      indicator\n      value\n      unit\n      policyArea\n      note\n      recordedAt\n    }\n    funding {\n      id\n      amount\n      source\n      note\n      createdAt\n    }\n    history {\n      ...WorkflowStep\n    }\n  }\n": typeof types.ProjectDetailFragmentDoc,
    "\n  query ProjectPage($id: ID!) {\n    project(id: $id) {\n      ...ProjectDetail\n    }\n  }\n": typeof types.ProjectPageDocument,
    "\n  mutation StartProject($id: ID!, $note: String) {\n    startProject(id: $id, note: $note) {\n      ...ProjectDetail\n    }\n  }\n": typeof types.StartProjectDocument,
    "\n  mutation CompleteProject($id: ID!, $note: String) {\n    completeProject(id: $id, note: $note) {\n      ...ProjectDetail\n    }\n  }\n": typeof types.CompleteProjectDocument,
    "\n  mutation CancelProject($id: ID!, $reason: String!) {\n    cancelProject(id: $id, reason: $reason) {\n      ...ProjectDetail\n    }\n  }\n": typeof types.CancelProjectDocument,
    "\n  mutation AddMilestone($projectId: ID!, $title: String!, $dueOn: Date) {\n    addMilestone(projectId: $projectId, title: $title, dueOn: $dueOn) {\n      milestone {\n        id\n      }\n      project {\n        ...ProjectDetail\n      }\n    }\n  }\n": typeof types.AddMilestoneDocument,
    "\n  mutation CompleteMilestone($id: ID!) {\n    completeMilestone(id: $id) {\n      milestone {\n        id\n        completedAt\n      }\n      project {\n        ...ProjectDetail\n      }\n    }\n  }\n": typeof types.CompleteMilestoneDocument,
    "\n  mutation RecordOutcome($projectId: ID!, $input: OutcomeInput!) {\n    recordOutcome(projectId: $projectId, input: $input) {\n      outcome {\n        id\n      }\n      project {\n        ...ProjectDetail\n      }\n    }\n  }\n": typeof types.RecordOutcomeDocument,
    "\n  fragment ReviewCard on ProjectReview {\n    id\n    score\n    recommendation\n    comment\n    round\n    submittedAt\n    reviewer {\n      id\n      displayName\n    }\n  }\n": typeof types.ReviewCardFragmentDoc,
    "\n  fragment ReviewAssignment on Project {\n    id\n    title\n    summary\n    status\n    requestedBudget\n    availableActions\n    hub {\n      id\n      name\n      nameKo\n    }\n    leadStakeholder {\n      id\n      name\n    }\n    committee {\n      id\n      name\n    }\n    reviews {\n      ...ReviewCard\n    }\n  }\n": typeof types.ReviewAssignmentFragmentDoc,
    "\n  query MyReviews {\n    me {\n      id\n      reviewAssignments {\n        ...ReviewAssignment\n      }\n    }\n  }\n": typeof types.MyReviewsDocument,
    "\n  mutation SubmitProjectReview(\n    $projectId: ID!\n    $score: Int!\n    $recommendation: ReviewRecommendation!\n    $comment: String!\n  ) {\n    submitProjectReview(\n      projectId: $projectId\n      score: $score\n      recommendation: $recommendation\n      comment: $comment\n    ) {\n      ...ReviewAssignment\n    }\n  }\n": typeof types.SubmitProjectReviewDocument,
    "\n  fragment BookingFormSpace on Space {\n    id\n    capacity\n    hub {\n      id\n      name\n      nameKo\n    }\n    policy {\n      requiresApproval\n      memberOnly\n      minNoticeMinutes\n      maxDurationMinutes\n      maxAdvanceDays\n      bufferMinutes\n      weeklyQuotaHours\n    }\n  }\n": typeof types.BookingFormSpaceFragmentDoc,
    "\n  fragment BookedBooking on Booking {\n    id\n    status\n    startsAt\n    endsAt\n    purpose\n    attendees\n    weeklyQuotaLeft\n    stakeholder {\n      id\n      name\n    }\n    space {\n      id\n      name\n    }\n  }\n": typeof types.BookedBookingFragmentDoc,
    "\n  mutation BookSpace($input: BookSpaceInput!) {\n    bookSpace(input: $input) {\n      ...BookedBooking\n    }\n  }\n": typeof types.BookSpaceDocument,
    "\n  mutation BookSpaceSeries($input: BookSeriesInput!) {\n    bookSpaceSeries(input: $input) {\n      id\n      booked {\n        ...BookedBooking\n      }\n      skipped {\n        startsAt\n        endsAt\n        code\n        reason\n      }\n    }\n  }\n": typeof types.BookSpaceSeriesDocument,
    "\n  query WeeklyQuotaLeft($spaceId: ID!, $stakeholderId: ID!, $weekOf: DateTime!) {\n    space(id: $spaceId) {\n      id\n      weeklyQuotaLeft(stakeholderId: $stakeholderId, weekOf: $weekOf)\n    }\n  }\n": typeof types.WeeklyQuotaLeftDocument,
    "\n  fragment BookingItem on Booking {\n    id\n    status\n    startsAt\n    endsAt\n    purpose\n    attendees\n    checkedInAt\n    cancellableUntil\n    checkInOpensAt\n    checkInClosesAt\n    noShowAt\n    availableActions\n    seriesId\n    space {\n      id\n      name\n    }\n    stakeholder {\n      id\n      name\n    }\n  }\n": typeof types.BookingItemFragmentDoc,
    "\n  mutation CancelMyBooking($id: ID!) {\n    cancelBooking(id: $id) {\n      ...BookingItem\n    }\n  }\n": typeof types.CancelMyBookingDocument,
    "\n  mutation CheckInMyBooking($id: ID!) {\n    checkInBooking(id: $id) {\n      ...BookingItem\n    }\n  }\n": typeof types.CheckInMyBookingDocument,
    "\n  fragment EventDetails on Event {\n    id\n    title\n    description\n    startsAt\n    endsAt\n    capacity\n    attendeeCount\n    waitlistCount\n    availableActions\n    hub {\n      id\n      name\n      nameKo\n      slug\n    }\n    space {\n      id\n      name\n    }\n    stakeholder {\n      id\n      name\n    }\n    organizer {\n      id\n      displayName\n    }\n    myRsvp {\n      id\n      status\n      waitlistPosition\n    }\n  }\n": typeof types.EventDetailsFragmentDoc,
    "\n  query EventPage($id: ID!) {\n    event(id: $id) {\n      ...EventDetails\n    }\n  }\n": typeof types.EventPageDocument,
    "\n  mutation RsvpEvent($id: ID!) {\n    rsvpEvent(id: $id) {\n      ...EventDetails\n    }\n  }\n": typeof types.RsvpEventDocument,
    "\n  mutation CancelRsvp($id: ID!) {\n    cancelRsvp(id: $id) {\n      ...EventDetails\n    }\n  }\n": typeof types.CancelRsvpDocument,
    "\n  fragment BookingPage on BookingConnection {\n    edges {\n      node {\n        ...BookingItem\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n": typeof types.BookingPageFragmentDoc,
    "\n  query MyBookingsPage($pastFrom: DateTime!, $now: DateTime!) {\n    me {\n      id\n      bookings(first: 20) {\n        ...BookingPage\n      }\n    }\n    myBookings(from: $pastFrom, to: $now, first: 20) {\n      ...BookingPage\n    }\n  }\n": typeof types.MyBookingsPageDocument,
    "\n  query MoreUpcomingBookings($after: String) {\n    me {\n      id\n      bookings(first: 20, after: $after) {\n        ...BookingPage\n      }\n    }\n  }\n": typeof types.MoreUpcomingBookingsDocument,
    "\n  query MorePastBookings($pastFrom: DateTime!, $now: DateTime!, $after: String) {\n    myBookings(from: $pastFrom, to: $now, first: 20, after: $after) {\n      ...BookingPage\n    }\n  }\n": typeof types.MorePastBookingsDocument,
    "\n  subscription LiveSpaceWeek($spaceId: ID!) {\n    availabilityChanged(spaceId: $spaceId) {\n      id\n    }\n  }\n": typeof types.LiveSpaceWeekDocument,
    "\n  query SpaceWeek($id: ID!, $from: DateTime!, $to: DateTime!, $signedIn: Boolean!) {\n    space(id: $id) {\n      id\n      name\n      kind\n      capacity\n      amenities\n      archivedAt\n      openingHours {\n        weekday\n        opens\n        closes\n      }\n      hub {\n        id\n        name\n        nameKo\n        slug\n      }\n      ...BookingFormSpace\n    }\n    availability(spaceId: $id, from: $from, to: $to) {\n      startsAt\n      endsAt\n    }\n    myBookings(from: $from, to: $to, first: 100) @include(if: $signedIn) {\n      edges {\n        node {\n          id\n          startsAt\n          endsAt\n          status\n          space {\n            id\n          }\n        }\n      }\n    }\n    me @include(if: $signedIn) {\n      id\n      stakeholders {\n        id\n        stakeholder {\n          id\n          name\n          memberships(first: 10) {\n            edges {\n              node {\n                id\n                status\n                hub {\n                  id\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.SpaceWeekDocument,
    "\n  fragment StaffRoundRow on BudgetRound {\n    id\n    title\n    status\n    tallyMethod\n    totalBudget\n    createdAt\n  }\n": typeof types.StaffRoundRowFragmentDoc,
    "\n  query StaffBudgetRounds {\n    ...StaffNavCounts\n    hubs {\n      id\n      slug\n      name\n      nameKo\n      budgetRounds {\n        ...StaffRoundRow\n      }\n    }\n  }\n": typeof types.StaffBudgetRoundsDocument,
    "\n  mutation StaffCreateBudgetRound($input: CreateBudgetRoundInput!) {\n    createBudgetRound(input: $input) {\n      ...StaffRoundRow\n      hub {\n        id\n      }\n    }\n  }\n": typeof types.StaffCreateBudgetRoundDocument,
    "\n  fragment StaffBudgetResult on BudgetResult {\n    funded\n    amount\n    ...BudgetResultWhy\n    project {\n      id\n      title\n      requestedBudget\n    }\n  }\n": typeof types.StaffBudgetResultFragmentDoc,
    "\n  fragment StaffRoundState on BudgetRound {\n    id\n    status\n    availableActions\n    projects {\n      id\n      title\n      requestedBudget\n      leadStakeholder {\n        id\n        name\n      }\n    }\n    results {\n      ...StaffBudgetResult\n    }\n    history {\n      ...WorkflowStep\n    }\n  }\n": typeof types.StaffRoundStateFragmentDoc,
    "\n  query StaffBudgetRound($id: ID!) {\n    ...StaffNavCounts\n    budgetRound(id: $id) {\n      ...StaffRoundRow\n      minSelections\n      maxSelections\n      requireVerifiedVoters\n      voterRule\n      hub {\n        id\n        name\n        nameKo\n      }\n      ...StaffRoundState\n    }\n  }\n": typeof types.StaffBudgetRoundDocument,
    "\n  query StaffRoundCandidates($hubId: ID!) {\n    projects(filter: { hubId: $hubId, status: APPROVED }, first: 100) {\n      edges {\n        node {\n          id\n          title\n          requestedBudget\n          leadStakeholder {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.StaffRoundCandidatesDocument,
    "\n  mutation StaffAddProjectToRound($roundId: ID!, $projectId: ID!) {\n    addProjectToRound(roundId: $roundId, projectId: $projectId) {\n      ...StaffRoundState\n    }\n  }\n": typeof types.StaffAddProjectToRoundDocument,
    "\n  mutation StaffOpenBudgetRound($id: ID!) {\n    openBudgetRound(id: $id) {\n      ...StaffRoundState\n    }\n  }\n": typeof types.StaffOpenBudgetRoundDocument,
    "\n  mutation StaffStartBudgetVoting($id: ID!) {\n    startBudgetVoting(id: $id) {\n      ...StaffRoundState\n    }\n  }\n": typeof types.StaffStartBudgetVotingDocument,
    "\n  mutation StaffCloseBudgetRound($id: ID!) {\n    closeBudgetRound(id: $id) {\n      ...StaffRoundState\n    }\n  }\n": typeof types.StaffCloseBudgetRoundDocument,
    "\n  mutation StaffTallyBudgetRound($roundId: ID!) {\n    tallyBudgetRound(roundId: $roundId) {\n      ...StaffRoundState\n    }\n  }\n": typeof types.StaffTallyBudgetRoundDocument,
    "\n  fragment CommitteeCard on Committee {\n    id\n    name\n    kind\n    members {\n      id\n      displayName\n    }\n  }\n": typeof types.CommitteeCardFragmentDoc,
    "\n  fragment AwaitingCommittee on Project {\n    id\n    title\n    status\n    requestedBudget\n    availableActions\n    leadStakeholder {\n      id\n      name\n    }\n    committee {\n      id\n      name\n    }\n  }\n": typeof types.AwaitingCommitteeFragmentDoc,
    "\n  query StaffCommittees($hubId: ID!) {\n    ...StaffNavCounts\n    committees(hubId: $hubId) {\n      ...CommitteeCard\n    }\n    proposed: projects(filter: { hubId: $hubId, status: PROPOSED }, first: 50) {\n      edges {\n        node {\n          ...AwaitingCommittee\n        }\n      }\n    }\n    inReview: projects(filter: { hubId: $hubId, status: IN_REVIEW }, first: 50) {\n      edges {\n        node {\n          ...AwaitingCommittee\n        }\n      }\n    }\n  }\n": typeof types.StaffCommitteesDocument,
    "\n  mutation CreateCommittee($input: CreateCommitteeInput!) {\n    createCommittee(input: $input) {\n      ...CommitteeCard\n    }\n  }\n": typeof types.CreateCommitteeDocument,
    "\n  mutation AddCommitteeMember($committeeId: ID!, $userId: ID!) {\n    addCommitteeMember(committeeId: $committeeId, userId: $userId) {\n      ...CommitteeCard\n    }\n  }\n": typeof types.AddCommitteeMemberDocument,
    "\n  mutation RemoveCommitteeMember($committeeId: ID!, $userId: ID!) {\n    removeCommitteeMember(committeeId: $committeeId, userId: $userId) {\n      ...CommitteeCard\n    }\n  }\n": typeof types.RemoveCommitteeMemberDocument,
    "\n  query FindPeople($search: String!) {\n    users(search: $search, first: 10) {\n      edges {\n        node {\n          id\n          displayName\n        }\n      }\n    }\n  }\n": typeof types.FindPeopleDocument,
    "\n  mutation AssignProjectReview($projectId: ID!, $committeeId: ID!) {\n    assignProjectReview(projectId: $projectId, committeeId: $committeeId) {\n      ...AwaitingCommittee\n    }\n  }\n": typeof types.AssignProjectReviewDocument,
    "\n  fragment StaffProjectDetail on Project {\n    ...ProjectDetail\n    committee {\n      id\n      name\n    }\n    reviewSummary {\n      round\n      reviewCount\n      averageScore\n      recommendations {\n        recommendation\n        count\n      }\n      pendingReviewers {\n        id\n        displayName\n      }\n    }\n    reviews {\n      ...ReviewCard\n    }\n  }\n": typeof types.StaffProjectDetailFragmentDoc,
    "\n  query StaffProject($id: ID!) {\n    ...StaffNavCounts\n    project(id: $id) {\n      ...StaffProjectDetail\n    }\n  }\n": typeof types.StaffProjectDocument,
    "\n  mutation DecideProject($projectId: ID!, $decision: ProjectDecision!, $note: String) {\n    decideProject(projectId: $projectId, decision: $decision, note: $note) {\n      ...StaffProjectDetail\n    }\n  }\n": typeof types.DecideProjectDocument,
    "\n  mutation AllocateFunding($projectId: ID!, $source: FundingSource!, $amount: Won!, $note: String) {\n    allocateFunding(projectId: $projectId, source: $source, amount: $amount, note: $note) {\n      ...StaffProjectDetail\n    }\n  }\n": typeof types.AllocateFundingDocument,
    "\n  fragment StaffInboxCounts on StaffInboxCounts {\n    applications\n    bookings\n    partnerships\n    projects\n    budgetRounds\n    total\n  }\n": typeof types.StaffInboxCountsFragmentDoc,
    "\n  fragment StaffInboxApplication on Membership {\n    id\n    status\n    plan\n    motivation\n    createdAt\n    hub {\n      id\n      name\n    }\n    stakeholder {\n      id\n      name\n    }\n    availableActions\n  }\n": typeof types.StaffInboxApplicationFragmentDoc,
    "\n  fragment StaffInboxBooking on Booking {\n    id\n    status\n    startsAt\n    endsAt\n    purpose\n    attendees\n    createdAt\n    space {\n      id\n      name\n      hub {\n        id\n        name\n      }\n    }\n    stakeholder {\n      id\n      name\n    }\n    booker {\n      id\n      displayName\n    }\n    availableActions\n  }\n": typeof types.StaffInboxBookingFragmentDoc,
    "\n  fragment StaffInboxPartnership on Partnership {\n    id\n    status\n    kind\n    title\n    summary\n    startsOn\n    endsOn\n    createdAt\n    hub {\n      id\n      name\n    }\n    proposer {\n      id\n      name\n    }\n    partner {\n      id\n      name\n    }\n    availableActions\n  }\n": typeof types.StaffInboxPartnershipFragmentDoc,
    "\n  fragment StaffInboxProject on Project {\n    id\n    status\n    title\n    summary\n    requestedBudget\n    createdAt\n    hub {\n      id\n      name\n    }\n    leadStakeholder {\n      id\n      name\n    }\n    committee {\n      id\n      name\n    }\n    reviewSummary {\n      round\n      reviewCount\n      averageScore\n      recommendations {\n        recommendation\n        count\n      }\n    }\n    availableActions\n  }\n": typeof types.StaffInboxProjectFragmentDoc,
    "\n  fragment StaffInboxRound on BudgetRound {\n    id\n    status\n    title\n    totalBudget\n    tallyMethod\n    createdAt\n    hub {\n      id\n      name\n    }\n    availableActions\n  }\n": typeof types.StaffInboxRoundFragmentDoc,
    "\n  fragment StaffNavCounts on Query {\n    # Aliased: a page may ask staffInbox of one hub too. The cache keys by field and arguments.\n    navInbox: staffInbox(hubId: null) {\n      counts {\n        ...StaffInboxCounts\n      }\n    }\n  }\n": typeof types.StaffNavCountsFragmentDoc,
    "\n  query StaffNavCounts($hubId: ID) {\n    staffInbox(hubId: $hubId) {\n      counts {\n        ...StaffInboxCounts\n      }\n    }\n  }\n": typeof types.StaffNavCountsDocument,
    "\n  query StaffInboxPage($hubId: ID) {\n    ...StaffNavCounts\n    hubs {\n      id\n      name\n    }\n    staffInbox(hubId: $hubId) {\n      hubId\n      counts {\n        ...StaffInboxCounts\n      }\n      applications(first: 20) {\n        edges {\n          node {\n            ...StaffInboxApplication\n          }\n        }\n      }\n      bookings(first: 20) {\n        edges {\n          node {\n            ...StaffInboxBooking\n          }\n        }\n      }\n      partnerships(first: 20) {\n        edges {\n          node {\n            ...StaffInboxPartnership\n          }\n        }\n      }\n      projects(first: 20) {\n        edges {\n          node {\n            ...StaffInboxProject\n          }\n        }\n      }\n      budgetRounds(first: 20) {\n        edges {\n          node {\n            ...StaffInboxRound\n          }\n        }\n      }\n    }\n  }\n": typeof types.StaffInboxPageDocument,
    "\n  mutation StaffStartMembershipReview($id: ID!) {\n    startMembershipReview(id: $id) {\n      ...StaffInboxApplication\n      history {\n        ...WorkflowStep\n      }\n    }\n  }\n": typeof types.StaffStartMembershipReviewDocument,
    "\n  mutation StaffApproveMembership($id: ID!, $note: String) {\n    approveMembership(id: $id, note: $note) {\n      ...StaffInboxApplication\n      history {\n        ...WorkflowStep\n      }\n    }\n  }\n": typeof types.StaffApproveMembershipDocument,
    "\n  mutation StaffRejectMembership($id: ID!, $reason: String!) {\n    rejectMembership(id: $id, reason: $reason) {\n      ...StaffInboxApplication\n      history {\n        ...WorkflowStep\n      }\n    }\n  }\n": typeof types.StaffRejectMembershipDocument,
    "\n  mutation InboxApproveBooking($id: ID!) {\n    approveBooking(id: $id) {\n      ...StaffInboxBooking\n      history {\n        ...WorkflowStep\n      }\n    }\n  }\n": typeof types.InboxApproveBookingDocument,
    "\n  mutation InboxRejectBooking($id: ID!, $reason: String!) {\n    rejectBooking(id: $id, reason: $reason) {\n      ...StaffInboxBooking\n      history {\n        ...WorkflowStep\n      }\n    }\n  }\n": typeof types.InboxRejectBookingDocument,
    "\n  mutation StaffApprovePartnership($id: ID!, $note: String) {\n    approvePartnership(id: $id, note: $note) {\n      ...StaffInboxPartnership\n      history {\n        ...WorkflowStep\n      }\n    }\n  }\n": typeof types.StaffApprovePartnershipDocument,
    "\n  mutation StaffRejectPartnership($id: ID!, $reason: String!) {\n    rejectPartnership(id: $id, reason: $reason) {\n      ...StaffInboxPartnership\n      history {\n        ...WorkflowStep\n      }\n    }\n  }\n": typeof types.StaffRejectPartnershipDocument,
    "\n  mutation StaffDecideProject($projectId: ID!, $decision: ProjectDecision!, $note: String) {\n    decideProject(projectId: $projectId, decision: $decision, note: $note) {\n      ...StaffInboxProject\n      history {\n        ...WorkflowStep\n      }\n    }\n  }\n": typeof types.StaffDecideProjectDocument,
    "\n  mutation StaffTallyRound($roundId: ID!) {\n    tallyBudgetRound(roundId: $roundId) {\n      ...StaffInboxRound\n      history {\n        ...WorkflowStep\n      }\n    }\n  }\n": typeof types.StaffTallyRoundDocument,
    "\n  query StaffInboxHistory($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Membership {\n        id\n        history {\n          ...WorkflowStep\n        }\n      }\n      ... on Booking {\n        id\n        history {\n          ...WorkflowStep\n        }\n      }\n      ... on Partnership {\n        id\n        history {\n          ...WorkflowStep\n        }\n      }\n      ... on Project {\n        id\n        history {\n          ...WorkflowStep\n        }\n      }\n      ... on BudgetRound {\n        id\n        history {\n          ...WorkflowStep\n        }\n      }\n    }\n  }\n": typeof types.StaffInboxHistoryDocument,
    "\n  query StaffAuditLog($filter: AuditLogFilter, $first: Int!, $after: String) {\n    ...StaffNavCounts\n    hubs {\n      id\n      name\n      nameKo\n    }\n    auditLog(filter: $filter, first: $first, after: $after) {\n      edges {\n        node {\n          id\n          action\n          at\n          entityType\n          entityId\n          details\n          actor {\n            id\n            displayName\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.StaffAuditLogDocument,
    "\n  query StaffDashboard($from: DateTime!, $to: DateTime!, $interval: UtilisationInterval!) {\n    ...StaffNavCounts\n    parkStats(from: $from, to: $to) {\n      from\n      to\n      hubs {\n        hub {\n          id\n          name\n          nameKo\n        }\n        activeMembers\n        pendingApplications\n        utilisation\n      }\n      utilisationSeries(interval: $interval) {\n        from\n        to\n        hubs {\n          hub {\n            id\n          }\n          utilisation\n        }\n      }\n      stakeholdersByKind {\n        kind\n        count\n      }\n      partnershipsByKind {\n        kind\n        count\n      }\n      projectsByStatus {\n        status\n        count\n      }\n      fundingBySource {\n        source\n        amount\n      }\n      outcomesByPolicyArea {\n        policyArea\n        indicator\n        unit\n        total\n      }\n    }\n  }\n": typeof types.StaffDashboardDocument,
    "\n  fragment StaffPeopleHub on Hub {\n    id\n    name\n    nameKo\n    staff {\n      id\n      role\n      user {\n        id\n        displayName\n      }\n    }\n  }\n": typeof types.StaffPeopleHubFragmentDoc,
    "\n  query StaffPeople {\n    ...StaffNavCounts\n    hubs {\n      ...StaffPeopleHub\n    }\n  }\n": typeof types.StaffPeopleDocument,
    "\n  query StaffFindUsers($search: String!) {\n    users(search: $search, first: 10) {\n      edges {\n        node {\n          id\n          displayName\n          email\n        }\n      }\n    }\n  }\n": typeof types.StaffFindUsersDocument,
    "\n  query StaffPeopleStakeholders($search: String!) {\n    stakeholders(filter: { search: $search }, first: 10) {\n      edges {\n        node {\n          id\n          name\n          verified\n        }\n      }\n    }\n  }\n": typeof types.StaffPeopleStakeholdersDocument,
    "\n  mutation StaffAssignHubStaff($hubId: ID!, $userId: ID!, $role: HubStaffRole!) {\n    assignHubStaff(hubId: $hubId, userId: $userId, role: $role) {\n      id\n      role\n      hub {\n        ...StaffPeopleHub\n      }\n    }\n  }\n": typeof types.StaffAssignHubStaffDocument,
    "\n  mutation StaffUnassignHubStaff($hubId: ID!, $userId: ID!) {\n    unassignHubStaff(hubId: $hubId, userId: $userId) {\n      ...StaffPeopleHub\n    }\n  }\n": typeof types.StaffUnassignHubStaffDocument,
    "\n  mutation StaffVerifyStakeholder($id: ID!) {\n    verifyStakeholder(id: $id) {\n      id\n      verified\n    }\n  }\n": typeof types.StaffVerifyStakeholderDocument,
    "\n  fragment StaffSpace on Space {\n    id\n    name\n    kind\n    capacity\n    amenities\n    version\n    archivedAt\n    openingHours {\n      weekday\n      opens\n      closes\n    }\n    policy {\n      requiresApproval\n      memberOnly\n      minNoticeMinutes\n      maxDurationMinutes\n      maxAdvanceDays\n      bufferMinutes\n      weeklyQuotaHours\n    }\n  }\n": typeof types.StaffSpaceFragmentDoc,
    "\n  mutation StaffCreateSpace($input: CreateSpaceInput!) {\n    createSpace(input: $input) {\n      ...StaffSpace\n    }\n  }\n": typeof types.StaffCreateSpaceDocument,
    "\n  mutation StaffUpdateSpace($id: ID!, $input: UpdateSpaceInput!, $version: Int!) {\n    updateSpace(id: $id, input: $input, version: $version) {\n      ...StaffSpace\n    }\n  }\n": typeof types.StaffUpdateSpaceDocument,
    "\n  fragment StaffEventFields on Event {\n    id\n    title\n    description\n    startsAt\n    endsAt\n    capacity\n    attendeeCount\n    waitlistCount\n    cancelledAt\n    viewerCanManage\n    hub {\n      id\n      slug\n    }\n    space {\n      id\n      name\n      capacity\n    }\n    organizer {\n      id\n      displayName\n    }\n    booking {\n      id\n      status\n    }\n    rsvps {\n      id\n      status\n      waitlistPosition\n      user {\n        id\n        displayName\n      }\n    }\n  }\n": typeof types.StaffEventFieldsFragmentDoc,
    "\n  query StaffEvent($id: ID!) {\n    ...StaffNavCounts\n    event(id: $id) {\n      ...StaffEventFields\n    }\n  }\n": typeof types.StaffEventDocument,
    "\n  mutation StaffUpdateEvent($id: ID!, $input: UpdateEventInput!) {\n    updateEvent(id: $id, input: $input) {\n      ...StaffEventFields\n    }\n  }\n": typeof types.StaffUpdateEventDocument,
    "\n  mutation StaffCancelEvent($id: ID!, $reason: String) {\n    cancelEvent(id: $id, reason: $reason) {\n      ...StaffEventFields\n    }\n  }\n": typeof types.StaffCancelEventDocument,
    "\n  query StaffHubSpaces($slug: String!) {\n    ...StaffNavCounts\n    hubs {\n      ...StaffHubChoice\n    }\n    hub(slug: $slug) {\n      id\n      slug\n      spaces {\n        ...StaffSpace\n      }\n    }\n  }\n": typeof types.StaffHubSpacesDocument,
    "\n  mutation StaffArchiveSpace($id: ID!) {\n    archiveSpace(id: $id) {\n      ...StaffSpace\n    }\n  }\n": typeof types.StaffArchiveSpaceDocument,
    "\n  fragment CalendarBooking on Booking {\n    id\n    status\n    startsAt\n    endsAt\n    purpose\n    attendees\n    checkedInAt\n    noShowAt\n    availableActions\n    space {\n      id\n    }\n    booker {\n      id\n      displayName\n    }\n    stakeholder {\n      id\n      name\n    }\n    event {\n      id\n      title\n    }\n  }\n": typeof types.CalendarBookingFragmentDoc,
    "\n  query StaffCalendar($slug: String!, $from: DateTime!, $to: DateTime!) {\n    ...StaffNavCounts\n    hubs {\n      ...StaffHubChoice\n    }\n    hub(slug: $slug) {\n      id\n      slug\n      spaces {\n        id\n        name\n        capacity\n        openingHours {\n          weekday\n          opens\n          closes\n        }\n        policy {\n          bufferMinutes\n          requiresApproval\n        }\n      }\n      bookings(from: $from, to: $to, first: 100) {\n        totalCount\n        edges {\n          node {\n            ...CalendarBooking\n          }\n        }\n      }\n    }\n  }\n": typeof types.StaffCalendarDocument,
    "\n  mutation StaffApproveBooking($id: ID!) {\n    approveBooking(id: $id) {\n      ...CalendarBooking\n    }\n  }\n": typeof types.StaffApproveBookingDocument,
    "\n  mutation StaffRejectBooking($id: ID!, $reason: String!) {\n    rejectBooking(id: $id, reason: $reason) {\n      ...CalendarBooking\n    }\n  }\n": typeof types.StaffRejectBookingDocument,
    "\n  query StaffFindStakeholders($search: String!) {\n    stakeholders(filter: { search: $search }, first: 8) {\n      edges {\n        node {\n          id\n          name\n          kind\n        }\n      }\n    }\n  }\n": typeof types.StaffFindStakeholdersDocument,
    "\n  mutation StaffDeskBook($input: BookSpaceInput!) {\n    bookSpace(input: $input) {\n      ...CalendarBooking\n    }\n  }\n": typeof types.StaffDeskBookDocument,
    "\n  mutation StaffHostEvent($input: CreateEventInput!) {\n    createEvent(input: $input) {\n      id\n      title\n    }\n  }\n": typeof types.StaffHostEventDocument,
    "\n  query StaffHubs {\n    hubs {\n      ...StaffHubChoice\n    }\n  }\n": typeof types.StaffHubsDocument,
    "\n  fragment StaffHubChoice on Hub {\n    id\n    slug\n    name\n    nameKo\n  }\n": typeof types.StaffHubChoiceFragmentDoc,
};
const documents: Documents = {
    "\n  subscription LiveNotification {\n    notificationReceived {\n      unreadCount\n      notification {\n        id\n      }\n    }\n  }\n": types.LiveNotificationDocument,
    "\n  subscription LiveStaffInbox {\n    staffInboxChanged(hubId: null) {\n      counts {\n        ...StaffInboxCounts\n      }\n    }\n  }\n": types.LiveStaffInboxDocument,
    "\n  fragment SessionUser on User {\n    id\n    displayName\n    role\n    locale\n    emailVerified\n    unreadNotificationCount\n    hubStaff {\n      id\n      role\n      hub {\n        id\n        slug\n        name\n      }\n    }\n    committees {\n      id\n    }\n  }\n": types.SessionUserFragmentDoc,
    "\n  mutation ResumeSession {\n    refreshSession {\n      accessToken\n      user {\n        ...SessionUser\n      }\n    }\n  }\n": types.ResumeSessionDocument,
    "\n  mutation SignIn($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n      user {\n        ...SessionUser\n      }\n    }\n  }\n": types.SignInDocument,
    "\n  mutation SignUp($input: RegisterInput!) {\n    register(input: $input) {\n      accessToken\n      user {\n        ...SessionUser\n      }\n    }\n  }\n": types.SignUpDocument,
    "\n  mutation SignOut {\n    logout\n  }\n": types.SignOutDocument,
    "\n  mutation SaveLanguage($input: UpdateMeInput!) {\n    updateMe(input: $input) {\n      id\n      locale\n    }\n  }\n": types.SaveLanguageDocument,
    "\n  fragment WorkflowStep on WorkflowEvent {\n    id\n    action\n    from\n    to\n    note\n    at\n    actor {\n      id\n      displayName\n    }\n  }\n": types.WorkflowStepFragmentDoc,
    "\n  mutation CreateStakeholder($input: CreateStakeholderInput!) {\n    createStakeholder(input: $input) {\n      id\n      ...StakeholderProfile\n    }\n  }\n": types.CreateStakeholderDocument,
    "\n  fragment StakeholderCard on Stakeholder {\n    id\n    name\n    kind\n    verified\n    policyAreas\n    description\n  }\n": types.StakeholderCardFragmentDoc,
    "\n  query StakeholderDirectory($filter: StakeholderFilter, $first: Int, $after: String) {\n    hubs {\n      id\n      name\n      nameKo\n    }\n    stakeholders(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          ...StakeholderCard\n        }\n      }\n    }\n  }\n": types.StakeholderDirectoryDocument,
    "\n  mutation UpdateStakeholder($id: ID!, $input: UpdateStakeholderInput!, $version: Int!) {\n    updateStakeholder(id: $id, input: $input, version: $version) {\n      id\n      ...StakeholderProfile\n    }\n  }\n": types.UpdateStakeholderDocument,
    "\n  mutation AddStakeholderMember($id: ID!, $email: String!, $role: StakeholderRole!) {\n    addStakeholderMember(stakeholderId: $id, email: $email, role: $role) {\n      invitation {\n        id\n        email\n      }\n      stakeholder {\n        id\n        ...StakeholderProfile\n      }\n    }\n  }\n": types.AddStakeholderMemberDocument,
    "\n  mutation CancelStakeholderInvitation($id: ID!) {\n    cancelStakeholderInvitation(id: $id) {\n      stakeholder {\n        id\n        ...StakeholderProfile\n      }\n    }\n  }\n": types.CancelStakeholderInvitationDocument,
    "\n  mutation ChangeStakeholderMemberRole($id: ID!, $userId: ID!, $role: StakeholderRole!) {\n    changeStakeholderMemberRole(stakeholderId: $id, userId: $userId, role: $role) {\n      stakeholder {\n        id\n        ...StakeholderProfile\n      }\n    }\n  }\n": types.ChangeStakeholderMemberRoleDocument,
    "\n  mutation RemoveStakeholderMember($id: ID!, $userId: ID!) {\n    removeStakeholderMember(stakeholderId: $id, userId: $userId) {\n      stakeholder {\n        id\n        ...StakeholderProfile\n      }\n    }\n  }\n": types.RemoveStakeholderMemberDocument,
    "\n  mutation LeaveStakeholder($id: ID!) {\n    leaveStakeholder(stakeholderId: $id) {\n      stakeholder {\n        id\n        ...StakeholderProfile\n      }\n    }\n  }\n": types.LeaveStakeholderDocument,
    "\n  mutation TransferStakeholderOwnership($id: ID!, $userId: ID!) {\n    transferStakeholderOwnership(stakeholderId: $id, userId: $userId) {\n      stakeholder {\n        id\n        ...StakeholderProfile\n      }\n    }\n  }\n": types.TransferStakeholderOwnershipDocument,
    "\n  query StakeholderWebhooks($stakeholderId: ID!) {\n    webhookEventTypes\n    webhooks(stakeholderId: $stakeholderId) {\n      id\n      url\n      events\n      description\n      enabled\n      failingSince\n    }\n  }\n": types.StakeholderWebhooksDocument,
    "\n  mutation CreateStakeholderWebhook($input: CreateWebhookInput!) {\n    createWebhook(input: $input) {\n      secret\n      webhook {\n        id\n        url\n        events\n        description\n        enabled\n        failingSince\n      }\n    }\n  }\n": types.CreateStakeholderWebhookDocument,
    "\n  query WebhookDeliveryList($webhookId: ID!) {\n    webhookDeliveries(webhookId: $webhookId, first: 10) {\n      edges {\n        node {\n          id\n          eventType\n          status\n          createdAt\n          attempts {\n            id\n            statusCode\n            error\n          }\n        }\n      }\n    }\n  }\n": types.WebhookDeliveryListDocument,
    "\n  fragment StakeholderProfile on Stakeholder {\n    id\n    name\n    kind\n    verified\n    policyAreas\n    tags\n    description\n    website\n    contactEmail\n    version\n    availableActions\n    members {\n      id\n      role\n      availableActions\n      user {\n        id\n        displayName\n      }\n    }\n    invitations {\n      id\n      email\n      role\n      expiresAt\n      availableActions\n    }\n    memberships(first: 10) {\n      ...ProfileMemberships\n    }\n    partnerships(first: 10) {\n      ...ProfilePartnerships\n    }\n    projects(first: 10) {\n      ...ProfileProjects\n    }\n  }\n": types.StakeholderProfileFragmentDoc,
    "\n  fragment ProfileMemberships on MembershipConnection {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      node {\n        id\n        status\n        hub {\n          id\n          slug\n          name\n          nameKo\n        }\n      }\n    }\n  }\n": types.ProfileMembershipsFragmentDoc,
    "\n  fragment ProfilePartnerships on PartnershipConnection {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      node {\n        id\n        title\n        status\n        proposer {\n          id\n          name\n        }\n        partner {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.ProfilePartnershipsFragmentDoc,
    "\n  fragment ProfileProjects on ProjectConnection {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      node {\n        id\n        title\n        status\n      }\n    }\n  }\n": types.ProfileProjectsFragmentDoc,
    "\n  query StakeholderProfilePage($id: ID!) {\n    stakeholder(id: $id) {\n      id\n      ...StakeholderProfile\n    }\n  }\n": types.StakeholderProfilePageDocument,
    "\n  query StakeholderMoreMemberships($id: ID!, $after: String) {\n    stakeholder(id: $id) {\n      id\n      memberships(first: 10, after: $after) {\n        ...ProfileMemberships\n      }\n    }\n  }\n": types.StakeholderMoreMembershipsDocument,
    "\n  query StakeholderMorePartnerships($id: ID!, $after: String) {\n    stakeholder(id: $id) {\n      id\n      partnerships(first: 10, after: $after) {\n        ...ProfilePartnerships\n      }\n    }\n  }\n": types.StakeholderMorePartnershipsDocument,
    "\n  query StakeholderMoreProjects($id: ID!, $after: String) {\n    stakeholder(id: $id) {\n      id\n      projects(first: 10, after: $after) {\n        ...ProfileProjects\n      }\n    }\n  }\n": types.StakeholderMoreProjectsDocument,
    "\n  mutation UpdateMe($input: UpdateMeInput!) {\n    updateMe(input: $input) {\n      ...SessionUser\n    }\n  }\n": types.UpdateMeDocument,
    "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n": types.ChangePasswordDocument,
    "\n  query AccountSections {\n    me {\n      id\n      calendarFeedUrl\n      timeZone\n    }\n    mailPreferences {\n      kind\n      cadence\n      isDefault\n    }\n    myDataExports {\n      ...DataExportRow\n    }\n  }\n": types.AccountSectionsDocument,
    "\n  query AccountCalendarFeed {\n    me {\n      id\n      calendarFeedUrl\n    }\n  }\n": types.AccountCalendarFeedDocument,
    "\n  mutation ResetCalendarFeed {\n    resetCalendarFeed\n  }\n": types.ResetCalendarFeedDocument,
    "\n  mutation DeleteMyAccount($password: String!) {\n    deleteMyAccount(password: $password)\n  }\n": types.DeleteMyAccountDocument,
    "\n  mutation RequestEmailVerification {\n    requestEmailVerification\n  }\n": types.RequestEmailVerificationDocument,
    "\n  query MailPreferences {\n    me {\n      id\n      timeZone\n    }\n    mailPreferences {\n      kind\n      cadence\n      isDefault\n    }\n  }\n": types.MailPreferencesDocument,
    "\n  mutation SetMailPreference($kind: NotificationKind!, $cadence: MailCadence!) {\n    setMailPreference(kind: $kind, cadence: $cadence) {\n      kind\n      cadence\n      isDefault\n    }\n  }\n": types.SetMailPreferenceDocument,
    "\n  mutation SetMailTimeZone($input: UpdateMeInput!) {\n    updateMe(input: $input) {\n      id\n      timeZone\n    }\n  }\n": types.SetMailTimeZoneDocument,
    "\n  mutation ResetPassword($token: String!, $newPassword: String!) {\n    resetPassword(token: $token, newPassword: $newPassword)\n  }\n": types.ResetPasswordDocument,
    "\n  mutation VerifyEmail($token: String!) {\n    verifyEmail(token: $token) {\n      id\n      emailVerified\n    }\n  }\n": types.VerifyEmailDocument,
    "\n  fragment DataExportRow on DataExport {\n    id\n    status\n    requestedAt\n    readyAt\n    expiresAt\n    url\n  }\n": types.DataExportRowFragmentDoc,
    "\n  query MyDataExports {\n    myDataExports {\n      ...DataExportRow\n    }\n  }\n": types.MyDataExportsDocument,
    "\n  mutation RequestMyData {\n    requestMyData {\n      ...DataExportRow\n    }\n  }\n": types.RequestMyDataDocument,
    "\n  mutation ApplyToHub($input: ApplyForMembershipInput!) {\n    applyForMembership(input: $input) {\n      id\n      ...MyApplication\n      stakeholder {\n        id\n        availableActions\n        memberships(first: 10) {\n          edges {\n            node {\n              id\n              hub {\n                id\n              }\n              ...MyApplication\n            }\n          }\n        }\n      }\n    }\n  }\n": types.ApplyToHubDocument,
    "\n  fragment HubMemberPage on MembershipConnection {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      node {\n        id\n        stakeholder {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.HubMemberPageFragmentDoc,
    "\n  fragment HubMembers on Hub {\n    id\n    members(first: 12) {\n      ...HubMemberPage\n    }\n  }\n": types.HubMembersFragmentDoc,
    "\n  query HubMoreMembers($id: ID!, $after: String!) {\n    hub(id: $id) {\n      id\n      members(first: 12, after: $after) {\n        ...HubMemberPage\n      }\n    }\n  }\n": types.HubMoreMembersDocument,
    "\n  query HubPage($slug: String!, $from: DateTime!, $to: DateTime!) {\n    hub(slug: $slug) {\n      id\n      slug\n      name\n      nameKo\n      description\n      spaces {\n        id\n        name\n        kind\n        capacity\n      }\n      events(from: $from, to: $to, first: 10) {\n        totalCount\n        edges {\n          node {\n            id\n            title\n            startsAt\n            endsAt\n            space {\n              id\n              name\n            }\n          }\n        }\n      }\n      ...HubMembers\n    }\n    me {\n      id\n      stakeholders {\n        id\n        role\n        stakeholder {\n          id\n          name\n          availableActions\n          memberships(first: 10) {\n            edges {\n              node {\n                id\n                hub {\n                  id\n                }\n                ...MyApplication\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": types.HubPageDocument,
    "\n  fragment MyApplication on Membership {\n    id\n    status\n    plan\n    createdAt\n    availableActions\n    history {\n      id\n      action\n      from\n      to\n      at\n      note\n      actor {\n        id\n        displayName\n      }\n    }\n  }\n": types.MyApplicationFragmentDoc,
    "\n  mutation WithdrawApplication($id: ID!) {\n    withdrawMembershipApplication(id: $id) {\n      id\n      ...MyApplication\n    }\n  }\n": types.WithdrawApplicationDocument,
    "\n  fragment InboxItem on Notification {\n    id\n    kind\n    message\n    createdAt\n    readAt\n    subject {\n      ...SubjectLink\n    }\n  }\n": types.InboxItemFragmentDoc,
    "\n  query Inbox($after: String) {\n    notifications(first: 20, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...InboxItem\n        }\n      }\n    }\n  }\n": types.InboxDocument,
    "\n  mutation MarkNotificationsRead($ids: [ID!]!) {\n    markNotificationsRead(ids: $ids) {\n      id\n      readAt\n    }\n  }\n": types.MarkNotificationsReadDocument,
    "\n  mutation MarkAllNotificationsRead {\n    markAllNotificationsRead {\n      markedCount\n      unreadCount\n    }\n  }\n": types.MarkAllNotificationsReadDocument,
    "\n  fragment SubjectLink on NotificationSubject {\n    __typename\n    ... on Node {\n      id\n    }\n    ... on Membership {\n      hub {\n        id\n        slug\n      }\n    }\n    ... on Committee {\n      hub {\n        id\n        slug\n      }\n    }\n    ... on Booking {\n      space {\n        id\n      }\n    }\n    ... on DataExport {\n      id\n    }\n  }\n": types.SubjectLinkFragmentDoc,
    "\n  fragment MyInvitations on User {\n    id\n    emailVerified\n    stakeholderInvitations {\n      id\n      role\n      expiresAt\n      availableActions\n      stakeholder {\n        id\n        name\n      }\n    }\n  }\n": types.MyInvitationsFragmentDoc,
    "\n  mutation AcceptStakeholderInvitation($id: ID!) {\n    acceptStakeholderInvitation(id: $id) {\n      member {\n        ...MyStakeholderSeat\n      }\n    }\n  }\n": types.AcceptStakeholderInvitationDocument,
    "\n  mutation DeclineStakeholderInvitation($id: ID!) {\n    declineStakeholderInvitation(id: $id) {\n      invitation {\n        id\n        status\n        availableActions\n      }\n    }\n  }\n": types.DeclineStakeholderInvitationDocument,
    "\n  fragment MyStakeholderSeat on StakeholderMember {\n    id\n    role\n    stakeholder {\n      id\n      name\n      memberships(first: 20) {\n        edges {\n          node {\n            id\n            status\n            plan\n            createdAt\n            hub {\n              id\n              slug\n              name\n              nameKo\n            }\n          }\n        }\n      }\n    }\n  }\n": types.MyStakeholderSeatFragmentDoc,
    "\n  fragment MyWeek on User {\n    id\n    unreadNotificationCount\n    bookings(first: 5) {\n      edges {\n        node {\n          id\n          startsAt\n          endsAt\n          status\n          space {\n            id\n            name\n          }\n        }\n      }\n    }\n    rsvps {\n      id\n      status\n      waitlistPosition\n      event {\n        id\n        title\n        startsAt\n      }\n    }\n    stakeholders {\n      ...MyStakeholderSeat\n    }\n    ...MyInvitations\n  }\n": types.MyWeekFragmentDoc,
    "\n  query ParkHome($from: DateTime!, $to: DateTime!) {\n    hubs {\n      id\n      slug\n      name\n      nameKo\n      description\n    }\n    events(from: $from, to: $to, first: 6) {\n      edges {\n        node {\n          id\n          title\n          startsAt\n          hub {\n            id\n            name\n            nameKo\n          }\n          space {\n            id\n            name\n          }\n        }\n      }\n    }\n    me {\n      id\n      ...MyWeek\n    }\n  }\n": types.ParkHomeDocument,
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
    "\n  query BudgetRoundPage($id: ID!) {\n    budgetRound(id: $id) {\n      id\n      title\n      totalBudget\n      minSelections\n      maxSelections\n      tallyMethod\n      requireVerifiedVoters\n      voterRule\n      hub {\n        id\n        name\n        nameKo\n      }\n      projects {\n        id\n        title\n        summary\n        requestedBudget\n        leadStakeholder {\n          id\n          name\n        }\n      }\n      results {\n        funded\n        amount\n        ...BudgetResultWhy\n        project {\n          id\n          title\n          requestedBudget\n        }\n      }\n      history {\n        ...WorkflowStep\n      }\n      ...BudgetRoundBallot\n    }\n  }\n": types.BudgetRoundPageDocument,
    "\n  mutation CastBallot($roundId: ID!, $projectIds: [ID!]!) {\n    castBallot(roundId: $roundId, projectIds: $projectIds) {\n      ballot {\n        id\n      }\n      budgetRound {\n        ...BudgetRoundBallot\n      }\n    }\n  }\n": types.CastBallotDocument,
    "\n  query ProposeProjectChoices {\n    me {\n      id\n      stakeholders {\n        id\n        stakeholder {\n          id\n          name\n          availableActions\n          memberships(first: 20) {\n            edges {\n              node {\n                id\n                status\n                hub {\n                  id\n                  name\n                  nameKo\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": types.ProposeProjectChoicesDocument,
    "\n  mutation ProposeProject($input: ProposeProjectInput!) {\n    proposeProject(input: $input) {\n      id\n      title\n      status\n    }\n  }\n": types.ProposeProjectDocument,
    "\n  fragment BudgetResultWhy on BudgetResult {\n    votes\n    reason\n    explanation {\n      code\n      rank\n      cost\n      budgetLeft\n      sharePaidMax\n      sharePaidMin\n      projectStatus\n    }\n  }\n": types.BudgetResultWhyFragmentDoc,
    "\n  fragment ProjectDetail on Project {\n    id\n    title\n    summary\n    status\n    requestedBudget\n    fundedAmount\n    policyAreas\n    decisionNote\n    availableActions\n    hub {\n      id\n      name\n      nameKo\n    }\n    leadStakeholder {\n      id\n      name\n    }\n    team {\n      id\n      role\n      user {\n        id\n        displayName\n      }\n    }\n    milestones {\n      id\n      title\n      dueOn\n      completedAt\n    }\n    outcomes {\n      id\n      indicator\n      value\n      unit\n      policyArea\n      note\n      recordedAt\n    }\n    funding {\n      id\n      amount\n      source\n      note\n      createdAt\n    }\n    history {\n      ...WorkflowStep\n    }\n  }\n": types.ProjectDetailFragmentDoc,
    "\n  query ProjectPage($id: ID!) {\n    project(id: $id) {\n      ...ProjectDetail\n    }\n  }\n": types.ProjectPageDocument,
    "\n  mutation StartProject($id: ID!, $note: String) {\n    startProject(id: $id, note: $note) {\n      ...ProjectDetail\n    }\n  }\n": types.StartProjectDocument,
    "\n  mutation CompleteProject($id: ID!, $note: String) {\n    completeProject(id: $id, note: $note) {\n      ...ProjectDetail\n    }\n  }\n": types.CompleteProjectDocument,
    "\n  mutation CancelProject($id: ID!, $reason: String!) {\n    cancelProject(id: $id, reason: $reason) {\n      ...ProjectDetail\n    }\n  }\n": types.CancelProjectDocument,
    "\n  mutation AddMilestone($projectId: ID!, $title: String!, $dueOn: Date) {\n    addMilestone(projectId: $projectId, title: $title, dueOn: $dueOn) {\n      milestone {\n        id\n      }\n      project {\n        ...ProjectDetail\n      }\n    }\n  }\n": types.AddMilestoneDocument,
    "\n  mutation CompleteMilestone($id: ID!) {\n    completeMilestone(id: $id) {\n      milestone {\n        id\n        completedAt\n      }\n      project {\n        ...ProjectDetail\n      }\n    }\n  }\n": types.CompleteMilestoneDocument,
    "\n  mutation RecordOutcome($projectId: ID!, $input: OutcomeInput!) {\n    recordOutcome(projectId: $projectId, input: $input) {\n      outcome {\n        id\n      }\n      project {\n        ...ProjectDetail\n      }\n    }\n  }\n": types.RecordOutcomeDocument,
    "\n  fragment ReviewCard on ProjectReview {\n    id\n    score\n    recommendation\n    comment\n    round\n    submittedAt\n    reviewer {\n      id\n      displayName\n    }\n  }\n": types.ReviewCardFragmentDoc,
    "\n  fragment ReviewAssignment on Project {\n    id\n    title\n    summary\n    status\n    requestedBudget\n    availableActions\n    hub {\n      id\n      name\n      nameKo\n    }\n    leadStakeholder {\n      id\n      name\n    }\n    committee {\n      id\n      name\n    }\n    reviews {\n      ...ReviewCard\n    }\n  }\n": types.ReviewAssignmentFragmentDoc,
    "\n  query MyReviews {\n    me {\n      id\n      reviewAssignments {\n        ...ReviewAssignment\n      }\n    }\n  }\n": types.MyReviewsDocument,
    "\n  mutation SubmitProjectReview(\n    $projectId: ID!\n    $score: Int!\n    $recommendation: ReviewRecommendation!\n    $comment: String!\n  ) {\n    submitProjectReview(\n      projectId: $projectId\n      score: $score\n      recommendation: $recommendation\n      comment: $comment\n    ) {\n      ...ReviewAssignment\n    }\n  }\n": types.SubmitProjectReviewDocument,
    "\n  fragment BookingFormSpace on Space {\n    id\n    capacity\n    hub {\n      id\n      name\n      nameKo\n    }\n    policy {\n      requiresApproval\n      memberOnly\n      minNoticeMinutes\n      maxDurationMinutes\n      maxAdvanceDays\n      bufferMinutes\n      weeklyQuotaHours\n    }\n  }\n": types.BookingFormSpaceFragmentDoc,
    "\n  fragment BookedBooking on Booking {\n    id\n    status\n    startsAt\n    endsAt\n    purpose\n    attendees\n    weeklyQuotaLeft\n    stakeholder {\n      id\n      name\n    }\n    space {\n      id\n      name\n    }\n  }\n": types.BookedBookingFragmentDoc,
    "\n  mutation BookSpace($input: BookSpaceInput!) {\n    bookSpace(input: $input) {\n      ...BookedBooking\n    }\n  }\n": types.BookSpaceDocument,
    "\n  mutation BookSpaceSeries($input: BookSeriesInput!) {\n    bookSpaceSeries(input: $input) {\n      id\n      booked {\n        ...BookedBooking\n      }\n      skipped {\n        startsAt\n        endsAt\n        code\n        reason\n      }\n    }\n  }\n": types.BookSpaceSeriesDocument,
    "\n  query WeeklyQuotaLeft($spaceId: ID!, $stakeholderId: ID!, $weekOf: DateTime!) {\n    space(id: $spaceId) {\n      id\n      weeklyQuotaLeft(stakeholderId: $stakeholderId, weekOf: $weekOf)\n    }\n  }\n": types.WeeklyQuotaLeftDocument,
    "\n  fragment BookingItem on Booking {\n    id\n    status\n    startsAt\n    endsAt\n    purpose\n    attendees\n    checkedInAt\n    cancellableUntil\n    checkInOpensAt\n    checkInClosesAt\n    noShowAt\n    availableActions\n    seriesId\n    space {\n      id\n      name\n    }\n    stakeholder {\n      id\n      name\n    }\n  }\n": types.BookingItemFragmentDoc,
    "\n  mutation CancelMyBooking($id: ID!) {\n    cancelBooking(id: $id) {\n      ...BookingItem\n    }\n  }\n": types.CancelMyBookingDocument,
    "\n  mutation CheckInMyBooking($id: ID!) {\n    checkInBooking(id: $id) {\n      ...BookingItem\n    }\n  }\n": types.CheckInMyBookingDocument,
    "\n  fragment EventDetails on Event {\n    id\n    title\n    description\n    startsAt\n    endsAt\n    capacity\n    attendeeCount\n    waitlistCount\n    availableActions\n    hub {\n      id\n      name\n      nameKo\n      slug\n    }\n    space {\n      id\n      name\n    }\n    stakeholder {\n      id\n      name\n    }\n    organizer {\n      id\n      displayName\n    }\n    myRsvp {\n      id\n      status\n      waitlistPosition\n    }\n  }\n": types.EventDetailsFragmentDoc,
    "\n  query EventPage($id: ID!) {\n    event(id: $id) {\n      ...EventDetails\n    }\n  }\n": types.EventPageDocument,
    "\n  mutation RsvpEvent($id: ID!) {\n    rsvpEvent(id: $id) {\n      ...EventDetails\n    }\n  }\n": types.RsvpEventDocument,
    "\n  mutation CancelRsvp($id: ID!) {\n    cancelRsvp(id: $id) {\n      ...EventDetails\n    }\n  }\n": types.CancelRsvpDocument,
    "\n  fragment BookingPage on BookingConnection {\n    edges {\n      node {\n        ...BookingItem\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n": types.BookingPageFragmentDoc,
    "\n  query MyBookingsPage($pastFrom: DateTime!, $now: DateTime!) {\n    me {\n      id\n      bookings(first: 20) {\n        ...BookingPage\n      }\n    }\n    myBookings(from: $pastFrom, to: $now, first: 20) {\n      ...BookingPage\n    }\n  }\n": types.MyBookingsPageDocument,
    "\n  query MoreUpcomingBookings($after: String) {\n    me {\n      id\n      bookings(first: 20, after: $after) {\n        ...BookingPage\n      }\n    }\n  }\n": types.MoreUpcomingBookingsDocument,
    "\n  query MorePastBookings($pastFrom: DateTime!, $now: DateTime!, $after: String) {\n    myBookings(from: $pastFrom, to: $now, first: 20, after: $after) {\n      ...BookingPage\n    }\n  }\n": types.MorePastBookingsDocument,
    "\n  subscription LiveSpaceWeek($spaceId: ID!) {\n    availabilityChanged(spaceId: $spaceId) {\n      id\n    }\n  }\n": types.LiveSpaceWeekDocument,
    "\n  query SpaceWeek($id: ID!, $from: DateTime!, $to: DateTime!, $signedIn: Boolean!) {\n    space(id: $id) {\n      id\n      name\n      kind\n      capacity\n      amenities\n      archivedAt\n      openingHours {\n        weekday\n        opens\n        closes\n      }\n      hub {\n        id\n        name\n        nameKo\n        slug\n      }\n      ...BookingFormSpace\n    }\n    availability(spaceId: $id, from: $from, to: $to) {\n      startsAt\n      endsAt\n    }\n    myBookings(from: $from, to: $to, first: 100) @include(if: $signedIn) {\n      edges {\n        node {\n          id\n          startsAt\n          endsAt\n          status\n          space {\n            id\n          }\n        }\n      }\n    }\n    me @include(if: $signedIn) {\n      id\n      stakeholders {\n        id\n        stakeholder {\n          id\n          name\n          memberships(first: 10) {\n            edges {\n              node {\n                id\n                status\n                hub {\n                  id\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": types.SpaceWeekDocument,
    "\n  fragment StaffRoundRow on BudgetRound {\n    id\n    title\n    status\n    tallyMethod\n    totalBudget\n    createdAt\n  }\n": types.StaffRoundRowFragmentDoc,
    "\n  query StaffBudgetRounds {\n    ...StaffNavCounts\n    hubs {\n      id\n      slug\n      name\n      nameKo\n      budgetRounds {\n        ...StaffRoundRow\n      }\n    }\n  }\n": types.StaffBudgetRoundsDocument,
    "\n  mutation StaffCreateBudgetRound($input: CreateBudgetRoundInput!) {\n    createBudgetRound(input: $input) {\n      ...StaffRoundRow\n      hub {\n        id\n      }\n    }\n  }\n": types.StaffCreateBudgetRoundDocument,
    "\n  fragment StaffBudgetResult on BudgetResult {\n    funded\n    amount\n    ...BudgetResultWhy\n    project {\n      id\n      title\n      requestedBudget\n    }\n  }\n": types.StaffBudgetResultFragmentDoc,
    "\n  fragment StaffRoundState on BudgetRound {\n    id\n    status\n    availableActions\n    projects {\n      id\n      title\n      requestedBudget\n      leadStakeholder {\n        id\n        name\n      }\n    }\n    results {\n      ...StaffBudgetResult\n    }\n    history {\n      ...WorkflowStep\n    }\n  }\n": types.StaffRoundStateFragmentDoc,
    "\n  query StaffBudgetRound($id: ID!) {\n    ...StaffNavCounts\n    budgetRound(id: $id) {\n      ...StaffRoundRow\n      minSelections\n      maxSelections\n      requireVerifiedVoters\n      voterRule\n      hub {\n        id\n        name\n        nameKo\n      }\n      ...StaffRoundState\n    }\n  }\n": types.StaffBudgetRoundDocument,
    "\n  query StaffRoundCandidates($hubId: ID!) {\n    projects(filter: { hubId: $hubId, status: APPROVED }, first: 100) {\n      edges {\n        node {\n          id\n          title\n          requestedBudget\n          leadStakeholder {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": types.StaffRoundCandidatesDocument,
    "\n  mutation StaffAddProjectToRound($roundId: ID!, $projectId: ID!) {\n    addProjectToRound(roundId: $roundId, projectId: $projectId) {\n      ...StaffRoundState\n    }\n  }\n": types.StaffAddProjectToRoundDocument,
    "\n  mutation StaffOpenBudgetRound($id: ID!) {\n    openBudgetRound(id: $id) {\n      ...StaffRoundState\n    }\n  }\n": types.StaffOpenBudgetRoundDocument,
    "\n  mutation StaffStartBudgetVoting($id: ID!) {\n    startBudgetVoting(id: $id) {\n      ...StaffRoundState\n    }\n  }\n": types.StaffStartBudgetVotingDocument,
    "\n  mutation StaffCloseBudgetRound($id: ID!) {\n    closeBudgetRound(id: $id) {\n      ...StaffRoundState\n    }\n  }\n": types.StaffCloseBudgetRoundDocument,
    "\n  mutation StaffTallyBudgetRound($roundId: ID!) {\n    tallyBudgetRound(roundId: $roundId) {\n      ...StaffRoundState\n    }\n  }\n": types.StaffTallyBudgetRoundDocument,
    "\n  fragment CommitteeCard on Committee {\n    id\n    name\n    kind\n    members {\n      id\n      displayName\n    }\n  }\n": types.CommitteeCardFragmentDoc,
    "\n  fragment AwaitingCommittee on Project {\n    id\n    title\n    status\n    requestedBudget\n    availableActions\n    leadStakeholder {\n      id\n      name\n    }\n    committee {\n      id\n      name\n    }\n  }\n": types.AwaitingCommitteeFragmentDoc,
    "\n  query StaffCommittees($hubId: ID!) {\n    ...StaffNavCounts\n    committees(hubId: $hubId) {\n      ...CommitteeCard\n    }\n    proposed: projects(filter: { hubId: $hubId, status: PROPOSED }, first: 50) {\n      edges {\n        node {\n          ...AwaitingCommittee\n        }\n      }\n    }\n    inReview: projects(filter: { hubId: $hubId, status: IN_REVIEW }, first: 50) {\n      edges {\n        node {\n          ...AwaitingCommittee\n        }\n      }\n    }\n  }\n": types.StaffCommitteesDocument,
    "\n  mutation CreateCommittee($input: CreateCommitteeInput!) {\n    createCommittee(input: $input) {\n      ...CommitteeCard\n    }\n  }\n": types.CreateCommitteeDocument,
    "\n  mutation AddCommitteeMember($committeeId: ID!, $userId: ID!) {\n    addCommitteeMember(committeeId: $committeeId, userId: $userId) {\n      ...CommitteeCard\n    }\n  }\n": types.AddCommitteeMemberDocument,
    "\n  mutation RemoveCommitteeMember($committeeId: ID!, $userId: ID!) {\n    removeCommitteeMember(committeeId: $committeeId, userId: $userId) {\n      ...CommitteeCard\n    }\n  }\n": types.RemoveCommitteeMemberDocument,
    "\n  query FindPeople($search: String!) {\n    users(search: $search, first: 10) {\n      edges {\n        node {\n          id\n          displayName\n        }\n      }\n    }\n  }\n": types.FindPeopleDocument,
    "\n  mutation AssignProjectReview($projectId: ID!, $committeeId: ID!) {\n    assignProjectReview(projectId: $projectId, committeeId: $committeeId) {\n      ...AwaitingCommittee\n    }\n  }\n": types.AssignProjectReviewDocument,
    "\n  fragment StaffProjectDetail on Project {\n    ...ProjectDetail\n    committee {\n      id\n      name\n    }\n    reviewSummary {\n      round\n      reviewCount\n      averageScore\n      recommendations {\n        recommendation\n        count\n      }\n      pendingReviewers {\n        id\n        displayName\n      }\n    }\n    reviews {\n      ...ReviewCard\n    }\n  }\n": types.StaffProjectDetailFragmentDoc,
    "\n  query StaffProject($id: ID!) {\n    ...StaffNavCounts\n    project(id: $id) {\n      ...StaffProjectDetail\n    }\n  }\n": types.StaffProjectDocument,
    "\n  mutation DecideProject($projectId: ID!, $decision: ProjectDecision!, $note: String) {\n    decideProject(projectId: $projectId, decision: $decision, note: $note) {\n      ...StaffProjectDetail\n    }\n  }\n": types.DecideProjectDocument,
    "\n  mutation AllocateFunding($projectId: ID!, $source: FundingSource!, $amount: Won!, $note: String) {\n    allocateFunding(projectId: $projectId, source: $source, amount: $amount, note: $note) {\n      ...StaffProjectDetail\n    }\n  }\n": types.AllocateFundingDocument,
    "\n  fragment StaffInboxCounts on StaffInboxCounts {\n    applications\n    bookings\n    partnerships\n    projects\n    budgetRounds\n    total\n  }\n": types.StaffInboxCountsFragmentDoc,
    "\n  fragment StaffInboxApplication on Membership {\n    id\n    status\n    plan\n    motivation\n    createdAt\n    hub {\n      id\n      name\n    }\n    stakeholder {\n      id\n      name\n    }\n    availableActions\n  }\n": types.StaffInboxApplicationFragmentDoc,
    "\n  fragment StaffInboxBooking on Booking {\n    id\n    status\n    startsAt\n    endsAt\n    purpose\n    attendees\n    createdAt\n    space {\n      id\n      name\n      hub {\n        id\n        name\n      }\n    }\n    stakeholder {\n      id\n      name\n    }\n    booker {\n      id\n      displayName\n    }\n    availableActions\n  }\n": types.StaffInboxBookingFragmentDoc,
    "\n  fragment StaffInboxPartnership on Partnership {\n    id\n    status\n    kind\n    title\n    summary\n    startsOn\n    endsOn\n    createdAt\n    hub {\n      id\n      name\n    }\n    proposer {\n      id\n      name\n    }\n    partner {\n      id\n      name\n    }\n    availableActions\n  }\n": types.StaffInboxPartnershipFragmentDoc,
    "\n  fragment StaffInboxProject on Project {\n    id\n    status\n    title\n    summary\n    requestedBudget\n    createdAt\n    hub {\n      id\n      name\n    }\n    leadStakeholder {\n      id\n      name\n    }\n    committee {\n      id\n      name\n    }\n    reviewSummary {\n      round\n      reviewCount\n      averageScore\n      recommendations {\n        recommendation\n        count\n      }\n    }\n    availableActions\n  }\n": types.StaffInboxProjectFragmentDoc,
    "\n  fragment StaffInboxRound on BudgetRound {\n    id\n    status\n    title\n    totalBudget\n    tallyMethod\n    createdAt\n    hub {\n      id\n      name\n    }\n    availableActions\n  }\n": types.StaffInboxRoundFragmentDoc,
    "\n  fragment StaffNavCounts on Query {\n    # Aliased: a page may ask staffInbox of one hub too. The cache keys by field and arguments.\n    navInbox: staffInbox(hubId: null) {\n      counts {\n        ...StaffInboxCounts\n      }\n    }\n  }\n": types.StaffNavCountsFragmentDoc,
    "\n  query StaffNavCounts($hubId: ID) {\n    staffInbox(hubId: $hubId) {\n      counts {\n        ...StaffInboxCounts\n      }\n    }\n  }\n": types.StaffNavCountsDocument,
    "\n  query StaffInboxPage($hubId: ID) {\n    ...StaffNavCounts\n    hubs {\n      id\n      name\n    }\n    staffInbox(hubId: $hubId) {\n      hubId\n      counts {\n        ...StaffInboxCounts\n      }\n      applications(first: 20) {\n        edges {\n          node {\n            ...StaffInboxApplication\n          }\n        }\n      }\n      bookings(first: 20) {\n        edges {\n          node {\n            ...StaffInboxBooking\n          }\n        }\n      }\n      partnerships(first: 20) {\n        edges {\n          node {\n            ...StaffInboxPartnership\n          }\n        }\n      }\n      projects(first: 20) {\n        edges {\n          node {\n            ...StaffInboxProject\n          }\n        }\n      }\n      budgetRounds(first: 20) {\n        edges {\n          node {\n            ...StaffInboxRound\n          }\n        }\n      }\n    }\n  }\n": types.StaffInboxPageDocument,
    "\n  mutation StaffStartMembershipReview($id: ID!) {\n    startMembershipReview(id: $id) {\n      ...StaffInboxApplication\n      history {\n        ...WorkflowStep\n      }\n    }\n  }\n": types.StaffStartMembershipReviewDocument,
    "\n  mutation StaffApproveMembership($id: ID!, $note: String) {\n    approveMembership(id: $id, note: $note) {\n      ...StaffInboxApplication\n      history {\n        ...WorkflowStep\n      }\n    }\n  }\n": types.StaffApproveMembershipDocument,
    "\n  mutation StaffRejectMembership($id: ID!, $reason: String!) {\n    rejectMembership(id: $id, reason: $reason) {\n      ...StaffInboxApplication\n      history {\n        ...WorkflowStep\n      }\n    }\n  }\n": types.StaffRejectMembershipDocument,
    "\n  mutation InboxApproveBooking($id: ID!) {\n    approveBooking(id: $id) {\n      ...StaffInboxBooking\n      history {\n        ...WorkflowStep\n      }\n    }\n  }\n": types.InboxApproveBookingDocument,
    "\n  mutation InboxRejectBooking($id: ID!, $reason: String!) {\n    rejectBooking(id: $id, reason: $reason) {\n      ...StaffInboxBooking\n      history {\n        ...WorkflowStep\n      }\n    }\n  }\n": types.InboxRejectBookingDocument,
    "\n  mutation StaffApprovePartnership($id: ID!, $note: String) {\n    approvePartnership(id: $id, note: $note) {\n      ...StaffInboxPartnership\n      history {\n        ...WorkflowStep\n      }\n    }\n  }\n": types.StaffApprovePartnershipDocument,
    "\n  mutation StaffRejectPartnership($id: ID!, $reason: String!) {\n    rejectPartnership(id: $id, reason: $reason) {\n      ...StaffInboxPartnership\n      history {\n        ...WorkflowStep\n      }\n    }\n  }\n": types.StaffRejectPartnershipDocument,
    "\n  mutation StaffDecideProject($projectId: ID!, $decision: ProjectDecision!, $note: String) {\n    decideProject(projectId: $projectId, decision: $decision, note: $note) {\n      ...StaffInboxProject\n      history {\n        ...WorkflowStep\n      }\n    }\n  }\n": types.StaffDecideProjectDocument,
    "\n  mutation StaffTallyRound($roundId: ID!) {\n    tallyBudgetRound(roundId: $roundId) {\n      ...StaffInboxRound\n      history {\n        ...WorkflowStep\n      }\n    }\n  }\n": types.StaffTallyRoundDocument,
    "\n  query StaffInboxHistory($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Membership {\n        id\n        history {\n          ...WorkflowStep\n        }\n      }\n      ... on Booking {\n        id\n        history {\n          ...WorkflowStep\n        }\n      }\n      ... on Partnership {\n        id\n        history {\n          ...WorkflowStep\n        }\n      }\n      ... on Project {\n        id\n        history {\n          ...WorkflowStep\n        }\n      }\n      ... on BudgetRound {\n        id\n        history {\n          ...WorkflowStep\n        }\n      }\n    }\n  }\n": types.StaffInboxHistoryDocument,
    "\n  query StaffAuditLog($filter: AuditLogFilter, $first: Int!, $after: String) {\n    ...StaffNavCounts\n    hubs {\n      id\n      name\n      nameKo\n    }\n    auditLog(filter: $filter, first: $first, after: $after) {\n      edges {\n        node {\n          id\n          action\n          at\n          entityType\n          entityId\n          details\n          actor {\n            id\n            displayName\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.StaffAuditLogDocument,
    "\n  query StaffDashboard($from: DateTime!, $to: DateTime!, $interval: UtilisationInterval!) {\n    ...StaffNavCounts\n    parkStats(from: $from, to: $to) {\n      from\n      to\n      hubs {\n        hub {\n          id\n          name\n          nameKo\n        }\n        activeMembers\n        pendingApplications\n        utilisation\n      }\n      utilisationSeries(interval: $interval) {\n        from\n        to\n        hubs {\n          hub {\n            id\n          }\n          utilisation\n        }\n      }\n      stakeholdersByKind {\n        kind\n        count\n      }\n      partnershipsByKind {\n        kind\n        count\n      }\n      projectsByStatus {\n        status\n        count\n      }\n      fundingBySource {\n        source\n        amount\n      }\n      outcomesByPolicyArea {\n        policyArea\n        indicator\n        unit\n        total\n      }\n    }\n  }\n": types.StaffDashboardDocument,
    "\n  fragment StaffPeopleHub on Hub {\n    id\n    name\n    nameKo\n    staff {\n      id\n      role\n      user {\n        id\n        displayName\n      }\n    }\n  }\n": types.StaffPeopleHubFragmentDoc,
    "\n  query StaffPeople {\n    ...StaffNavCounts\n    hubs {\n      ...StaffPeopleHub\n    }\n  }\n": types.StaffPeopleDocument,
    "\n  query StaffFindUsers($search: String!) {\n    users(search: $search, first: 10) {\n      edges {\n        node {\n          id\n          displayName\n          email\n        }\n      }\n    }\n  }\n": types.StaffFindUsersDocument,
    "\n  query StaffPeopleStakeholders($search: String!) {\n    stakeholders(filter: { search: $search }, first: 10) {\n      edges {\n        node {\n          id\n          name\n          verified\n        }\n      }\n    }\n  }\n": types.StaffPeopleStakeholdersDocument,
    "\n  mutation StaffAssignHubStaff($hubId: ID!, $userId: ID!, $role: HubStaffRole!) {\n    assignHubStaff(hubId: $hubId, userId: $userId, role: $role) {\n      id\n      role\n      hub {\n        ...StaffPeopleHub\n      }\n    }\n  }\n": types.StaffAssignHubStaffDocument,
    "\n  mutation StaffUnassignHubStaff($hubId: ID!, $userId: ID!) {\n    unassignHubStaff(hubId: $hubId, userId: $userId) {\n      ...StaffPeopleHub\n    }\n  }\n": types.StaffUnassignHubStaffDocument,
    "\n  mutation StaffVerifyStakeholder($id: ID!) {\n    verifyStakeholder(id: $id) {\n      id\n      verified\n    }\n  }\n": types.StaffVerifyStakeholderDocument,
    "\n  fragment StaffSpace on Space {\n    id\n    name\n    kind\n    capacity\n    amenities\n    version\n    archivedAt\n    openingHours {\n      weekday\n      opens\n      closes\n    }\n    policy {\n      requiresApproval\n      memberOnly\n      minNoticeMinutes\n      maxDurationMinutes\n      maxAdvanceDays\n      bufferMinutes\n      weeklyQuotaHours\n    }\n  }\n": types.StaffSpaceFragmentDoc,
    "\n  mutation StaffCreateSpace($input: CreateSpaceInput!) {\n    createSpace(input: $input) {\n      ...StaffSpace\n    }\n  }\n": types.StaffCreateSpaceDocument,
    "\n  mutation StaffUpdateSpace($id: ID!, $input: UpdateSpaceInput!, $version: Int!) {\n    updateSpace(id: $id, input: $input, version: $version) {\n      ...StaffSpace\n    }\n  }\n": types.StaffUpdateSpaceDocument,
    "\n  fragment StaffEventFields on Event {\n    id\n    title\n    description\n    startsAt\n    endsAt\n    capacity\n    attendeeCount\n    waitlistCount\n    cancelledAt\n    viewerCanManage\n    hub {\n      id\n      slug\n    }\n    space {\n      id\n      name\n      capacity\n    }\n    organizer {\n      id\n      displayName\n    }\n    booking {\n      id\n      status\n    }\n    rsvps {\n      id\n      status\n      waitlistPosition\n      user {\n        id\n        displayName\n      }\n    }\n  }\n": types.StaffEventFieldsFragmentDoc,
    "\n  query StaffEvent($id: ID!) {\n    ...StaffNavCounts\n    event(id: $id) {\n      ...StaffEventFields\n    }\n  }\n": types.StaffEventDocument,
    "\n  mutation StaffUpdateEvent($id: ID!, $input: UpdateEventInput!) {\n    updateEvent(id: $id, input: $input) {\n      ...StaffEventFields\n    }\n  }\n": types.StaffUpdateEventDocument,
    "\n  mutation StaffCancelEvent($id: ID!, $reason: String) {\n    cancelEvent(id: $id, reason: $reason) {\n      ...StaffEventFields\n    }\n  }\n": types.StaffCancelEventDocument,
    "\n  query StaffHubSpaces($slug: String!) {\n    ...StaffNavCounts\n    hubs {\n      ...StaffHubChoice\n    }\n    hub(slug: $slug) {\n      id\n      slug\n      spaces {\n        ...StaffSpace\n      }\n    }\n  }\n": types.StaffHubSpacesDocument,
    "\n  mutation StaffArchiveSpace($id: ID!) {\n    archiveSpace(id: $id) {\n      ...StaffSpace\n    }\n  }\n": types.StaffArchiveSpaceDocument,
    "\n  fragment CalendarBooking on Booking {\n    id\n    status\n    startsAt\n    endsAt\n    purpose\n    attendees\n    checkedInAt\n    noShowAt\n    availableActions\n    space {\n      id\n    }\n    booker {\n      id\n      displayName\n    }\n    stakeholder {\n      id\n      name\n    }\n    event {\n      id\n      title\n    }\n  }\n": types.CalendarBookingFragmentDoc,
    "\n  query StaffCalendar($slug: String!, $from: DateTime!, $to: DateTime!) {\n    ...StaffNavCounts\n    hubs {\n      ...StaffHubChoice\n    }\n    hub(slug: $slug) {\n      id\n      slug\n      spaces {\n        id\n        name\n        capacity\n        openingHours {\n          weekday\n          opens\n          closes\n        }\n        policy {\n          bufferMinutes\n          requiresApproval\n        }\n      }\n      bookings(from: $from, to: $to, first: 100) {\n        totalCount\n        edges {\n          node {\n            ...CalendarBooking\n          }\n        }\n      }\n    }\n  }\n": types.StaffCalendarDocument,
    "\n  mutation StaffApproveBooking($id: ID!) {\n    approveBooking(id: $id) {\n      ...CalendarBooking\n    }\n  }\n": types.StaffApproveBookingDocument,
    "\n  mutation StaffRejectBooking($id: ID!, $reason: String!) {\n    rejectBooking(id: $id, reason: $reason) {\n      ...CalendarBooking\n    }\n  }\n": types.StaffRejectBookingDocument,
    "\n  query StaffFindStakeholders($search: String!) {\n    stakeholders(filter: { search: $search }, first: 8) {\n      edges {\n        node {\n          id\n          name\n          kind\n        }\n      }\n    }\n  }\n": types.StaffFindStakeholdersDocument,
    "\n  mutation StaffDeskBook($input: BookSpaceInput!) {\n    bookSpace(input: $input) {\n      ...CalendarBooking\n    }\n  }\n": types.StaffDeskBookDocument,
    "\n  mutation StaffHostEvent($input: CreateEventInput!) {\n    createEvent(input: $input) {\n      id\n      title\n    }\n  }\n": types.StaffHostEventDocument,
    "\n  query StaffHubs {\n    hubs {\n      ...StaffHubChoice\n    }\n  }\n": types.StaffHubsDocument,
    "\n  fragment StaffHubChoice on Hub {\n    id\n    slug\n    name\n    nameKo\n  }\n": types.StaffHubChoiceFragmentDoc,
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
export function graphql(source: "\n  subscription LiveNotification {\n    notificationReceived {\n      unreadCount\n      notification {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription LiveNotification {\n    notificationReceived {\n      unreadCount\n      notification {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription LiveStaffInbox {\n    staffInboxChanged(hubId: null) {\n      counts {\n        ...StaffInboxCounts\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription LiveStaffInbox {\n    staffInboxChanged(hubId: null) {\n      counts {\n        ...StaffInboxCounts\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SessionUser on User {\n    id\n    displayName\n    role\n    locale\n    emailVerified\n    unreadNotificationCount\n    hubStaff {\n      id\n      role\n      hub {\n        id\n        slug\n        name\n      }\n    }\n    committees {\n      id\n    }\n  }\n"): (typeof documents)["\n  fragment SessionUser on User {\n    id\n    displayName\n    role\n    locale\n    emailVerified\n    unreadNotificationCount\n    hubStaff {\n      id\n      role\n      hub {\n        id\n        slug\n        name\n      }\n    }\n    committees {\n      id\n    }\n  }\n"];
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
export function graphql(source: "\n  mutation SaveLanguage($input: UpdateMeInput!) {\n    updateMe(input: $input) {\n      id\n      locale\n    }\n  }\n"): (typeof documents)["\n  mutation SaveLanguage($input: UpdateMeInput!) {\n    updateMe(input: $input) {\n      id\n      locale\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment WorkflowStep on WorkflowEvent {\n    id\n    action\n    from\n    to\n    note\n    at\n    actor {\n      id\n      displayName\n    }\n  }\n"): (typeof documents)["\n  fragment WorkflowStep on WorkflowEvent {\n    id\n    action\n    from\n    to\n    note\n    at\n    actor {\n      id\n      displayName\n    }\n  }\n"];
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
export function graphql(source: "\n  mutation AddStakeholderMember($id: ID!, $email: String!, $role: StakeholderRole!) {\n    addStakeholderMember(stakeholderId: $id, email: $email, role: $role) {\n      invitation {\n        id\n        email\n      }\n      stakeholder {\n        id\n        ...StakeholderProfile\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AddStakeholderMember($id: ID!, $email: String!, $role: StakeholderRole!) {\n    addStakeholderMember(stakeholderId: $id, email: $email, role: $role) {\n      invitation {\n        id\n        email\n      }\n      stakeholder {\n        id\n        ...StakeholderProfile\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelStakeholderInvitation($id: ID!) {\n    cancelStakeholderInvitation(id: $id) {\n      stakeholder {\n        id\n        ...StakeholderProfile\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CancelStakeholderInvitation($id: ID!) {\n    cancelStakeholderInvitation(id: $id) {\n      stakeholder {\n        id\n        ...StakeholderProfile\n      }\n    }\n  }\n"];
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
export function graphql(source: "\n  query StakeholderWebhooks($stakeholderId: ID!) {\n    webhookEventTypes\n    webhooks(stakeholderId: $stakeholderId) {\n      id\n      url\n      events\n      description\n      enabled\n      failingSince\n    }\n  }\n"): (typeof documents)["\n  query StakeholderWebhooks($stakeholderId: ID!) {\n    webhookEventTypes\n    webhooks(stakeholderId: $stakeholderId) {\n      id\n      url\n      events\n      description\n      enabled\n      failingSince\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateStakeholderWebhook($input: CreateWebhookInput!) {\n    createWebhook(input: $input) {\n      secret\n      webhook {\n        id\n        url\n        events\n        description\n        enabled\n        failingSince\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateStakeholderWebhook($input: CreateWebhookInput!) {\n    createWebhook(input: $input) {\n      secret\n      webhook {\n        id\n        url\n        events\n        description\n        enabled\n        failingSince\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebhookDeliveryList($webhookId: ID!) {\n    webhookDeliveries(webhookId: $webhookId, first: 10) {\n      edges {\n        node {\n          id\n          eventType\n          status\n          createdAt\n          attempts {\n            id\n            statusCode\n            error\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query WebhookDeliveryList($webhookId: ID!) {\n    webhookDeliveries(webhookId: $webhookId, first: 10) {\n      edges {\n        node {\n          id\n          eventType\n          status\n          createdAt\n          attempts {\n            id\n            statusCode\n            error\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment StakeholderProfile on Stakeholder {\n    id\n    name\n    kind\n    verified\n    policyAreas\n    tags\n    description\n    website\n    contactEmail\n    version\n    availableActions\n    members {\n      id\n      role\n      availableActions\n      user {\n        id\n        displayName\n      }\n    }\n    invitations {\n      id\n      email\n      role\n      expiresAt\n      availableActions\n    }\n    memberships(first: 10) {\n      ...ProfileMemberships\n    }\n    partnerships(first: 10) {\n      ...ProfilePartnerships\n    }\n    projects(first: 10) {\n      ...ProfileProjects\n    }\n  }\n"): (typeof documents)["\n  fragment StakeholderProfile on Stakeholder {\n    id\n    name\n    kind\n    verified\n    policyAreas\n    tags\n    description\n    website\n    contactEmail\n    version\n    availableActions\n    members {\n      id\n      role\n      availableActions\n      user {\n        id\n        displayName\n      }\n    }\n    invitations {\n      id\n      email\n      role\n      expiresAt\n      availableActions\n    }\n    memberships(first: 10) {\n      ...ProfileMemberships\n    }\n    partnerships(first: 10) {\n      ...ProfilePartnerships\n    }\n    projects(first: 10) {\n      ...ProfileProjects\n    }\n  }\n"];
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
export function graphql(source: "\n  query AccountSections {\n    me {\n      id\n      calendarFeedUrl\n      timeZone\n    }\n    mailPreferences {\n      kind\n      cadence\n      isDefault\n    }\n    myDataExports {\n      ...DataExportRow\n    }\n  }\n"): (typeof documents)["\n  query AccountSections {\n    me {\n      id\n      calendarFeedUrl\n      timeZone\n    }\n    mailPreferences {\n      kind\n      cadence\n      isDefault\n    }\n    myDataExports {\n      ...DataExportRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccountCalendarFeed {\n    me {\n      id\n      calendarFeedUrl\n    }\n  }\n"): (typeof documents)["\n  query AccountCalendarFeed {\n    me {\n      id\n      calendarFeedUrl\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetCalendarFeed {\n    resetCalendarFeed\n  }\n"): (typeof documents)["\n  mutation ResetCalendarFeed {\n    resetCalendarFeed\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteMyAccount($password: String!) {\n    deleteMyAccount(password: $password)\n  }\n"): (typeof documents)["\n  mutation DeleteMyAccount($password: String!) {\n    deleteMyAccount(password: $password)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestEmailVerification {\n    requestEmailVerification\n  }\n"): (typeof documents)["\n  mutation RequestEmailVerification {\n    requestEmailVerification\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MailPreferences {\n    me {\n      id\n      timeZone\n    }\n    mailPreferences {\n      kind\n      cadence\n      isDefault\n    }\n  }\n"): (typeof documents)["\n  query MailPreferences {\n    me {\n      id\n      timeZone\n    }\n    mailPreferences {\n      kind\n      cadence\n      isDefault\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetMailPreference($kind: NotificationKind!, $cadence: MailCadence!) {\n    setMailPreference(kind: $kind, cadence: $cadence) {\n      kind\n      cadence\n      isDefault\n    }\n  }\n"): (typeof documents)["\n  mutation SetMailPreference($kind: NotificationKind!, $cadence: MailCadence!) {\n    setMailPreference(kind: $kind, cadence: $cadence) {\n      kind\n      cadence\n      isDefault\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetMailTimeZone($input: UpdateMeInput!) {\n    updateMe(input: $input) {\n      id\n      timeZone\n    }\n  }\n"): (typeof documents)["\n  mutation SetMailTimeZone($input: UpdateMeInput!) {\n    updateMe(input: $input) {\n      id\n      timeZone\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetPassword($token: String!, $newPassword: String!) {\n    resetPassword(token: $token, newPassword: $newPassword)\n  }\n"): (typeof documents)["\n  mutation ResetPassword($token: String!, $newPassword: String!) {\n    resetPassword(token: $token, newPassword: $newPassword)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VerifyEmail($token: String!) {\n    verifyEmail(token: $token) {\n      id\n      emailVerified\n    }\n  }\n"): (typeof documents)["\n  mutation VerifyEmail($token: String!) {\n    verifyEmail(token: $token) {\n      id\n      emailVerified\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DataExportRow on DataExport {\n    id\n    status\n    requestedAt\n    readyAt\n    expiresAt\n    url\n  }\n"): (typeof documents)["\n  fragment DataExportRow on DataExport {\n    id\n    status\n    requestedAt\n    readyAt\n    expiresAt\n    url\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyDataExports {\n    myDataExports {\n      ...DataExportRow\n    }\n  }\n"): (typeof documents)["\n  query MyDataExports {\n    myDataExports {\n      ...DataExportRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestMyData {\n    requestMyData {\n      ...DataExportRow\n    }\n  }\n"): (typeof documents)["\n  mutation RequestMyData {\n    requestMyData {\n      ...DataExportRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApplyToHub($input: ApplyForMembershipInput!) {\n    applyForMembership(input: $input) {\n      id\n      ...MyApplication\n      stakeholder {\n        id\n        availableActions\n        memberships(first: 10) {\n          edges {\n            node {\n              id\n              hub {\n                id\n              }\n              ...MyApplication\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ApplyToHub($input: ApplyForMembershipInput!) {\n    applyForMembership(input: $input) {\n      id\n      ...MyApplication\n      stakeholder {\n        id\n        availableActions\n        memberships(first: 10) {\n          edges {\n            node {\n              id\n              hub {\n                id\n              }\n              ...MyApplication\n            }\n          }\n        }\n      }\n    }\n  }\n"];
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
export function graphql(source: "\n  query HubPage($slug: String!, $from: DateTime!, $to: DateTime!) {\n    hub(slug: $slug) {\n      id\n      slug\n      name\n      nameKo\n      description\n      spaces {\n        id\n        name\n        kind\n        capacity\n      }\n      events(from: $from, to: $to, first: 10) {\n        totalCount\n        edges {\n          node {\n            id\n            title\n            startsAt\n            endsAt\n            space {\n              id\n              name\n            }\n          }\n        }\n      }\n      ...HubMembers\n    }\n    me {\n      id\n      stakeholders {\n        id\n        role\n        stakeholder {\n          id\n          name\n          availableActions\n          memberships(first: 10) {\n            edges {\n              node {\n                id\n                hub {\n                  id\n                }\n                ...MyApplication\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query HubPage($slug: String!, $from: DateTime!, $to: DateTime!) {\n    hub(slug: $slug) {\n      id\n      slug\n      name\n      nameKo\n      description\n      spaces {\n        id\n        name\n        kind\n        capacity\n      }\n      events(from: $from, to: $to, first: 10) {\n        totalCount\n        edges {\n          node {\n            id\n            title\n            startsAt\n            endsAt\n            space {\n              id\n              name\n            }\n          }\n        }\n      }\n      ...HubMembers\n    }\n    me {\n      id\n      stakeholders {\n        id\n        role\n        stakeholder {\n          id\n          name\n          availableActions\n          memberships(first: 10) {\n            edges {\n              node {\n                id\n                hub {\n                  id\n                }\n                ...MyApplication\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"];
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
export function graphql(source: "\n  fragment InboxItem on Notification {\n    id\n    kind\n    message\n    createdAt\n    readAt\n    subject {\n      ...SubjectLink\n    }\n  }\n"): (typeof documents)["\n  fragment InboxItem on Notification {\n    id\n    kind\n    message\n    createdAt\n    readAt\n    subject {\n      ...SubjectLink\n    }\n  }\n"];
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
export function graphql(source: "\n  fragment SubjectLink on NotificationSubject {\n    __typename\n    ... on Node {\n      id\n    }\n    ... on Membership {\n      hub {\n        id\n        slug\n      }\n    }\n    ... on Committee {\n      hub {\n        id\n        slug\n      }\n    }\n    ... on Booking {\n      space {\n        id\n      }\n    }\n    ... on DataExport {\n      id\n    }\n  }\n"): (typeof documents)["\n  fragment SubjectLink on NotificationSubject {\n    __typename\n    ... on Node {\n      id\n    }\n    ... on Membership {\n      hub {\n        id\n        slug\n      }\n    }\n    ... on Committee {\n      hub {\n        id\n        slug\n      }\n    }\n    ... on Booking {\n      space {\n        id\n      }\n    }\n    ... on DataExport {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MyInvitations on User {\n    id\n    emailVerified\n    stakeholderInvitations {\n      id\n      role\n      expiresAt\n      availableActions\n      stakeholder {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment MyInvitations on User {\n    id\n    emailVerified\n    stakeholderInvitations {\n      id\n      role\n      expiresAt\n      availableActions\n      stakeholder {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptStakeholderInvitation($id: ID!) {\n    acceptStakeholderInvitation(id: $id) {\n      member {\n        ...MyStakeholderSeat\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AcceptStakeholderInvitation($id: ID!) {\n    acceptStakeholderInvitation(id: $id) {\n      member {\n        ...MyStakeholderSeat\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeclineStakeholderInvitation($id: ID!) {\n    declineStakeholderInvitation(id: $id) {\n      invitation {\n        id\n        status\n        availableActions\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation DeclineStakeholderInvitation($id: ID!) {\n    declineStakeholderInvitation(id: $id) {\n      invitation {\n        id\n        status\n        availableActions\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MyStakeholderSeat on StakeholderMember {\n    id\n    role\n    stakeholder {\n      id\n      name\n      memberships(first: 20) {\n        edges {\n          node {\n            id\n            status\n            plan\n            createdAt\n            hub {\n              id\n              slug\n              name\n              nameKo\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment MyStakeholderSeat on StakeholderMember {\n    id\n    role\n    stakeholder {\n      id\n      name\n      memberships(first: 20) {\n        edges {\n          node {\n            id\n            status\n            plan\n            createdAt\n            hub {\n              id\n              slug\n              name\n              nameKo\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MyWeek on User {\n    id\n    unreadNotificationCount\n    bookings(first: 5) {\n      edges {\n        node {\n          id\n          startsAt\n          endsAt\n          status\n          space {\n            id\n            name\n          }\n        }\n      }\n    }\n    rsvps {\n      id\n      status\n      waitlistPosition\n      event {\n        id\n        title\n        startsAt\n      }\n    }\n    stakeholders {\n      ...MyStakeholderSeat\n    }\n    ...MyInvitations\n  }\n"): (typeof documents)["\n  fragment MyWeek on User {\n    id\n    unreadNotificationCount\n    bookings(first: 5) {\n      edges {\n        node {\n          id\n          startsAt\n          endsAt\n          status\n          space {\n            id\n            name\n          }\n        }\n      }\n    }\n    rsvps {\n      id\n      status\n      waitlistPosition\n      event {\n        id\n        title\n        startsAt\n      }\n    }\n    stakeholders {\n      ...MyStakeholderSeat\n    }\n    ...MyInvitations\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ParkHome($from: DateTime!, $to: DateTime!) {\n    hubs {\n      id\n      slug\n      name\n      nameKo\n      description\n    }\n    events(from: $from, to: $to, first: 6) {\n      edges {\n        node {\n          id\n          title\n          startsAt\n          hub {\n            id\n            name\n            nameKo\n          }\n          space {\n            id\n            name\n          }\n        }\n      }\n    }\n    me {\n      id\n      ...MyWeek\n    }\n  }\n"): (typeof documents)["\n  query ParkHome($from: DateTime!, $to: DateTime!) {\n    hubs {\n      id\n      slug\n      name\n      nameKo\n      description\n    }\n    events(from: $from, to: $to, first: 6) {\n      edges {\n        node {\n          id\n          title\n          startsAt\n          hub {\n            id\n            name\n            nameKo\n          }\n          space {\n            id\n            name\n          }\n        }\n      }\n    }\n    me {\n      id\n      ...MyWeek\n    }\n  }\n"];
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
export function graphql(source: "\n  query BudgetRoundPage($id: ID!) {\n    budgetRound(id: $id) {\n      id\n      title\n      totalBudget\n      minSelections\n      maxSelections\n      tallyMethod\n      requireVerifiedVoters\n      voterRule\n      hub {\n        id\n        name\n        nameKo\n      }\n      projects {\n        id\n        title\n        summary\n        requestedBudget\n        leadStakeholder {\n          id\n          name\n        }\n      }\n      results {\n        funded\n        amount\n        ...BudgetResultWhy\n        project {\n          id\n          title\n          requestedBudget\n        }\n      }\n      history {\n        ...WorkflowStep\n      }\n      ...BudgetRoundBallot\n    }\n  }\n"): (typeof documents)["\n  query BudgetRoundPage($id: ID!) {\n    budgetRound(id: $id) {\n      id\n      title\n      totalBudget\n      minSelections\n      maxSelections\n      tallyMethod\n      requireVerifiedVoters\n      voterRule\n      hub {\n        id\n        name\n        nameKo\n      }\n      projects {\n        id\n        title\n        summary\n        requestedBudget\n        leadStakeholder {\n          id\n          name\n        }\n      }\n      results {\n        funded\n        amount\n        ...BudgetResultWhy\n        project {\n          id\n          title\n          requestedBudget\n        }\n      }\n      history {\n        ...WorkflowStep\n      }\n      ...BudgetRoundBallot\n    }\n  }\n"];
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
export function graphql(source: "\n  fragment BudgetResultWhy on BudgetResult {\n    votes\n    reason\n    explanation {\n      code\n      rank\n      cost\n      budgetLeft\n      sharePaidMax\n      sharePaidMin\n      projectStatus\n    }\n  }\n"): (typeof documents)["\n  fragment BudgetResultWhy on BudgetResult {\n    votes\n    reason\n    explanation {\n      code\n      rank\n      cost\n      budgetLeft\n      sharePaidMax\n      sharePaidMin\n      projectStatus\n    }\n  }\n"];
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
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ReviewCard on ProjectReview {\n    id\n    score\n    recommendation\n    comment\n    round\n    submittedAt\n    reviewer {\n      id\n      displayName\n    }\n  }\n"): (typeof documents)["\n  fragment ReviewCard on ProjectReview {\n    id\n    score\n    recommendation\n    comment\n    round\n    submittedAt\n    reviewer {\n      id\n      displayName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ReviewAssignment on Project {\n    id\n    title\n    summary\n    status\n    requestedBudget\n    availableActions\n    hub {\n      id\n      name\n      nameKo\n    }\n    leadStakeholder {\n      id\n      name\n    }\n    committee {\n      id\n      name\n    }\n    reviews {\n      ...ReviewCard\n    }\n  }\n"): (typeof documents)["\n  fragment ReviewAssignment on Project {\n    id\n    title\n    summary\n    status\n    requestedBudget\n    availableActions\n    hub {\n      id\n      name\n      nameKo\n    }\n    leadStakeholder {\n      id\n      name\n    }\n    committee {\n      id\n      name\n    }\n    reviews {\n      ...ReviewCard\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyReviews {\n    me {\n      id\n      reviewAssignments {\n        ...ReviewAssignment\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyReviews {\n    me {\n      id\n      reviewAssignments {\n        ...ReviewAssignment\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitProjectReview(\n    $projectId: ID!\n    $score: Int!\n    $recommendation: ReviewRecommendation!\n    $comment: String!\n  ) {\n    submitProjectReview(\n      projectId: $projectId\n      score: $score\n      recommendation: $recommendation\n      comment: $comment\n    ) {\n      ...ReviewAssignment\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitProjectReview(\n    $projectId: ID!\n    $score: Int!\n    $recommendation: ReviewRecommendation!\n    $comment: String!\n  ) {\n    submitProjectReview(\n      projectId: $projectId\n      score: $score\n      recommendation: $recommendation\n      comment: $comment\n    ) {\n      ...ReviewAssignment\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment BookingFormSpace on Space {\n    id\n    capacity\n    hub {\n      id\n      name\n      nameKo\n    }\n    policy {\n      requiresApproval\n      memberOnly\n      minNoticeMinutes\n      maxDurationMinutes\n      maxAdvanceDays\n      bufferMinutes\n      weeklyQuotaHours\n    }\n  }\n"): (typeof documents)["\n  fragment BookingFormSpace on Space {\n    id\n    capacity\n    hub {\n      id\n      name\n      nameKo\n    }\n    policy {\n      requiresApproval\n      memberOnly\n      minNoticeMinutes\n      maxDurationMinutes\n      maxAdvanceDays\n      bufferMinutes\n      weeklyQuotaHours\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment BookedBooking on Booking {\n    id\n    status\n    startsAt\n    endsAt\n    purpose\n    attendees\n    weeklyQuotaLeft\n    stakeholder {\n      id\n      name\n    }\n    space {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment BookedBooking on Booking {\n    id\n    status\n    startsAt\n    endsAt\n    purpose\n    attendees\n    weeklyQuotaLeft\n    stakeholder {\n      id\n      name\n    }\n    space {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BookSpace($input: BookSpaceInput!) {\n    bookSpace(input: $input) {\n      ...BookedBooking\n    }\n  }\n"): (typeof documents)["\n  mutation BookSpace($input: BookSpaceInput!) {\n    bookSpace(input: $input) {\n      ...BookedBooking\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BookSpaceSeries($input: BookSeriesInput!) {\n    bookSpaceSeries(input: $input) {\n      id\n      booked {\n        ...BookedBooking\n      }\n      skipped {\n        startsAt\n        endsAt\n        code\n        reason\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation BookSpaceSeries($input: BookSeriesInput!) {\n    bookSpaceSeries(input: $input) {\n      id\n      booked {\n        ...BookedBooking\n      }\n      skipped {\n        startsAt\n        endsAt\n        code\n        reason\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WeeklyQuotaLeft($spaceId: ID!, $stakeholderId: ID!, $weekOf: DateTime!) {\n    space(id: $spaceId) {\n      id\n      weeklyQuotaLeft(stakeholderId: $stakeholderId, weekOf: $weekOf)\n    }\n  }\n"): (typeof documents)["\n  query WeeklyQuotaLeft($spaceId: ID!, $stakeholderId: ID!, $weekOf: DateTime!) {\n    space(id: $spaceId) {\n      id\n      weeklyQuotaLeft(stakeholderId: $stakeholderId, weekOf: $weekOf)\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment BookingItem on Booking {\n    id\n    status\n    startsAt\n    endsAt\n    purpose\n    attendees\n    checkedInAt\n    cancellableUntil\n    checkInOpensAt\n    checkInClosesAt\n    noShowAt\n    availableActions\n    seriesId\n    space {\n      id\n      name\n    }\n    stakeholder {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment BookingItem on Booking {\n    id\n    status\n    startsAt\n    endsAt\n    purpose\n    attendees\n    checkedInAt\n    cancellableUntil\n    checkInOpensAt\n    checkInClosesAt\n    noShowAt\n    availableActions\n    seriesId\n    space {\n      id\n      name\n    }\n    stakeholder {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelMyBooking($id: ID!) {\n    cancelBooking(id: $id) {\n      ...BookingItem\n    }\n  }\n"): (typeof documents)["\n  mutation CancelMyBooking($id: ID!) {\n    cancelBooking(id: $id) {\n      ...BookingItem\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CheckInMyBooking($id: ID!) {\n    checkInBooking(id: $id) {\n      ...BookingItem\n    }\n  }\n"): (typeof documents)["\n  mutation CheckInMyBooking($id: ID!) {\n    checkInBooking(id: $id) {\n      ...BookingItem\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EventDetails on Event {\n    id\n    title\n    description\n    startsAt\n    endsAt\n    capacity\n    attendeeCount\n    waitlistCount\n    availableActions\n    hub {\n      id\n      name\n      nameKo\n      slug\n    }\n    space {\n      id\n      name\n    }\n    stakeholder {\n      id\n      name\n    }\n    organizer {\n      id\n      displayName\n    }\n    myRsvp {\n      id\n      status\n      waitlistPosition\n    }\n  }\n"): (typeof documents)["\n  fragment EventDetails on Event {\n    id\n    title\n    description\n    startsAt\n    endsAt\n    capacity\n    attendeeCount\n    waitlistCount\n    availableActions\n    hub {\n      id\n      name\n      nameKo\n      slug\n    }\n    space {\n      id\n      name\n    }\n    stakeholder {\n      id\n      name\n    }\n    organizer {\n      id\n      displayName\n    }\n    myRsvp {\n      id\n      status\n      waitlistPosition\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EventPage($id: ID!) {\n    event(id: $id) {\n      ...EventDetails\n    }\n  }\n"): (typeof documents)["\n  query EventPage($id: ID!) {\n    event(id: $id) {\n      ...EventDetails\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RsvpEvent($id: ID!) {\n    rsvpEvent(id: $id) {\n      ...EventDetails\n    }\n  }\n"): (typeof documents)["\n  mutation RsvpEvent($id: ID!) {\n    rsvpEvent(id: $id) {\n      ...EventDetails\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelRsvp($id: ID!) {\n    cancelRsvp(id: $id) {\n      ...EventDetails\n    }\n  }\n"): (typeof documents)["\n  mutation CancelRsvp($id: ID!) {\n    cancelRsvp(id: $id) {\n      ...EventDetails\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment BookingPage on BookingConnection {\n    edges {\n      node {\n        ...BookingItem\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n"): (typeof documents)["\n  fragment BookingPage on BookingConnection {\n    edges {\n      node {\n        ...BookingItem\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyBookingsPage($pastFrom: DateTime!, $now: DateTime!) {\n    me {\n      id\n      bookings(first: 20) {\n        ...BookingPage\n      }\n    }\n    myBookings(from: $pastFrom, to: $now, first: 20) {\n      ...BookingPage\n    }\n  }\n"): (typeof documents)["\n  query MyBookingsPage($pastFrom: DateTime!, $now: DateTime!) {\n    me {\n      id\n      bookings(first: 20) {\n        ...BookingPage\n      }\n    }\n    myBookings(from: $pastFrom, to: $now, first: 20) {\n      ...BookingPage\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MoreUpcomingBookings($after: String) {\n    me {\n      id\n      bookings(first: 20, after: $after) {\n        ...BookingPage\n      }\n    }\n  }\n"): (typeof documents)["\n  query MoreUpcomingBookings($after: String) {\n    me {\n      id\n      bookings(first: 20, after: $after) {\n        ...BookingPage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MorePastBookings($pastFrom: DateTime!, $now: DateTime!, $after: String) {\n    myBookings(from: $pastFrom, to: $now, first: 20, after: $after) {\n      ...BookingPage\n    }\n  }\n"): (typeof documents)["\n  query MorePastBookings($pastFrom: DateTime!, $now: DateTime!, $after: String) {\n    myBookings(from: $pastFrom, to: $now, first: 20, after: $after) {\n      ...BookingPage\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription LiveSpaceWeek($spaceId: ID!) {\n    availabilityChanged(spaceId: $spaceId) {\n      id\n    }\n  }\n"): (typeof documents)["\n  subscription LiveSpaceWeek($spaceId: ID!) {\n    availabilityChanged(spaceId: $spaceId) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SpaceWeek($id: ID!, $from: DateTime!, $to: DateTime!, $signedIn: Boolean!) {\n    space(id: $id) {\n      id\n      name\n      kind\n      capacity\n      amenities\n      archivedAt\n      openingHours {\n        weekday\n        opens\n        closes\n      }\n      hub {\n        id\n        name\n        nameKo\n        slug\n      }\n      ...BookingFormSpace\n    }\n    availability(spaceId: $id, from: $from, to: $to) {\n      startsAt\n      endsAt\n    }\n    myBookings(from: $from, to: $to, first: 100) @include(if: $signedIn) {\n      edges {\n        node {\n          id\n          startsAt\n          endsAt\n          status\n          space {\n            id\n          }\n        }\n      }\n    }\n    me @include(if: $signedIn) {\n      id\n      stakeholders {\n        id\n        stakeholder {\n          id\n          name\n          memberships(first: 10) {\n            edges {\n              node {\n                id\n                status\n                hub {\n                  id\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SpaceWeek($id: ID!, $from: DateTime!, $to: DateTime!, $signedIn: Boolean!) {\n    space(id: $id) {\n      id\n      name\n      kind\n      capacity\n      amenities\n      archivedAt\n      openingHours {\n        weekday\n        opens\n        closes\n      }\n      hub {\n        id\n        name\n        nameKo\n        slug\n      }\n      ...BookingFormSpace\n    }\n    availability(spaceId: $id, from: $from, to: $to) {\n      startsAt\n      endsAt\n    }\n    myBookings(from: $from, to: $to, first: 100) @include(if: $signedIn) {\n      edges {\n        node {\n          id\n          startsAt\n          endsAt\n          status\n          space {\n            id\n          }\n        }\n      }\n    }\n    me @include(if: $signedIn) {\n      id\n      stakeholders {\n        id\n        stakeholder {\n          id\n          name\n          memberships(first: 10) {\n            edges {\n              node {\n                id\n                status\n                hub {\n                  id\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment StaffRoundRow on BudgetRound {\n    id\n    title\n    status\n    tallyMethod\n    totalBudget\n    createdAt\n  }\n"): (typeof documents)["\n  fragment StaffRoundRow on BudgetRound {\n    id\n    title\n    status\n    tallyMethod\n    totalBudget\n    createdAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffBudgetRounds {\n    ...StaffNavCounts\n    hubs {\n      id\n      slug\n      name\n      nameKo\n      budgetRounds {\n        ...StaffRoundRow\n      }\n    }\n  }\n"): (typeof documents)["\n  query StaffBudgetRounds {\n    ...StaffNavCounts\n    hubs {\n      id\n      slug\n      name\n      nameKo\n      budgetRounds {\n        ...StaffRoundRow\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StaffCreateBudgetRound($input: CreateBudgetRoundInput!) {\n    createBudgetRound(input: $input) {\n      ...StaffRoundRow\n      hub {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation StaffCreateBudgetRound($input: CreateBudgetRoundInput!) {\n    createBudgetRound(input: $input) {\n      ...StaffRoundRow\n      hub {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment StaffBudgetResult on BudgetResult {\n    funded\n    amount\n    ...BudgetResultWhy\n    project {\n      id\n      title\n      requestedBudget\n    }\n  }\n"): (typeof documents)["\n  fragment StaffBudgetResult on BudgetResult {\n    funded\n    amount\n    ...BudgetResultWhy\n    project {\n      id\n      title\n      requestedBudget\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment StaffRoundState on BudgetRound {\n    id\n    status\n    availableActions\n    projects {\n      id\n      title\n      requestedBudget\n      leadStakeholder {\n        id\n        name\n      }\n    }\n    results {\n      ...StaffBudgetResult\n    }\n    history {\n      ...WorkflowStep\n    }\n  }\n"): (typeof documents)["\n  fragment StaffRoundState on BudgetRound {\n    id\n    status\n    availableActions\n    projects {\n      id\n      title\n      requestedBudget\n      leadStakeholder {\n        id\n        name\n      }\n    }\n    results {\n      ...StaffBudgetResult\n    }\n    history {\n      ...WorkflowStep\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffBudgetRound($id: ID!) {\n    ...StaffNavCounts\n    budgetRound(id: $id) {\n      ...StaffRoundRow\n      minSelections\n      maxSelections\n      requireVerifiedVoters\n      voterRule\n      hub {\n        id\n        name\n        nameKo\n      }\n      ...StaffRoundState\n    }\n  }\n"): (typeof documents)["\n  query StaffBudgetRound($id: ID!) {\n    ...StaffNavCounts\n    budgetRound(id: $id) {\n      ...StaffRoundRow\n      minSelections\n      maxSelections\n      requireVerifiedVoters\n      voterRule\n      hub {\n        id\n        name\n        nameKo\n      }\n      ...StaffRoundState\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffRoundCandidates($hubId: ID!) {\n    projects(filter: { hubId: $hubId, status: APPROVED }, first: 100) {\n      edges {\n        node {\n          id\n          title\n          requestedBudget\n          leadStakeholder {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query StaffRoundCandidates($hubId: ID!) {\n    projects(filter: { hubId: $hubId, status: APPROVED }, first: 100) {\n      edges {\n        node {\n          id\n          title\n          requestedBudget\n          leadStakeholder {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StaffAddProjectToRound($roundId: ID!, $projectId: ID!) {\n    addProjectToRound(roundId: $roundId, projectId: $projectId) {\n      ...StaffRoundState\n    }\n  }\n"): (typeof documents)["\n  mutation StaffAddProjectToRound($roundId: ID!, $projectId: ID!) {\n    addProjectToRound(roundId: $roundId, projectId: $projectId) {\n      ...StaffRoundState\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StaffOpenBudgetRound($id: ID!) {\n    openBudgetRound(id: $id) {\n      ...StaffRoundState\n    }\n  }\n"): (typeof documents)["\n  mutation StaffOpenBudgetRound($id: ID!) {\n    openBudgetRound(id: $id) {\n      ...StaffRoundState\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StaffStartBudgetVoting($id: ID!) {\n    startBudgetVoting(id: $id) {\n      ...StaffRoundState\n    }\n  }\n"): (typeof documents)["\n  mutation StaffStartBudgetVoting($id: ID!) {\n    startBudgetVoting(id: $id) {\n      ...StaffRoundState\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StaffCloseBudgetRound($id: ID!) {\n    closeBudgetRound(id: $id) {\n      ...StaffRoundState\n    }\n  }\n"): (typeof documents)["\n  mutation StaffCloseBudgetRound($id: ID!) {\n    closeBudgetRound(id: $id) {\n      ...StaffRoundState\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StaffTallyBudgetRound($roundId: ID!) {\n    tallyBudgetRound(roundId: $roundId) {\n      ...StaffRoundState\n    }\n  }\n"): (typeof documents)["\n  mutation StaffTallyBudgetRound($roundId: ID!) {\n    tallyBudgetRound(roundId: $roundId) {\n      ...StaffRoundState\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CommitteeCard on Committee {\n    id\n    name\n    kind\n    members {\n      id\n      displayName\n    }\n  }\n"): (typeof documents)["\n  fragment CommitteeCard on Committee {\n    id\n    name\n    kind\n    members {\n      id\n      displayName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AwaitingCommittee on Project {\n    id\n    title\n    status\n    requestedBudget\n    availableActions\n    leadStakeholder {\n      id\n      name\n    }\n    committee {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment AwaitingCommittee on Project {\n    id\n    title\n    status\n    requestedBudget\n    availableActions\n    leadStakeholder {\n      id\n      name\n    }\n    committee {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffCommittees($hubId: ID!) {\n    ...StaffNavCounts\n    committees(hubId: $hubId) {\n      ...CommitteeCard\n    }\n    proposed: projects(filter: { hubId: $hubId, status: PROPOSED }, first: 50) {\n      edges {\n        node {\n          ...AwaitingCommittee\n        }\n      }\n    }\n    inReview: projects(filter: { hubId: $hubId, status: IN_REVIEW }, first: 50) {\n      edges {\n        node {\n          ...AwaitingCommittee\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query StaffCommittees($hubId: ID!) {\n    ...StaffNavCounts\n    committees(hubId: $hubId) {\n      ...CommitteeCard\n    }\n    proposed: projects(filter: { hubId: $hubId, status: PROPOSED }, first: 50) {\n      edges {\n        node {\n          ...AwaitingCommittee\n        }\n      }\n    }\n    inReview: projects(filter: { hubId: $hubId, status: IN_REVIEW }, first: 50) {\n      edges {\n        node {\n          ...AwaitingCommittee\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCommittee($input: CreateCommitteeInput!) {\n    createCommittee(input: $input) {\n      ...CommitteeCard\n    }\n  }\n"): (typeof documents)["\n  mutation CreateCommittee($input: CreateCommitteeInput!) {\n    createCommittee(input: $input) {\n      ...CommitteeCard\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddCommitteeMember($committeeId: ID!, $userId: ID!) {\n    addCommitteeMember(committeeId: $committeeId, userId: $userId) {\n      ...CommitteeCard\n    }\n  }\n"): (typeof documents)["\n  mutation AddCommitteeMember($committeeId: ID!, $userId: ID!) {\n    addCommitteeMember(committeeId: $committeeId, userId: $userId) {\n      ...CommitteeCard\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveCommitteeMember($committeeId: ID!, $userId: ID!) {\n    removeCommitteeMember(committeeId: $committeeId, userId: $userId) {\n      ...CommitteeCard\n    }\n  }\n"): (typeof documents)["\n  mutation RemoveCommitteeMember($committeeId: ID!, $userId: ID!) {\n    removeCommitteeMember(committeeId: $committeeId, userId: $userId) {\n      ...CommitteeCard\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FindPeople($search: String!) {\n    users(search: $search, first: 10) {\n      edges {\n        node {\n          id\n          displayName\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query FindPeople($search: String!) {\n    users(search: $search, first: 10) {\n      edges {\n        node {\n          id\n          displayName\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssignProjectReview($projectId: ID!, $committeeId: ID!) {\n    assignProjectReview(projectId: $projectId, committeeId: $committeeId) {\n      ...AwaitingCommittee\n    }\n  }\n"): (typeof documents)["\n  mutation AssignProjectReview($projectId: ID!, $committeeId: ID!) {\n    assignProjectReview(projectId: $projectId, committeeId: $committeeId) {\n      ...AwaitingCommittee\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment StaffProjectDetail on Project {\n    ...ProjectDetail\n    committee {\n      id\n      name\n    }\n    reviewSummary {\n      round\n      reviewCount\n      averageScore\n      recommendations {\n        recommendation\n        count\n      }\n      pendingReviewers {\n        id\n        displayName\n      }\n    }\n    reviews {\n      ...ReviewCard\n    }\n  }\n"): (typeof documents)["\n  fragment StaffProjectDetail on Project {\n    ...ProjectDetail\n    committee {\n      id\n      name\n    }\n    reviewSummary {\n      round\n      reviewCount\n      averageScore\n      recommendations {\n        recommendation\n        count\n      }\n      pendingReviewers {\n        id\n        displayName\n      }\n    }\n    reviews {\n      ...ReviewCard\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffProject($id: ID!) {\n    ...StaffNavCounts\n    project(id: $id) {\n      ...StaffProjectDetail\n    }\n  }\n"): (typeof documents)["\n  query StaffProject($id: ID!) {\n    ...StaffNavCounts\n    project(id: $id) {\n      ...StaffProjectDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DecideProject($projectId: ID!, $decision: ProjectDecision!, $note: String) {\n    decideProject(projectId: $projectId, decision: $decision, note: $note) {\n      ...StaffProjectDetail\n    }\n  }\n"): (typeof documents)["\n  mutation DecideProject($projectId: ID!, $decision: ProjectDecision!, $note: String) {\n    decideProject(projectId: $projectId, decision: $decision, note: $note) {\n      ...StaffProjectDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AllocateFunding($projectId: ID!, $source: FundingSource!, $amount: Won!, $note: String) {\n    allocateFunding(projectId: $projectId, source: $source, amount: $amount, note: $note) {\n      ...StaffProjectDetail\n    }\n  }\n"): (typeof documents)["\n  mutation AllocateFunding($projectId: ID!, $source: FundingSource!, $amount: Won!, $note: String) {\n    allocateFunding(projectId: $projectId, source: $source, amount: $amount, note: $note) {\n      ...StaffProjectDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment StaffInboxCounts on StaffInboxCounts {\n    applications\n    bookings\n    partnerships\n    projects\n    budgetRounds\n    total\n  }\n"): (typeof documents)["\n  fragment StaffInboxCounts on StaffInboxCounts {\n    applications\n    bookings\n    partnerships\n    projects\n    budgetRounds\n    total\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment StaffInboxApplication on Membership {\n    id\n    status\n    plan\n    motivation\n    createdAt\n    hub {\n      id\n      name\n    }\n    stakeholder {\n      id\n      name\n    }\n    availableActions\n  }\n"): (typeof documents)["\n  fragment StaffInboxApplication on Membership {\n    id\n    status\n    plan\n    motivation\n    createdAt\n    hub {\n      id\n      name\n    }\n    stakeholder {\n      id\n      name\n    }\n    availableActions\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment StaffInboxBooking on Booking {\n    id\n    status\n    startsAt\n    endsAt\n    purpose\n    attendees\n    createdAt\n    space {\n      id\n      name\n      hub {\n        id\n        name\n      }\n    }\n    stakeholder {\n      id\n      name\n    }\n    booker {\n      id\n      displayName\n    }\n    availableActions\n  }\n"): (typeof documents)["\n  fragment StaffInboxBooking on Booking {\n    id\n    status\n    startsAt\n    endsAt\n    purpose\n    attendees\n    createdAt\n    space {\n      id\n      name\n      hub {\n        id\n        name\n      }\n    }\n    stakeholder {\n      id\n      name\n    }\n    booker {\n      id\n      displayName\n    }\n    availableActions\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment StaffInboxPartnership on Partnership {\n    id\n    status\n    kind\n    title\n    summary\n    startsOn\n    endsOn\n    createdAt\n    hub {\n      id\n      name\n    }\n    proposer {\n      id\n      name\n    }\n    partner {\n      id\n      name\n    }\n    availableActions\n  }\n"): (typeof documents)["\n  fragment StaffInboxPartnership on Partnership {\n    id\n    status\n    kind\n    title\n    summary\n    startsOn\n    endsOn\n    createdAt\n    hub {\n      id\n      name\n    }\n    proposer {\n      id\n      name\n    }\n    partner {\n      id\n      name\n    }\n    availableActions\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment StaffInboxProject on Project {\n    id\n    status\n    title\n    summary\n    requestedBudget\n    createdAt\n    hub {\n      id\n      name\n    }\n    leadStakeholder {\n      id\n      name\n    }\n    committee {\n      id\n      name\n    }\n    reviewSummary {\n      round\n      reviewCount\n      averageScore\n      recommendations {\n        recommendation\n        count\n      }\n    }\n    availableActions\n  }\n"): (typeof documents)["\n  fragment StaffInboxProject on Project {\n    id\n    status\n    title\n    summary\n    requestedBudget\n    createdAt\n    hub {\n      id\n      name\n    }\n    leadStakeholder {\n      id\n      name\n    }\n    committee {\n      id\n      name\n    }\n    reviewSummary {\n      round\n      reviewCount\n      averageScore\n      recommendations {\n        recommendation\n        count\n      }\n    }\n    availableActions\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment StaffInboxRound on BudgetRound {\n    id\n    status\n    title\n    totalBudget\n    tallyMethod\n    createdAt\n    hub {\n      id\n      name\n    }\n    availableActions\n  }\n"): (typeof documents)["\n  fragment StaffInboxRound on BudgetRound {\n    id\n    status\n    title\n    totalBudget\n    tallyMethod\n    createdAt\n    hub {\n      id\n      name\n    }\n    availableActions\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment StaffNavCounts on Query {\n    # Aliased: a page may ask staffInbox of one hub too. The cache keys by field and arguments.\n    navInbox: staffInbox(hubId: null) {\n      counts {\n        ...StaffInboxCounts\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment StaffNavCounts on Query {\n    # Aliased: a page may ask staffInbox of one hub too. The cache keys by field and arguments.\n    navInbox: staffInbox(hubId: null) {\n      counts {\n        ...StaffInboxCounts\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffNavCounts($hubId: ID) {\n    staffInbox(hubId: $hubId) {\n      counts {\n        ...StaffInboxCounts\n      }\n    }\n  }\n"): (typeof documents)["\n  query StaffNavCounts($hubId: ID) {\n    staffInbox(hubId: $hubId) {\n      counts {\n        ...StaffInboxCounts\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffInboxPage($hubId: ID) {\n    ...StaffNavCounts\n    hubs {\n      id\n      name\n    }\n    staffInbox(hubId: $hubId) {\n      hubId\n      counts {\n        ...StaffInboxCounts\n      }\n      applications(first: 20) {\n        edges {\n          node {\n            ...StaffInboxApplication\n          }\n        }\n      }\n      bookings(first: 20) {\n        edges {\n          node {\n            ...StaffInboxBooking\n          }\n        }\n      }\n      partnerships(first: 20) {\n        edges {\n          node {\n            ...StaffInboxPartnership\n          }\n        }\n      }\n      projects(first: 20) {\n        edges {\n          node {\n            ...StaffInboxProject\n          }\n        }\n      }\n      budgetRounds(first: 20) {\n        edges {\n          node {\n            ...StaffInboxRound\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query StaffInboxPage($hubId: ID) {\n    ...StaffNavCounts\n    hubs {\n      id\n      name\n    }\n    staffInbox(hubId: $hubId) {\n      hubId\n      counts {\n        ...StaffInboxCounts\n      }\n      applications(first: 20) {\n        edges {\n          node {\n            ...StaffInboxApplication\n          }\n        }\n      }\n      bookings(first: 20) {\n        edges {\n          node {\n            ...StaffInboxBooking\n          }\n        }\n      }\n      partnerships(first: 20) {\n        edges {\n          node {\n            ...StaffInboxPartnership\n          }\n        }\n      }\n      projects(first: 20) {\n        edges {\n          node {\n            ...StaffInboxProject\n          }\n        }\n      }\n      budgetRounds(first: 20) {\n        edges {\n          node {\n            ...StaffInboxRound\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StaffStartMembershipReview($id: ID!) {\n    startMembershipReview(id: $id) {\n      ...StaffInboxApplication\n      history {\n        ...WorkflowStep\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation StaffStartMembershipReview($id: ID!) {\n    startMembershipReview(id: $id) {\n      ...StaffInboxApplication\n      history {\n        ...WorkflowStep\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StaffApproveMembership($id: ID!, $note: String) {\n    approveMembership(id: $id, note: $note) {\n      ...StaffInboxApplication\n      history {\n        ...WorkflowStep\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation StaffApproveMembership($id: ID!, $note: String) {\n    approveMembership(id: $id, note: $note) {\n      ...StaffInboxApplication\n      history {\n        ...WorkflowStep\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StaffRejectMembership($id: ID!, $reason: String!) {\n    rejectMembership(id: $id, reason: $reason) {\n      ...StaffInboxApplication\n      history {\n        ...WorkflowStep\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation StaffRejectMembership($id: ID!, $reason: String!) {\n    rejectMembership(id: $id, reason: $reason) {\n      ...StaffInboxApplication\n      history {\n        ...WorkflowStep\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InboxApproveBooking($id: ID!) {\n    approveBooking(id: $id) {\n      ...StaffInboxBooking\n      history {\n        ...WorkflowStep\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation InboxApproveBooking($id: ID!) {\n    approveBooking(id: $id) {\n      ...StaffInboxBooking\n      history {\n        ...WorkflowStep\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InboxRejectBooking($id: ID!, $reason: String!) {\n    rejectBooking(id: $id, reason: $reason) {\n      ...StaffInboxBooking\n      history {\n        ...WorkflowStep\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation InboxRejectBooking($id: ID!, $reason: String!) {\n    rejectBooking(id: $id, reason: $reason) {\n      ...StaffInboxBooking\n      history {\n        ...WorkflowStep\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StaffApprovePartnership($id: ID!, $note: String) {\n    approvePartnership(id: $id, note: $note) {\n      ...StaffInboxPartnership\n      history {\n        ...WorkflowStep\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation StaffApprovePartnership($id: ID!, $note: String) {\n    approvePartnership(id: $id, note: $note) {\n      ...StaffInboxPartnership\n      history {\n        ...WorkflowStep\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StaffRejectPartnership($id: ID!, $reason: String!) {\n    rejectPartnership(id: $id, reason: $reason) {\n      ...StaffInboxPartnership\n      history {\n        ...WorkflowStep\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation StaffRejectPartnership($id: ID!, $reason: String!) {\n    rejectPartnership(id: $id, reason: $reason) {\n      ...StaffInboxPartnership\n      history {\n        ...WorkflowStep\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StaffDecideProject($projectId: ID!, $decision: ProjectDecision!, $note: String) {\n    decideProject(projectId: $projectId, decision: $decision, note: $note) {\n      ...StaffInboxProject\n      history {\n        ...WorkflowStep\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation StaffDecideProject($projectId: ID!, $decision: ProjectDecision!, $note: String) {\n    decideProject(projectId: $projectId, decision: $decision, note: $note) {\n      ...StaffInboxProject\n      history {\n        ...WorkflowStep\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StaffTallyRound($roundId: ID!) {\n    tallyBudgetRound(roundId: $roundId) {\n      ...StaffInboxRound\n      history {\n        ...WorkflowStep\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation StaffTallyRound($roundId: ID!) {\n    tallyBudgetRound(roundId: $roundId) {\n      ...StaffInboxRound\n      history {\n        ...WorkflowStep\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffInboxHistory($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Membership {\n        id\n        history {\n          ...WorkflowStep\n        }\n      }\n      ... on Booking {\n        id\n        history {\n          ...WorkflowStep\n        }\n      }\n      ... on Partnership {\n        id\n        history {\n          ...WorkflowStep\n        }\n      }\n      ... on Project {\n        id\n        history {\n          ...WorkflowStep\n        }\n      }\n      ... on BudgetRound {\n        id\n        history {\n          ...WorkflowStep\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query StaffInboxHistory($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Membership {\n        id\n        history {\n          ...WorkflowStep\n        }\n      }\n      ... on Booking {\n        id\n        history {\n          ...WorkflowStep\n        }\n      }\n      ... on Partnership {\n        id\n        history {\n          ...WorkflowStep\n        }\n      }\n      ... on Project {\n        id\n        history {\n          ...WorkflowStep\n        }\n      }\n      ... on BudgetRound {\n        id\n        history {\n          ...WorkflowStep\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffAuditLog($filter: AuditLogFilter, $first: Int!, $after: String) {\n    ...StaffNavCounts\n    hubs {\n      id\n      name\n      nameKo\n    }\n    auditLog(filter: $filter, first: $first, after: $after) {\n      edges {\n        node {\n          id\n          action\n          at\n          entityType\n          entityId\n          details\n          actor {\n            id\n            displayName\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query StaffAuditLog($filter: AuditLogFilter, $first: Int!, $after: String) {\n    ...StaffNavCounts\n    hubs {\n      id\n      name\n      nameKo\n    }\n    auditLog(filter: $filter, first: $first, after: $after) {\n      edges {\n        node {\n          id\n          action\n          at\n          entityType\n          entityId\n          details\n          actor {\n            id\n            displayName\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffDashboard($from: DateTime!, $to: DateTime!, $interval: UtilisationInterval!) {\n    ...StaffNavCounts\n    parkStats(from: $from, to: $to) {\n      from\n      to\n      hubs {\n        hub {\n          id\n          name\n          nameKo\n        }\n        activeMembers\n        pendingApplications\n        utilisation\n      }\n      utilisationSeries(interval: $interval) {\n        from\n        to\n        hubs {\n          hub {\n            id\n          }\n          utilisation\n        }\n      }\n      stakeholdersByKind {\n        kind\n        count\n      }\n      partnershipsByKind {\n        kind\n        count\n      }\n      projectsByStatus {\n        status\n        count\n      }\n      fundingBySource {\n        source\n        amount\n      }\n      outcomesByPolicyArea {\n        policyArea\n        indicator\n        unit\n        total\n      }\n    }\n  }\n"): (typeof documents)["\n  query StaffDashboard($from: DateTime!, $to: DateTime!, $interval: UtilisationInterval!) {\n    ...StaffNavCounts\n    parkStats(from: $from, to: $to) {\n      from\n      to\n      hubs {\n        hub {\n          id\n          name\n          nameKo\n        }\n        activeMembers\n        pendingApplications\n        utilisation\n      }\n      utilisationSeries(interval: $interval) {\n        from\n        to\n        hubs {\n          hub {\n            id\n          }\n          utilisation\n        }\n      }\n      stakeholdersByKind {\n        kind\n        count\n      }\n      partnershipsByKind {\n        kind\n        count\n      }\n      projectsByStatus {\n        status\n        count\n      }\n      fundingBySource {\n        source\n        amount\n      }\n      outcomesByPolicyArea {\n        policyArea\n        indicator\n        unit\n        total\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment StaffPeopleHub on Hub {\n    id\n    name\n    nameKo\n    staff {\n      id\n      role\n      user {\n        id\n        displayName\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment StaffPeopleHub on Hub {\n    id\n    name\n    nameKo\n    staff {\n      id\n      role\n      user {\n        id\n        displayName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffPeople {\n    ...StaffNavCounts\n    hubs {\n      ...StaffPeopleHub\n    }\n  }\n"): (typeof documents)["\n  query StaffPeople {\n    ...StaffNavCounts\n    hubs {\n      ...StaffPeopleHub\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffFindUsers($search: String!) {\n    users(search: $search, first: 10) {\n      edges {\n        node {\n          id\n          displayName\n          email\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query StaffFindUsers($search: String!) {\n    users(search: $search, first: 10) {\n      edges {\n        node {\n          id\n          displayName\n          email\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffPeopleStakeholders($search: String!) {\n    stakeholders(filter: { search: $search }, first: 10) {\n      edges {\n        node {\n          id\n          name\n          verified\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query StaffPeopleStakeholders($search: String!) {\n    stakeholders(filter: { search: $search }, first: 10) {\n      edges {\n        node {\n          id\n          name\n          verified\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StaffAssignHubStaff($hubId: ID!, $userId: ID!, $role: HubStaffRole!) {\n    assignHubStaff(hubId: $hubId, userId: $userId, role: $role) {\n      id\n      role\n      hub {\n        ...StaffPeopleHub\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation StaffAssignHubStaff($hubId: ID!, $userId: ID!, $role: HubStaffRole!) {\n    assignHubStaff(hubId: $hubId, userId: $userId, role: $role) {\n      id\n      role\n      hub {\n        ...StaffPeopleHub\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StaffUnassignHubStaff($hubId: ID!, $userId: ID!) {\n    unassignHubStaff(hubId: $hubId, userId: $userId) {\n      ...StaffPeopleHub\n    }\n  }\n"): (typeof documents)["\n  mutation StaffUnassignHubStaff($hubId: ID!, $userId: ID!) {\n    unassignHubStaff(hubId: $hubId, userId: $userId) {\n      ...StaffPeopleHub\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StaffVerifyStakeholder($id: ID!) {\n    verifyStakeholder(id: $id) {\n      id\n      verified\n    }\n  }\n"): (typeof documents)["\n  mutation StaffVerifyStakeholder($id: ID!) {\n    verifyStakeholder(id: $id) {\n      id\n      verified\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment StaffSpace on Space {\n    id\n    name\n    kind\n    capacity\n    amenities\n    version\n    archivedAt\n    openingHours {\n      weekday\n      opens\n      closes\n    }\n    policy {\n      requiresApproval\n      memberOnly\n      minNoticeMinutes\n      maxDurationMinutes\n      maxAdvanceDays\n      bufferMinutes\n      weeklyQuotaHours\n    }\n  }\n"): (typeof documents)["\n  fragment StaffSpace on Space {\n    id\n    name\n    kind\n    capacity\n    amenities\n    version\n    archivedAt\n    openingHours {\n      weekday\n      opens\n      closes\n    }\n    policy {\n      requiresApproval\n      memberOnly\n      minNoticeMinutes\n      maxDurationMinutes\n      maxAdvanceDays\n      bufferMinutes\n      weeklyQuotaHours\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StaffCreateSpace($input: CreateSpaceInput!) {\n    createSpace(input: $input) {\n      ...StaffSpace\n    }\n  }\n"): (typeof documents)["\n  mutation StaffCreateSpace($input: CreateSpaceInput!) {\n    createSpace(input: $input) {\n      ...StaffSpace\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StaffUpdateSpace($id: ID!, $input: UpdateSpaceInput!, $version: Int!) {\n    updateSpace(id: $id, input: $input, version: $version) {\n      ...StaffSpace\n    }\n  }\n"): (typeof documents)["\n  mutation StaffUpdateSpace($id: ID!, $input: UpdateSpaceInput!, $version: Int!) {\n    updateSpace(id: $id, input: $input, version: $version) {\n      ...StaffSpace\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment StaffEventFields on Event {\n    id\n    title\n    description\n    startsAt\n    endsAt\n    capacity\n    attendeeCount\n    waitlistCount\n    cancelledAt\n    viewerCanManage\n    hub {\n      id\n      slug\n    }\n    space {\n      id\n      name\n      capacity\n    }\n    organizer {\n      id\n      displayName\n    }\n    booking {\n      id\n      status\n    }\n    rsvps {\n      id\n      status\n      waitlistPosition\n      user {\n        id\n        displayName\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment StaffEventFields on Event {\n    id\n    title\n    description\n    startsAt\n    endsAt\n    capacity\n    attendeeCount\n    waitlistCount\n    cancelledAt\n    viewerCanManage\n    hub {\n      id\n      slug\n    }\n    space {\n      id\n      name\n      capacity\n    }\n    organizer {\n      id\n      displayName\n    }\n    booking {\n      id\n      status\n    }\n    rsvps {\n      id\n      status\n      waitlistPosition\n      user {\n        id\n        displayName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffEvent($id: ID!) {\n    ...StaffNavCounts\n    event(id: $id) {\n      ...StaffEventFields\n    }\n  }\n"): (typeof documents)["\n  query StaffEvent($id: ID!) {\n    ...StaffNavCounts\n    event(id: $id) {\n      ...StaffEventFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StaffUpdateEvent($id: ID!, $input: UpdateEventInput!) {\n    updateEvent(id: $id, input: $input) {\n      ...StaffEventFields\n    }\n  }\n"): (typeof documents)["\n  mutation StaffUpdateEvent($id: ID!, $input: UpdateEventInput!) {\n    updateEvent(id: $id, input: $input) {\n      ...StaffEventFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StaffCancelEvent($id: ID!, $reason: String) {\n    cancelEvent(id: $id, reason: $reason) {\n      ...StaffEventFields\n    }\n  }\n"): (typeof documents)["\n  mutation StaffCancelEvent($id: ID!, $reason: String) {\n    cancelEvent(id: $id, reason: $reason) {\n      ...StaffEventFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffHubSpaces($slug: String!) {\n    ...StaffNavCounts\n    hubs {\n      ...StaffHubChoice\n    }\n    hub(slug: $slug) {\n      id\n      slug\n      spaces {\n        ...StaffSpace\n      }\n    }\n  }\n"): (typeof documents)["\n  query StaffHubSpaces($slug: String!) {\n    ...StaffNavCounts\n    hubs {\n      ...StaffHubChoice\n    }\n    hub(slug: $slug) {\n      id\n      slug\n      spaces {\n        ...StaffSpace\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StaffArchiveSpace($id: ID!) {\n    archiveSpace(id: $id) {\n      ...StaffSpace\n    }\n  }\n"): (typeof documents)["\n  mutation StaffArchiveSpace($id: ID!) {\n    archiveSpace(id: $id) {\n      ...StaffSpace\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CalendarBooking on Booking {\n    id\n    status\n    startsAt\n    endsAt\n    purpose\n    attendees\n    checkedInAt\n    noShowAt\n    availableActions\n    space {\n      id\n    }\n    booker {\n      id\n      displayName\n    }\n    stakeholder {\n      id\n      name\n    }\n    event {\n      id\n      title\n    }\n  }\n"): (typeof documents)["\n  fragment CalendarBooking on Booking {\n    id\n    status\n    startsAt\n    endsAt\n    purpose\n    attendees\n    checkedInAt\n    noShowAt\n    availableActions\n    space {\n      id\n    }\n    booker {\n      id\n      displayName\n    }\n    stakeholder {\n      id\n      name\n    }\n    event {\n      id\n      title\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffCalendar($slug: String!, $from: DateTime!, $to: DateTime!) {\n    ...StaffNavCounts\n    hubs {\n      ...StaffHubChoice\n    }\n    hub(slug: $slug) {\n      id\n      slug\n      spaces {\n        id\n        name\n        capacity\n        openingHours {\n          weekday\n          opens\n          closes\n        }\n        policy {\n          bufferMinutes\n          requiresApproval\n        }\n      }\n      bookings(from: $from, to: $to, first: 100) {\n        totalCount\n        edges {\n          node {\n            ...CalendarBooking\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query StaffCalendar($slug: String!, $from: DateTime!, $to: DateTime!) {\n    ...StaffNavCounts\n    hubs {\n      ...StaffHubChoice\n    }\n    hub(slug: $slug) {\n      id\n      slug\n      spaces {\n        id\n        name\n        capacity\n        openingHours {\n          weekday\n          opens\n          closes\n        }\n        policy {\n          bufferMinutes\n          requiresApproval\n        }\n      }\n      bookings(from: $from, to: $to, first: 100) {\n        totalCount\n        edges {\n          node {\n            ...CalendarBooking\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StaffApproveBooking($id: ID!) {\n    approveBooking(id: $id) {\n      ...CalendarBooking\n    }\n  }\n"): (typeof documents)["\n  mutation StaffApproveBooking($id: ID!) {\n    approveBooking(id: $id) {\n      ...CalendarBooking\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StaffRejectBooking($id: ID!, $reason: String!) {\n    rejectBooking(id: $id, reason: $reason) {\n      ...CalendarBooking\n    }\n  }\n"): (typeof documents)["\n  mutation StaffRejectBooking($id: ID!, $reason: String!) {\n    rejectBooking(id: $id, reason: $reason) {\n      ...CalendarBooking\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffFindStakeholders($search: String!) {\n    stakeholders(filter: { search: $search }, first: 8) {\n      edges {\n        node {\n          id\n          name\n          kind\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query StaffFindStakeholders($search: String!) {\n    stakeholders(filter: { search: $search }, first: 8) {\n      edges {\n        node {\n          id\n          name\n          kind\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StaffDeskBook($input: BookSpaceInput!) {\n    bookSpace(input: $input) {\n      ...CalendarBooking\n    }\n  }\n"): (typeof documents)["\n  mutation StaffDeskBook($input: BookSpaceInput!) {\n    bookSpace(input: $input) {\n      ...CalendarBooking\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StaffHostEvent($input: CreateEventInput!) {\n    createEvent(input: $input) {\n      id\n      title\n    }\n  }\n"): (typeof documents)["\n  mutation StaffHostEvent($input: CreateEventInput!) {\n    createEvent(input: $input) {\n      id\n      title\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffHubs {\n    hubs {\n      ...StaffHubChoice\n    }\n  }\n"): (typeof documents)["\n  query StaffHubs {\n    hubs {\n      ...StaffHubChoice\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment StaffHubChoice on Hub {\n    id\n    slug\n    name\n    nameKo\n  }\n"): (typeof documents)["\n  fragment StaffHubChoice on Hub {\n    id\n    slug\n    name\n    nameKo\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;