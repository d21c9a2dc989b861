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
