import { registerActionEnum } from '@park/platform/workflow';
import { ViewerRoles } from './directory-access';
import { actsFor, mayManage } from './stakeholder-roles';

/**
 * What a viewer may do next with a stakeholder. edit: updateStakeholder; addMember:
 * addStakeholderMember (an OWNER only by an owner); the rest act for it in the hubs:
 * applyForMembership, proposePartnership (as the proposer), proposeProject (as the lead, in a
 * hub where it is an APPROVED member).
 */
export type StakeholderAction =
  'edit' | 'addMember' | 'applyForMembership' | 'proposePartnership' | 'proposeProject';

export const StakeholderActionEnum = registerActionEnum<StakeholderAction>(
  'StakeholderAction',
  ['edit', 'addMember', 'applyForMembership', 'proposePartnership', 'proposeProject'],
  'What the viewer may do next with a stakeholder (docs/api.md).',
);

/**
 * Park admins manage every profile; owners and admins manage and act for their own, and propose
 * projects once it is an APPROVED member of some hub (`memberOf`: those hubs).
 */
export function stakeholderActions(
  roles: ViewerRoles | null,
  stakeholderId: string,
  memberOf: readonly string[],
): StakeholderAction[] {
  if (!roles) return [];
  const actions: StakeholderAction[] = mayManage(roles, stakeholderId) ? ['edit', 'addMember'] : [];
  if (actsFor(roles.stakeholderRoles.get(stakeholderId))) {
    actions.push('applyForMembership', 'proposePartnership');
    if (memberOf.length) actions.push('proposeProject');
  }
  return actions;
}
