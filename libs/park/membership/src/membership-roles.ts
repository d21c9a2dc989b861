import { MANAGING_ROLES, ViewerRoles } from '@park/directory';
import { Membership as MembershipRow } from '@park/platform/database';
import { MembershipRole } from './membership.flow';

/** The roles the flow knows, for this viewer and this membership. */
export function membershipRoles(roles: ViewerRoles, membership: MembershipRow): MembershipRole[] {
  const result: MembershipRole[] = [];
  if (roles.isParkAdmin) result.push('PARK_ADMIN');
  if (roles.staffHubIds.has(membership.hubId)) result.push('HUB_STAFF');
  const role = roles.stakeholderRoles.get(membership.stakeholderId);
  if (role && MANAGING_ROLES.has(role)) result.push('APPLICANT');
  return result;
}

/** Who may read an application's motivation and history: its stakeholder's people and staff. */
export function maySeeApplication(roles: ViewerRoles, membership: MembershipRow): boolean {
  return (
    roles.isParkAdmin ||
    roles.staffHubIds.has(membership.hubId) ||
    roles.stakeholderRoles.has(membership.stakeholderId)
  );
}
