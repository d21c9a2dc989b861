import { DomainError, ErrorCode } from '@park/platform/graphql';

/** One row of a transition table: from these states, this action leads there, for these roles. */
export interface Transition<S extends string, A extends string, R extends string> {
  from: readonly S[];
  action: A;
  to: S;
  by: readonly R[];
}

/**
 * A state machine: the only place that says which moves exist and who may make them.
 * Memberships, partnerships, projects, bookings and budget rounds each declare one.
 */
export class Workflow<S extends string, A extends string, R extends string> {
  constructor(
    readonly entityType: string,
    readonly transitions: readonly Transition<S, A, R>[],
  ) {}

  /** The move `action` makes from `state`, after checking the actor may make it at all. */
  resolve(state: S, action: A, roles: readonly R[]): Transition<S, A, R> {
    const forAction = this.transitions.filter((t) => t.action === action);
    if (!forAction.some((t) => t.by.some((role) => roles.includes(role)))) {
      throw DomainError.forbidden(
        `You may not ${humanise(action)} this ${humanise(this.entityType)}`,
      );
    }
    const transition = forAction.find(
      (t) => t.from.includes(state) && t.by.some((role) => roles.includes(role)),
    );
    if (!transition) throw invalidTransition(this.entityType, state, action);
    return transition;
  }

  /** Whether anyone at all may take `action` from `state` (e.g. whether a deadline applies). */
  allowsFrom(state: S, action: A): boolean {
    return this.transitions.some((t) => t.action === action && t.from.includes(state));
  }

  /**
   * The actions `roles` may take from `state`, each once, in the table's order: what
   * `resolve` would let through, for clients to offer (availableActions).
   */
  actionsFor(state: S, roles: readonly R[]): A[] {
    const actions = this.transitions
      .filter((t) => t.from.includes(state) && t.by.some((role) => roles.includes(role)))
      .map((t) => t.action);
    return [...new Set(actions)];
  }
}

export function invalidTransition(entityType: string, state: string, action: string): DomainError {
  return new DomainError(
    ErrorCode.INVALID_TRANSITION,
    `Cannot ${humanise(action)} a ${humanise(entityType)} that is ${state}`,
    { state, action },
  );
}

function humanise(word: string): string {
  return word.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}
