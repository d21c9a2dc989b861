import { ActionMatrix, describeActions, listedBy } from './support/available-actions';
import {
  ACTIONS,
  ADMIN,
  ANONYMOUS,
  api,
  APPLICANT_ADMIN,
  application,
  as,
  MEMBER,
  move,
  OWNER,
  SOCIAL_MANAGER,
  startMembershipStories,
  Status,
  STRANGER,
  YOUTH_COORDINATOR,
} from './support/memberships';
import { SET_UP_MS } from './support/test-api';

// Membership.availableActions against the mutations, for every state and every kind of viewer:
// the stakeholder's OWNER and ADMIN (the applicant side) and a plain MEMBER, the Youth Hub's
// coordinator, another hub's manager, a park admin, an unrelated stakeholder owner, anonymous.

const STATES: Status[] = [
  'SUBMITTED',
  'UNDER_REVIEW',
  'APPROVED',
  'SUSPENDED',
  'REJECTED',
  'WITHDRAWN',
  'ENDED',
];
const ROLES = [
  OWNER,
  APPLICANT_ADMIN,
  MEMBER,
  YOUTH_COORDINATOR,
  SOCIAL_MANAGER,
  ADMIN,
  STRANGER,
  ANONYMOUS,
];
const ENUM: Record<string, (typeof ACTIONS)[number]> = {
  START_REVIEW: 'startReview',
  APPROVE: 'approve',
  REJECT: 'reject',
  WITHDRAW: 'withdraw',
  SUSPEND: 'suspend',
  REINSTATE: 'reinstate',
  END: 'end',
};

type Built = { id: string; stakeholderId: string };

const matrix: ActionMatrix<Status, Built> = {
  actions: Object.keys(ENUM),
  roles: ROLES,
  build: (state) => application(state),
  as: (_membership, role) => as(role),
  // Outsiders may not read a membership (NOT_FOUND, or UNAUTHENTICATED when anonymous): they
  // are offered nothing.
  listed: listedBy(
    () => api,
    'membership',
    (membership) => membership.id,
  ),
  attempt: (membership, action, _who, role) => move(role, ENUM[action], membership.id),
};

/** The whole picture of two states, beside the agreement every state must show. */
const EXPECTED: Partial<Record<Status, Record<string, string[]>>> = {
  SUBMITTED: {
    [OWNER]: ['WITHDRAW'],
    [APPLICANT_ADMIN]: ['WITHDRAW'],
    [MEMBER]: [],
    [YOUTH_COORDINATOR]: ['REJECT', 'START_REVIEW'],
    [SOCIAL_MANAGER]: [],
    [ADMIN]: ['REJECT', 'START_REVIEW'],
    [STRANGER]: [],
    [ANONYMOUS]: [],
  },
  APPROVED: {
    [OWNER]: [],
    [APPLICANT_ADMIN]: [],
    [MEMBER]: [],
    [YOUTH_COORDINATOR]: ['END', 'SUSPEND'],
    [SOCIAL_MANAGER]: [],
    [ADMIN]: ['END', 'SUSPEND'],
    [STRANGER]: [],
    [ANONYMOUS]: [],
  },
};

beforeAll(() => startMembershipStories(), SET_UP_MS);
afterAll(() => api.close());

describeActions({
  title: 'Membership.availableActions holds to the mutations',
  states: STATES,
  matrix,
  expected: EXPECTED,
  each: '%s: each viewer is offered exactly the moves that succeed',
});
