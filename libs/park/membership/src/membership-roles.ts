import { actsFor, isOwnSide, OWN_SIDE_REASON, ViewerRoles } from '@park/directory';
import { Membership as MembershipRow } from '@park/platform/database';
import { ActorRoles, setAside } from '@park/platform/workflow';
import { MembershipAction, membershipFlow, MembershipRole } from './membership.flow';

/**
 * The roles the flow knows, for this viewer and this membership. Staff who belong to the
 * stakeholder keep only its side's roles: nobody decides on their own application.
 */
export function membershipRoles(
  roles: ViewerRoles,
  membership: MembershipRow,
): ActorRoles<MembershipRole> {
  const result: MembershipRole[] = [];
  if (roles.isParkAdmin) result.push('PARK_ADMIN');
  if (roles.staffHubIds.has(membership.hubId)) result.push('HUB_STAFF');
  if (actsFor(roles.stakeholderRoles.get(membership.stakeholderId))) result.push('APPLICANT');
  return isOwnSide(roles, [membership.stakeholderId])
    ? setAside(result, ['PARK_ADMIN', 'HUB_STAFF'], OWN_SIDE_REASON)
    : result;
}

/** Who may read an application's motivation and history: its stakeholder's people and staff. */
export function maySeeApplication(roles: ViewerRoles, membership: MembershipRow): boolean {
  return (
    roles.isParkAdmin ||
    roles.staffHubIds.has(membership.hubId) ||
    roles.stakeholderRoles.has(membership.stakeholderId)
  );
}

/** What the viewer may do next: the moves the flow allows their roles (none when anonymous). */
export function membershipActions(
  roles: ViewerRoles | null,
  membership: MembershipRow,
): MembershipAction[] {
  return roles
    ? membershipFlow.actionsFor(membership.status, membershipRoles(roles, membership))
    : [];
}
