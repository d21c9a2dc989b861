import {
  StakeholderInvitation as InvitationRow,
  StakeholderInvitationStatus,
} from '@park/platform/database';
import { registerActionEnum } from '@park/platform/workflow';
import { ViewerRoles } from './directory-access';
import { mayGrant } from './stakeholder-roles';

/** accept / decline: acceptStakeholderInvitation / declineStakeholderInvitation; cancel likewise. */
export type InvitationAction = 'accept' | 'decline' | 'cancel';

export const InvitationActionEnum = registerActionEnum<InvitationAction>(
  'StakeholderInvitationAction',
  ['accept', 'decline', 'cancel'],
  'What the viewer may do with a stakeholder invitation (docs/api.md).',
);

/** The status a reader sees: a PENDING invitation past its expiry is EXPIRED. */
export function statusOf(invitation: InvitationRow, now = Date.now()): StakeholderInvitationStatus {
  return invitation.status === StakeholderInvitationStatus.PENDING &&
    invitation.expiresAt.getTime() <= now
    ? StakeholderInvitationStatus.EXPIRED
    : invitation.status;
}

/**
 * An open invitation: the invitee, once their e-mail is verified, accepts or declines; those
 * who may send it cancel it.
 */
export function invitationActions(
  invitation: InvitationRow,
  roles: ViewerRoles,
  invitee: { isInvitee: boolean; emailVerified: boolean },
): InvitationAction[] {
  if (statusOf(invitation) !== StakeholderInvitationStatus.PENDING) return [];
  const mayAnswer = invitee.isInvitee && invitee.emailVerified;
  const actions: InvitationAction[] = mayAnswer ? ['accept', 'decline'] : [];
  if (mayGrant(roles, invitation.stakeholderId, invitation.role)) actions.push('cancel');
  return actions;
}
