import { StakeholderRole } from '@park/platform/database';
import { DomainError } from '@park/platform/graphql';

// Who may change whom among a stakeholder's people, as pure rules. Owners and park admins may
// change anyone; admins may change admins and members but never touch or make an owner;
// members change nobody but themselves (leaving).

export interface PeopleActor {
  isParkAdmin: boolean;
  /** The actor's own role in the stakeholder, if any. */
  role: StakeholderRole | undefined;
}

/** Why `actor` may not make this change, or null when they may. */
function refusal(actor: PeopleActor, target: StakeholderRole, next?: StakeholderRole) {
  if (actor.isParkAdmin || actor.role === StakeholderRole.OWNER) return null;
  if (actor.role !== StakeholderRole.ADMIN) {
    return 'Only the stakeholder’s owners and admins may change its people';
  }
  if (target === StakeholderRole.OWNER || next === StakeholderRole.OWNER) {
    return 'Only an owner may change or make an owner';
  }
  return null;
}

export function assertMayChange(
  actor: PeopleActor,
  target: StakeholderRole,
  next?: StakeholderRole,
): void {
  const reason = refusal(actor, target, next);
  if (reason) throw DomainError.forbidden(reason);
}

function keepsAnOwner(owners: number, target: StakeholderRole, next: StakeholderRole | null) {
  return !(target === StakeholderRole.OWNER && next !== StakeholderRole.OWNER && owners <= 1);
}

/** A change that would take away the stakeholder's last OWNER is refused before it is tried. */
export function assertKeepsAnOwner(
  owners: number,
  target: StakeholderRole,
  next: StakeholderRole | null,
  field: string,
): void {
  if (!keepsAnOwner(owners, target, next)) {
    throw DomainError.badInput([
      {
        field,
        message: 'a stakeholder keeps at least one owner: make someone else an owner first',
      },
    ]);
  }
}

/**
 * The moves a viewer may make on one of the stakeholder's people (StakeholderMember
 * .availableActions), from the rules above as the mutations apply them: changeRole when some
 * other role passes both checks, remove (someone else: removing oneself is leaving), transfer
 * (an owner, to someone else), leave (oneself, unless the last owner).
 */
export type MemberAction = 'changeRole' | 'remove' | 'transferOwnership' | 'leave';

export function memberActions(
  actor: PeopleActor,
  isSelf: boolean,
  target: StakeholderRole,
  owners: number,
): MemberAction[] {
  const actions: MemberAction[] = [];
  const others = Object.values(StakeholderRole).filter((role) => role !== target);
  if (others.some((next) => !refusal(actor, target, next) && keepsAnOwner(owners, target, next))) {
    actions.push('changeRole');
  }
  if (!isSelf && !refusal(actor, target) && keepsAnOwner(owners, target, null)) {
    actions.push('remove');
  }
  if (!isSelf && actor.role === StakeholderRole.OWNER) actions.push('transferOwnership');
  if (isSelf && keepsAnOwner(owners, target, null)) actions.push('leave');
  return actions;
}
