import { PartnershipStatus } from '@park/platform/database';
import { Workflow } from '@park/platform/workflow';

export type PartnershipAction =
  'accept' | 'decline' | 'approve' | 'reject' | 'terminate' | 'complete' | 'withdraw';

/**
 * PROPOSER / PARTNER: an OWNER or ADMIN of the proposing / the invited stakeholder.
 * HUB_STAFF: staff of the partnership's hub. PARK_ADMIN: park staff across all hubs.
 */
export type PartnershipRole = 'PROPOSER' | 'PARTNER' | 'HUB_STAFF' | 'PARK_ADMIN';

const { PROPOSED, AGREED, ACTIVE, COMPLETED, TERMINATED, DECLINED, WITHDRAWN, REJECTED } =
  PartnershipStatus;
const STAFF: PartnershipRole[] = ['HUB_STAFF', 'PARK_ADMIN'];

/**
 * docs/api.md: PROPOSED → AGREED → ACTIVE → COMPLETED | TERMINATED; PROPOSED → DECLINED;
 * PROPOSED | AGREED → WITHDRAWN; AGREED → REJECTED.
 */
export const partnershipFlow = new Workflow<PartnershipStatus, PartnershipAction, PartnershipRole>(
  'Partnership',
  [
    { from: [PROPOSED], action: 'accept', to: AGREED, by: ['PARTNER'] },
    { from: [PROPOSED], action: 'decline', to: DECLINED, by: ['PARTNER'] },
    { from: [PROPOSED, AGREED], action: 'withdraw', to: WITHDRAWN, by: ['PROPOSER'] },
    { from: [AGREED], action: 'approve', to: ACTIVE, by: STAFF },
    { from: [AGREED], action: 'reject', to: REJECTED, by: STAFF },
    { from: [ACTIVE], action: 'complete', to: COMPLETED, by: STAFF },
    { from: [ACTIVE], action: 'terminate', to: TERMINATED, by: ['PROPOSER', 'PARTNER', ...STAFF] },
  ],
  'proposed',
);

/** Shown to everyone, on both stakeholders' profiles; the other states stay with the parties. */
export const PUBLIC_STATES: readonly PartnershipStatus[] = [ACTIVE, COMPLETED];

/** What a viewer may do next: the flow's moves, and comment (addPartnershipComment). */
export type PartnershipNextAction = PartnershipAction | 'comment';
