import { ActionMatrix, describeActions, listedBy } from './support/available-actions';
import {
  ACTIONS,
  addPerson,
  ADMIN,
  ANONYMOUS,
  api,
  APPLICANT_ADMIN,
  application,
  as,
  cast,
  MEMBER,
  move,
  OWNER,
  park,
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
// Separation of duties: a Youth Hub coordinator who is also an ADMIN of the applicant.
const INSIDER = 'youth coordinator of the applicant';
const ROLES = [
  INSIDER,
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
  build: async (state) => {
    const built = await application(state);
    await addPerson(built.stakeholderId, INSIDER, 'ADMIN', OWNER);
    return built;
  },
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
    [INSIDER]: ['WITHDRAW'],
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
    [INSIDER]: [],
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

beforeAll(async () => {
  await startMembershipStories();
  cast(INSIDER, await park.hubStaff(await park.hub('youth-hub'), 'COORDINATOR'));
}, SET_UP_MS);
afterAll(() => api.close());

describeActions({
  title: 'Membership.availableActions holds to the mutations',
  states: STATES,
  matrix,
  expected: EXPECTED,
  each: '%s: each viewer is offered exactly the moves that succeed',
});
