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

export function assertMayChange(
  actor: PeopleActor,
  target: StakeholderRole,
  next?: StakeholderRole,
): void {
  if (actor.isParkAdmin || actor.role === StakeholderRole.OWNER) return;
  if (actor.role !== StakeholderRole.ADMIN) {
    throw DomainError.forbidden('Only the stakeholder’s owners and admins may change its people');
  }
  if (target === StakeholderRole.OWNER || next === StakeholderRole.OWNER) {
    throw DomainError.forbidden('Only an owner may change or make an owner');
  }
}

/** A change that would take away the stakeholder's last OWNER is refused before it is tried. */
export function assertKeepsAnOwner(
  owners: number,
  target: StakeholderRole,
  next: StakeholderRole | null,
  field: string,
): void {
  if (target === StakeholderRole.OWNER && next !== StakeholderRole.OWNER && owners <= 1) {
    throw DomainError.badInput([
      {
        field,
        message: 'a stakeholder keeps at least one owner: make someone else an owner first',
      },
    ]);
  }
}
