import type { StakeholderProfileFragment, StakeholderRole } from '../../graphql/generated/graphql';

export type PersonAction = 'changeRole' | 'remove' | 'transfer' | 'leave';

type Member = StakeholderProfileFragment['members'][number];

/**
 * What the viewer may do with one of a stakeholder's people. The API names only ADD_MEMBER (who
 * manages its people); the finer rules are docs/api.md's, "A stakeholder's people": owners
 * change anyone, admins never touch or make an owner, only an owner transfers, anyone leaves
 * except the last owner. Kept in this one place so StakeholderMember.availableActions can
 * replace it when the API grows one.
 */
export function personActions(
  stakeholder: Pick<StakeholderProfileFragment, 'availableActions' | 'members'>,
  member: Member,
  viewerId: string | undefined,
): PersonAction[] {
  if (!viewerId) return [];
  const owners = stakeholder.members.filter((m) => m.role === 'OWNER').length;
  const viewerRole = stakeholder.members.find((m) => m.user.id === viewerId)?.role;
  if (member.user.id === viewerId) {
    return member.role === 'OWNER' && owners <= 1 ? [] : ['leave'];
  }
  if (!stakeholder.availableActions.includes('ADD_MEMBER')) return [];
  const actions: PersonAction[] = [];
  const ownerOrAdmin = viewerRole === 'OWNER' || viewerRole === undefined; // park admins
  if (member.role !== 'OWNER' || (ownerOrAdmin && owners > 1)) actions.push('changeRole', 'remove');
  if (viewerRole === 'OWNER' && member.role !== 'OWNER') actions.push('transfer');
  return actions;
}

/** The roles a change may pick: an owner's seat may stay OWNER; making one is a transfer. */
export function rolesFor(member: Member): StakeholderRole[] {
  return member.role === 'OWNER' ? ['OWNER', 'ADMIN', 'MEMBER'] : ['ADMIN', 'MEMBER'];
}
