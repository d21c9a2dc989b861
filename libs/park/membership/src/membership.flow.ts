import { MembershipStatus } from '@park/platform/database';
import { Workflow } from '@park/platform/workflow';

export type MembershipAction =
  'startReview' | 'approve' | 'reject' | 'withdraw' | 'suspend' | 'reinstate' | 'end';

/** APPLICANT: an OWNER or ADMIN of the stakeholder. HUB_STAFF: staff of the membership's hub. */
export type MembershipRole = 'APPLICANT' | 'HUB_STAFF' | 'PARK_ADMIN';

const { SUBMITTED, UNDER_REVIEW, APPROVED, SUSPENDED, REJECTED, WITHDRAWN, ENDED } =
  MembershipStatus;
const STAFF: MembershipRole[] = ['HUB_STAFF', 'PARK_ADMIN'];

/**
 * docs/api.md: SUBMITTED → UNDER_REVIEW → APPROVED ⇄ SUSPENDED → ENDED;
 * open → REJECTED | WITHDRAWN.
 */
export const membershipFlow = new Workflow<MembershipStatus, MembershipAction, MembershipRole>(
  'Membership',
  [
    { from: [SUBMITTED], action: 'startReview', to: UNDER_REVIEW, by: STAFF },
    { from: [UNDER_REVIEW], action: 'approve', to: APPROVED, by: STAFF },
    { from: [SUBMITTED, UNDER_REVIEW], action: 'reject', to: REJECTED, by: STAFF },
    { from: [SUBMITTED, UNDER_REVIEW], action: 'withdraw', to: WITHDRAWN, by: ['APPLICANT'] },
    { from: [APPROVED], action: 'suspend', to: SUSPENDED, by: STAFF },
    { from: [SUSPENDED], action: 'reinstate', to: APPROVED, by: STAFF },
    { from: [APPROVED, SUSPENDED], action: 'end', to: ENDED, by: STAFF },
  ],
  'applied',
);

/** States in which a membership still counts as open (one per hub and stakeholder). */
export const OPEN_STATES: MembershipStatus[] = [SUBMITTED, UNDER_REVIEW, APPROVED, SUSPENDED];
export const APPLICATION_STATES: MembershipStatus[] = [SUBMITTED, UNDER_REVIEW];
export { ENDED, REJECTED, WITHDRAWN };
