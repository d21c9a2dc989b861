import { StakeholderRole } from '@park/platform/database';
import type { ViewerRoles } from './directory-access';

/** The roles that manage a stakeholder: they act for it (apply, propose, lead) and hear for it. */
export const MANAGING_ROLES: ReadonlySet<StakeholderRole> = new Set([
  StakeholderRole.OWNER,
  StakeholderRole.ADMIN,
]);

/** Whether `role` acts for the stakeholder: applies, proposes partnerships and projects for it. */
export function actsFor(role: StakeholderRole | undefined): boolean {
  return !!role && MANAGING_ROLES.has(role);
}

/** Edits the profile and adds its people: park admins, and the stakeholder's owners and admins. */
export function mayManage(roles: ViewerRoles, stakeholderId: string): boolean {
  return roles.isParkAdmin || actsFor(roles.stakeholderRoles.get(stakeholderId));
}

/** Grants `role` (adds or invites with it): managers, but an OWNER only by an owner or park admin. */
export function mayGrant(
  roles: ViewerRoles,
  stakeholderId: string,
  role: StakeholderRole,
): boolean {
  if (!mayManage(roles, stakeholderId)) return false;
  const own = roles.stakeholderRoles.get(stakeholderId);
  return role !== StakeholderRole.OWNER || roles.isParkAdmin || own === StakeholderRole.OWNER;
}

/** Why staff set their staff roles aside on what concerns a stakeholder they belong to. */
export const OWN_SIDE_REASON =
  'staff may not decide on a stakeholder they belong to (separation of duties); ask other staff';

/**
 * Separation of duties (issue 21): staff who belong to any of `stakeholderIds` (in any role)
 * may not decide for the park on what concerns it.
 */
export function isOwnSide(
  roles: ViewerRoles,
  stakeholderIds: readonly (string | null | undefined)[],
): boolean {
  return stakeholderIds.some((id) => !!id && roles.stakeholderRoles.has(id));
}
