import { DomainError, ErrorCode } from '@park/platform/graphql';

/** One row of a transition table: from these states, this action leads there, for these roles. */
export interface Transition<S extends string, A extends string, R extends string> {
  from: readonly S[];
  action: A;
  to: S;
  by: readonly R[];
}

/**
 * The roles an actor holds on one entity. `setAside` are roles they hold but may not use on it
 * (separation of duties: staff deciding on their own side), kept so a refusal can say why.
 */
export type ActorRoles<R extends string> = readonly R[] & {
  readonly setAside?: { roles: readonly R[]; reason: string };
};

/** `held` without the roles in `aside`, remembering those set aside and `reason`. */
export function setAside<R extends string>(
  held: readonly R[],
  aside: readonly R[],
  reason: string,
): ActorRoles<R> {
  const removed = held.filter((role) => aside.includes(role));
  const kept = held.filter((role) => !aside.includes(role));
  return removed.length ? Object.assign(kept, { setAside: { roles: removed, reason } }) : kept;
}

/** `: reason` when a role set aside would have allowed one of `allowedTo`; '' otherwise. */
export function whySetAside<R extends string>(
  roles: ActorRoles<R>,
  allowedTo: readonly R[],
): string {
  const aside = roles.setAside;
  return aside && aside.roles.some((role) => allowedTo.includes(role)) ? `: ${aside.reason}` : '';
}

/**
 * A state machine: the only place that says which moves exist and who may make them.
 * Memberships, partnerships, projects, bookings and budget rounds each declare one.
 */
export class Workflow<S extends string, A extends string, R extends string> {
  constructor(
    readonly entityType: string,
    readonly transitions: readonly Transition<S, A, R>[],
    /** The past tense of its creation, for the event a new one makes: `proposed`, `applied`. */
    readonly createdAs = 'created',
  ) {
    WORKFLOWS.set(entityType, this as unknown as Workflow<string, string, string>);
  }

  /** The events its steps make: its creation and each action, once. */
  eventTypes(): string[] {
    const actions = [...new Set(this.transitions.map((t) => t.action))];
    return [this.createdAs, ...actions.map(pastTense)].map((verb) =>
      eventType(this.entityType, verb),
    );
  }

  /** The move `action` makes from `state`, after checking the actor may make it at all. */
  resolve(state: S, action: A, roles: ActorRoles<R>): Transition<S, A, R> {
    const forAction = this.transitions.filter((t) => t.action === action);
    if (!forAction.some((t) => t.by.some((role) => roles.includes(role)))) {
      const why = whySetAside(
        roles,
        forAction.flatMap((t) => t.by),
      );
      throw DomainError.forbidden(
        `You may not ${humanise(action)} this ${humanise(this.entityType)}${why}`,
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

/** Every workflow declared, by entity type: the park's event catalogue is derived from them. */
const WORKFLOWS = new Map<string, Workflow<string, string, string>>();

/** `BudgetRound` + `tallied` → `budget_round.tallied`. */
export function eventType(entityType: string, verb: string): string {
  const snake = (word: string) => word.replace(/([a-z])([A-Z])/g, '$1_$2').toLowerCase();
  return `${snake(entityType)}.${snake(verb)}`;
}

/** The event of a workflow's creation (`start`) in `entityType`'s own words. */
export function creationEvent(entityType: string): string {
  return eventType(entityType, WORKFLOWS.get(entityType)?.createdAs ?? 'created');
}

// Irregular or phrase actions; the rest take -ed/-d.
const PAST: Record<string, string> = {
  assignReview: 'reviewAssigned',
  cancel: 'cancelled',
  checkIn: 'checkedIn',
  markNoShow: 'markedNoShow',
  requestChanges: 'changesRequested',
  startReview: 'reviewStarted',
  startVoting: 'votingStarted',
  withdraw: 'withdrawn',
  open: 'opened',
  tally: 'tallied',
};

/** `approve` → `approved`, `tally` → `tallied`, `startReview` → `reviewStarted`. */
export function pastTense(action: string): string {
  return PAST[action] ?? (action.endsWith('e') ? `${action}d` : `${action}ed`);
}

/** Every event type of every workflow, sorted: what a webhook may subscribe to. */
export function eventCatalogue(): string[] {
  return [...WORKFLOWS.values()].flatMap((workflow) => workflow.eventTypes()).sort();
}
