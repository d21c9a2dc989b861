import { GraphqlResponse } from '@park/platform/testing';
import { TestApi } from './test-api';

// Holds `availableActions` to the mutations: in each state, for each action and each role, a
// fresh entity is built in that state; the role reads what it may do, then tries the action's
// mutation. The action must be listed exactly when the mutation succeeds. A refused mutation
// changes nothing, so the same entity serves the next role until one succeeds; then a fresh one
// is built. Entities are built with the park factories, never the demo seed.

export const ANONYMOUS = 'anonymous';
/** Who a caller is: a token, or none for an anonymous caller. */
export type As = { token?: string };

export interface ActionMatrix<S extends string, E> {
  /** Every value of the entity's action enum, as the schema spells it. */
  actions: readonly string[];
  roles: readonly string[];
  /** A fresh entity in `state`, with its own sides (e.g. a new applicant) where it has them. */
  build(state: S): Promise<E>;
  /** Who `role` is for this entity. */
  as(entity: E, role: string): As;
  /** The entity's availableActions as `who` reads them ([] where they may not read it). */
  listed(entity: E, who: As): Promise<string[]>;
  /** The mutation behind `action`, with valid input, as `who` (the cast's `role`). */
  attempt(entity: E, action: string, who: As, role: string): Promise<GraphqlResponse<unknown>>;
  /**
   * What the mutation would change, where it may answer without error yet change nothing (a
   * repeated RSVP, a tally of a TALLIED round): such a replay does not count as doing it.
   */
  fingerprint?(entity: E): Promise<unknown>;
}

export interface Outcome {
  state: string;
  role: string;
  action: string;
  listed: boolean;
  /** 'ok', or the refusal's code. */
  result: string;
}

/** Every action × role of one state, as outcomes; the story asserts they agree. */
async function tryEveryAction<S extends string, E>(
  matrix: ActionMatrix<S, E>,
  state: S,
): Promise<Outcome[]> {
  const outcomes: Outcome[] = [];
  for (const action of matrix.actions) {
    let entity = await matrix.build(state);
    for (const role of matrix.roles) {
      const who = matrix.as(entity, role);
      const listed = await matrix.listed(entity, who);
      const unknown = listed.filter((value) => !matrix.actions.includes(value));
      if (unknown.length) throw new Error(`${role} in ${state} is offered ${unknown.join(', ')}`);
      const before = JSON.stringify(await matrix.fingerprint?.(entity));
      const response = await matrix.attempt(entity, action, who, role);
      const code = response.errors?.[0]?.extensions.code;
      const changed =
        !matrix.fingerprint || JSON.stringify(await matrix.fingerprint(entity)) !== before;
      const ok = !code && changed;
      outcomes.push({
        state,
        role,
        action,
        listed: listed.includes(action),
        result: ok ? 'ok' : (code ?? 'no change'),
      });
      if (ok) entity = await matrix.build(state);
    }
  }
  return outcomes;
}

/** The outcomes where the list and the mutation disagree, written so a failure reads well. */
function disagreements(outcomes: Outcome[]): string[] {
  return outcomes
    .filter((o) => o.listed !== (o.result === 'ok'))
    .map(
      (o) =>
        `${o.state}: ${o.role} ${o.listed ? 'is offered' : 'is not offered'} ${o.action}, ` +
        `but the mutation ${o.result === 'ok' ? 'succeeds' : `answers ${o.result}`}`,
    );
}

/** What each role is offered, for asserting the expected picture of one state as well. */
function offered(outcomes: Outcome[]): Record<string, string[]> {
  const byRole: Record<string, string[]> = {};
  for (const o of outcomes) {
    byRole[o.role] ??= [];
    if (o.listed && !byRole[o.role].includes(o.action)) byRole[o.role].push(o.action);
  }
  for (const role of Object.keys(byRole)) byRole[role].sort();
  return byRole;
}

/**
 * availableActions of the entity `pick` finds in a response, or [] when the caller may not read
 * it (NOT_FOUND, FORBIDDEN, UNAUTHENTICATED or null): a screen they cannot open has no buttons.
 */
export async function readActions(
  api: TestApi,
  query: string,
  variables: Record<string, unknown>,
  who: As,
  pick: (data: never) => { availableActions: string[] } | null | undefined,
): Promise<string[]> {
  const response = await api.graphql.execute(query, variables, who);
  const code = response.errors?.[0]?.extensions.code;
  if (code && !['NOT_FOUND', 'FORBIDDEN', 'UNAUTHENTICATED'].includes(code)) {
    throw new Error(`reading availableActions: ${JSON.stringify(response.errors)}`);
  }
  if (code || !response.data) return [];
  return pick(response.data as never)?.availableActions ?? [];
}

/** `listed` for an entity read by a root lookup: `field(id: …) { availableActions }`. */
export function listedBy<E>(
  api: () => TestApi,
  field: string,
  idOf: (entity: E) => string,
): ActionMatrix<string, E>['listed'] {
  const query = `query Read($id: ID!) { ${field}(id: $id) { availableActions } }`;
  return (entity, who) =>
    readActions(
      api(),
      query,
      { id: idOf(entity) },
      who,
      (data: Record<string, { availableActions: string[] } | null>) => data[field],
    );
}

export interface ActionStory<S extends string, E> {
  /** The describe block's title: `Membership.availableActions holds to the mutations`. */
  title: string;
  states: readonly S[];
  matrix: ActionMatrix<S, E>;
  /** The whole picture of some states (role → actions offered), beside the agreement. */
  expected: Partial<Record<S, Record<string, string[]>>>;
  /** Each state's test title (`%s` is the state). */
  each?: string;
  timeoutMs?: number;
}

/**
 * The story every flow's spec tells: in each state each viewer is offered exactly the actions
 * whose mutation succeeds, and, for the states `expected` pictures, exactly that picture.
 */
export function describeActions<S extends string, E>(story: ActionStory<S, E>): void {
  const { matrix, expected } = story;
  describe(story.title, () => {
    it.each(story.states)(
      story.each ?? '%s: each viewer is offered exactly what succeeds',
      async (state) => {
        const outcomes = await tryEveryAction(matrix, state);
        expect(disagreements(outcomes)).toEqual([]);
        if (expected[state]) expect(offered(outcomes)).toEqual(expected[state]);
      },
      story.timeoutMs ?? 120_000,
    );
  });
}
