import type { StakeholderProfileFragment, StakeholderRole } from '../../graphql/generated/graphql';

type Member = StakeholderProfileFragment['members'][number];

/**
 * The roles a change may pick (shown when the API offers CHANGE_ROLE): an owner's seat may stay
 * OWNER; making someone an owner is a transfer (TRANSFER_OWNERSHIP).
 */
export function rolesFor(member: Pick<Member, 'role'>): StakeholderRole[] {
  return member.role === 'OWNER' ? ['OWNER', 'ADMIN', 'MEMBER'] : ['ADMIN', 'MEMBER'];
}
