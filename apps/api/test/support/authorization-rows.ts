import { Caller, CALLERS, Targets } from './authorization-world';
import { fromNow } from './time';

// Each operation of the schema with arguments naming the Youth Hub lead's things (see
// authorization-world.ts), and who may do it to them: the rows of the authorization matrix,
// and the well-formed starting point the bad-input suite spoils one argument at a time.

export type Variables = Record<string, unknown>;

export interface Row {
  args: (t: Targets) => Variables;
  /** Callers this operation lets through on these ids (not exercised here). */
  may: readonly Caller[];
  /** A query that answers (rather than refusing) must not contain these ids. */
  secret?: (t: Targets) => string[];
}

const SIGNED_IN = CALLERS.filter((caller) => caller !== 'anonymous');
const STAFF = ['hubStaff', 'parkAdmin'] as const;
const EVERYONE = CALLERS;
const NOBODY: readonly Caller[] = [];
const none = () => ({});
const week = () => ({ from: fromNow(0), to: fromNow(7 * 24 * 60) });

export const QUERIES: Record<string, Row> = {
  auditLog: {
    args: (t) => ({ filter: { hubId: t.hubId } }),
    may: STAFF,
    secret: (t) => [t.membershipId],
  },
  availability: { args: (t) => ({ spaceId: t.spaceId, ...week() }), may: EVERYONE },
  bookings: { args: (t) => ({ hubId: t.hubId }), may: STAFF },
  budgetRound: { args: (t) => ({ id: t.roundId }), may: EVERYONE },
  budgetRounds: { args: (t) => ({ hubId: t.hubId }), may: EVERYONE },
  committee: { args: (t) => ({ id: t.committeeId }), may: STAFF },
  committees: { args: (t) => ({ hubId: t.hubId }), may: STAFF },
  event: { args: (t) => ({ id: t.eventId }), may: EVERYONE },
  events: { args: (t) => ({ hubId: t.hubId, ...week() }), may: EVERYONE },
  failedJobs: { args: none, may: ['parkAdmin'] },
  hub: { args: (t) => ({ id: t.hubId }), may: EVERYONE },
  hubs: { args: none, may: EVERYONE },
  mailPreferences: { args: none, may: SIGNED_IN },
  me: { args: none, may: EVERYONE },
  membership: { args: (t) => ({ id: t.membershipId }), may: STAFF },
  membershipApplications: { args: (t) => ({ hubId: t.hubId }), may: STAFF },
  myDataExports: { args: none, may: SIGNED_IN },
  myBookings: { args: week, may: SIGNED_IN, secret: (t) => [t.bookingId] },
  node: { args: (t) => ({ id: t.partnershipId }), may: STAFF },
  notifications: { args: none, may: SIGNED_IN, secret: (t) => [t.notificationId] },
  parkStats: { args: week, may: ['otherHubStaff', ...STAFF] },
  partnership: { args: (t) => ({ id: t.partnershipId }), may: STAFF },
  partnerships: {
    args: (t) => ({ filter: { stakeholderId: t.stakeholderId } }),
    may: STAFF,
    secret: (t) => [t.partnershipId],
  },
  project: { args: (t) => ({ id: t.projectId }), may: STAFF },
  projects: {
    args: (t) => ({ filter: { hubId: t.hubId } }),
    may: STAFF,
    secret: (t) => [t.projectId],
  },
  space: { args: (t) => ({ id: t.spaceId }), may: EVERYONE },
  spaceBookings: { args: (t) => ({ spaceId: t.spaceId, ...week() }), may: STAFF },
  staffInbox: { args: (t) => ({ hubId: t.hubId }), may: STAFF },
  stakeholder: { args: (t) => ({ id: t.stakeholderId }), may: EVERYONE },
  stakeholders: { args: none, may: EVERYONE },
  users: { args: () => ({ search: 'owner' }), may: ['otherHubStaff', ...STAFF] },
  webhookDeliveries: { args: (t) => ({ webhookId: t.webhookId }), may: ['parkAdmin'] },
  webhookEventTypes: { args: none, may: EVERYONE },
  webhooks: { args: (t) => ({ stakeholderId: t.stakeholderId }), may: ['parkAdmin'] },
};

const byId =
  (key: keyof Targets, extra: Variables = {}) =>
  (t: Targets) => ({ id: t[key], ...extra });
const note = { note: 'Decided in the matrix' };
const reason = { reason: 'Refused in the matrix' };

export const MUTATIONS: Record<string, Row> = {
  acceptPartnership: { args: byId('partnershipId'), may: NOBODY },
  // Sent to an e-mail none of the callers has.
  acceptStakeholderInvitation: { args: byId('invitationId'), may: NOBODY },
  addCommitteeMember: {
    args: (t) => ({ committeeId: t.committeeId, userId: t.ownerId }),
    may: STAFF,
  },
  addMilestone: {
    args: (t) => ({ projectId: t.approvedProjectId, title: 'Matrix milestone' }),
    may: STAFF,
  },
  addPartnershipComment: {
    args: byId('partnershipId', { body: 'A word from outside' }),
    may: STAFF,
  },
  addProjectMember: {
    args: (t) => ({ projectId: t.approvedProjectId, userId: t.ownerId, role: 'ENGINEER' }),
    may: STAFF,
  },
  addProjectToRound: {
    args: (t) => ({ projectId: t.approvedProjectId, roundId: t.roundId }),
    may: STAFF,
  },
  // Park admins invite to any stakeholder (an e-mail without an account is invited too).
  addStakeholderMember: {
    args: (t) => ({ stakeholderId: t.stakeholderId, email: 'someone@example.org', role: 'MEMBER' }),
    may: ['parkAdmin'],
  },
  allocateFunding: {
    args: (t) => ({ projectId: t.approvedProjectId, amount: 1000, source: 'MUNICIPAL_BUDGET' }),
    may: STAFF,
  },
  applyForMembership: {
    args: (t) => ({
      input: {
        hubId: t.otherHubId,
        stakeholderId: t.stakeholderId,
        plan: 'COWORKING',
        motivation: 'Taken over',
      },
    }),
    may: NOBODY,
  },
  approveBooking: { args: byId('bookingId'), may: STAFF },
  approveMembership: { args: byId('membershipId', note), may: STAFF },
  approvePartnership: { args: byId('partnershipId', note), may: STAFF },
  archiveSpace: { args: byId('spaceId'), may: STAFF },
  assignHubStaff: {
    args: (t) => ({ hubId: t.hubId, userId: t.ownerId, role: 'COORDINATOR' }),
    may: ['parkAdmin'],
  },
  assignProjectReview: {
    args: (t) => ({ projectId: t.projectId, committeeId: t.committeeId }),
    may: STAFF,
  },
  bookSpace: {
    args: (t) => ({
      input: {
        spaceId: t.spaceId,
        stakeholderId: t.stakeholderId,
        startsAt: fromNow(10 * 24 * 60),
        endsAt: fromNow(10 * 24 * 60 + 60),
        attendees: 2,
        purpose: 'On their behalf',
      },
    }),
    // The hub's staff book at the desk for any stakeholder.
    may: STAFF,
  },
  bookSpaceSeries: {
    args: (t) => ({
      input: {
        spaceId: t.spaceId,
        stakeholderId: t.stakeholderId,
        startsAt: fromNow(10 * 24 * 60),
        endsAt: fromNow(10 * 24 * 60 + 60),
        occurrences: 2,
        mode: 'ALL_OR_NOTHING',
        attendees: 2,
        purpose: 'On their behalf',
      },
    }),
    // The hub's staff book at the desk for any stakeholder.
    may: STAFF,
  },
  cancelBooking: { args: byId('bookingId', reason), may: STAFF },
  cancelEvent: { args: byId('eventId', reason), may: STAFF },
  cancelProject: { args: byId('projectId', reason), may: STAFF },
  cancelRsvp: { args: byId('eventId'), may: SIGNED_IN },
  cancelStakeholderInvitation: { args: byId('invitationId'), may: ['parkAdmin'] },
  castBallot: {
    args: (t) => ({ roundId: t.roundId, projectIds: [t.approvedProjectId] }),
    may: SIGNED_IN,
  },
  changePassword: {
    args: () => ({ currentPassword: 'not the password', newPassword: 'a brand new password' }),
    may: SIGNED_IN,
  },
  changeStakeholderMemberRole: {
    args: (t) => ({ stakeholderId: t.stakeholderId, userId: t.leadAdminId, role: 'MEMBER' }),
    may: ['parkAdmin'],
  },
  checkInBooking: { args: byId('bookingId'), may: STAFF },
  closeBudgetRound: { args: byId('roundId'), may: STAFF },
  completeMilestone: { args: byId('milestoneId'), may: STAFF },
  completePartnership: { args: byId('partnershipId', note), may: STAFF },
  completeProject: { args: byId('projectId', note), may: STAFF },
  createBudgetRound: {
    args: (t) => ({
      input: {
        hubId: t.hubId,
        title: 'Not yours',
        totalBudget: 1000,
        maxSelections: 1,
        tallyMethod: 'GREEDY',
      },
    }),
    may: STAFF,
  },
  createCommittee: {
    args: (t) => ({ input: { hubId: t.hubId, name: 'Not yours', kind: 'MIXED' } }),
    may: STAFF,
  },
  createEvent: {
    args: (t) => ({
      input: {
        hubId: t.hubId,
        spaceId: t.spaceId,
        stakeholderId: t.stakeholderId,
        title: 'On their behalf',
        startsAt: fromNow(11 * 24 * 60),
        endsAt: fromNow(11 * 24 * 60 + 60),
        capacity: 5,
      },
    }),
    // The hub's staff book at the desk for any stakeholder.
    may: STAFF,
  },
  createSpace: {
    args: (t) => ({
      input: {
        hubId: t.hubId,
        name: 'Not yours',
        kind: 'MEETING_ROOM',
        capacity: 4,
        openingHours: [],
      },
    }),
    may: STAFF,
  },
  createStakeholder: {
    args: () => ({ input: { name: 'Matrix Collective', kind: 'NON_PROFIT' } }),
    may: SIGNED_IN,
  },
  createWebhook: {
    args: (t) => ({
      input: {
        stakeholderId: t.stakeholderId,
        url: 'https://93.184.215.14/hooks',
        events: ['membership.approved'],
      },
    }),
    may: ['parkAdmin'],
  },
  decideProject: {
    args: (t) => ({ projectId: t.projectId, decision: 'APPROVE', ...note }),
    may: STAFF,
  },
  declinePartnership: { args: byId('partnershipId', reason), may: NOBODY },
  deleteWebhook: { args: byId('webhookId'), may: ['parkAdmin'] },
  declineStakeholderInvitation: { args: byId('invitationId'), may: NOBODY },
  // Only the anonymous caller is refused here: a signed-in one would erase themself.
  deleteMyAccount: { args: () => ({ password: 'not the password' }), may: SIGNED_IN },
  endMembership: { args: byId('membershipId', note), may: STAFF },
  eraseUser: {
    args: (t) => ({ userId: t.ownerId, reason: 'Asked in the matrix' }),
    may: ['parkAdmin'],
  },
  issuePasswordReset: { args: (t) => ({ userId: t.ownerId }), may: ['parkAdmin'] },
  leaveStakeholder: { args: (t) => ({ stakeholderId: t.stakeholderId }), may: NOBODY },
  login: {
    args: () => ({ input: { email: 'nobody@example.org', password: 'not a password' } }),
    may: EVERYONE,
  },
  logout: { args: none, may: EVERYONE },
  markAllNotificationsRead: { args: none, may: SIGNED_IN },
  markNotificationsRead: { args: (t) => ({ ids: [t.notificationId] }), may: NOBODY },
  openBudgetRound: { args: byId('roundId'), may: STAFF },
  proposePartnership: {
    args: (t) => ({
      input: {
        proposerId: t.stakeholderId,
        partnerId: t.partnerId,
        hubId: t.hubId,
        kind: 'PROGRAMME',
        title: 'On their behalf',
        summary: 'Not theirs to propose',
        startsOn: '2999-01-01',
      },
    }),
    may: NOBODY,
  },
  proposeProject: {
    args: (t) => ({
      input: {
        hubId: t.hubId,
        leadStakeholderId: t.stakeholderId,
        title: 'On their behalf',
        summary: 'Not theirs to propose',
        requestedBudget: 1000,
      },
    }),
    may: NOBODY,
  },
  removeOutcome: { args: byId('outcomeId'), may: STAFF },
  updateOutcome: {
    args: (t) => ({
      id: t.outcomeId,
      input: { indicator: 'People reached', unit: 'people', value: 12, policyArea: 'ECONOMY_JOBS' },
    }),
    may: STAFF,
  },
  recordOutcome: {
    args: (t) => ({
      projectId: t.approvedProjectId,
      input: { indicator: 'People reached', unit: 'people', value: 10, policyArea: 'ECONOMY_JOBS' },
    }),
    may: STAFF,
  },
  refreshSession: { args: none, may: EVERYONE },
  register: {
    args: () => ({
      input: { email: 'matrix@example.org', password: 'a long enough password', displayName: 'M' },
    }),
    may: EVERYONE,
  },
  reinstateMembership: { args: byId('membershipId'), may: STAFF },
  redeliverWebhook: {
    args: (t) => ({ deliveryId: t.webhookDeliveryId }),
    may: ['parkAdmin'],
  },
  rejectBooking: { args: byId('bookingId', reason), may: STAFF },
  rejectMembership: { args: byId('membershipId', reason), may: STAFF },
  rejectPartnership: { args: byId('partnershipId', reason), may: STAFF },
  removeCommitteeMember: {
    args: (t) => ({ committeeId: t.committeeId, userId: t.ownerId }),
    may: STAFF,
  },
  removeStakeholderMember: {
    args: (t) => ({ stakeholderId: t.stakeholderId, userId: t.leadAdminId }),
    may: ['parkAdmin'],
  },
  requestEmailVerification: { args: none, may: SIGNED_IN },
  requestMyData: { args: none, may: SIGNED_IN },
  retryJob: { args: () => ({ id: '1' }), may: ['parkAdmin'] },
  resetCalendarFeed: { args: none, may: SIGNED_IN },
  resetPassword: {
    args: () => ({ token: 'not-a-token', newPassword: 'a brand new password' }),
    may: EVERYONE,
  },
  rotateWebhookSecret: { args: byId('webhookId'), may: ['parkAdmin'] },
  rsvpEvent: { args: byId('eventId'), may: SIGNED_IN },
  setMailPreference: {
    args: () => ({ kind: 'MEMBERSHIP_APPROVE', cadence: 'DAILY' }),
    may: SIGNED_IN,
  },
  startBudgetVoting: { args: byId('roundId'), may: STAFF },
  startMembershipReview: { args: byId('membershipId'), may: STAFF },
  startProject: { args: byId('projectId', note), may: STAFF },
  submitProjectReview: {
    args: (t) => ({
      projectId: t.projectId,
      score: 4,
      recommendation: 'APPROVE',
      comment: 'Not my committee',
    }),
    may: NOBODY,
  },
  suspendMembership: { args: byId('membershipId', reason), may: STAFF },
  tallyBudgetRound: { args: (t) => ({ roundId: t.roundId }), may: STAFF },
  terminatePartnership: { args: byId('partnershipId', reason), may: STAFF },
  transferStakeholderOwnership: {
    args: (t) => ({ stakeholderId: t.stakeholderId, userId: t.leadAdminId }),
    may: NOBODY,
  },
  unassignHubStaff: { args: (t) => ({ hubId: t.hubId, userId: t.ownerId }), may: ['parkAdmin'] },
  updateMe: { args: () => ({ input: { displayName: 'Renamed' } }), may: SIGNED_IN },
  updateEvent: { args: (t) => ({ id: t.eventId, input: { title: 'Not yours' } }), may: STAFF },
  updateSpace: {
    args: byId('spaceId', { version: 1, input: { name: 'Renamed room' } }),
    may: STAFF,
  },
  updateStakeholder: {
    args: byId('stakeholderId', { version: 1, input: { name: 'Renamed' } }),
    may: ['parkAdmin'],
  },
  updateWebhook: {
    args: byId('webhookId', { input: { description: 'Not yours' } }),
    may: ['parkAdmin'],
  },
  verifyEmail: { args: () => ({ token: 'not-a-token' }), may: EVERYONE },
  verifyStakeholder: { args: byId('stakeholderId'), may: ['parkAdmin'] },
  withdrawMembershipApplication: { args: byId('membershipId'), may: NOBODY },
  withdrawPartnership: { args: byId('partnershipId'), may: NOBODY },
};
