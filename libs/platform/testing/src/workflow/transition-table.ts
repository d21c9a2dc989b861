import { DomainError } from '@park/platform/graphql';
import { Workflow } from '@park/platform/workflow';

/** A move as the spec writes it: from this state (or these), the action leads there, for them. */
export type TableRow<S extends string, A extends string, R extends string> = [
  from: S | readonly S[],
  action: A,
  to: S,
  by: readonly R[],
];

export interface TransitionTable<S extends string, A extends string, R extends string> {
  flow: Workflow<S, A, R>;
  /** Every state, every role: each is tried with every action. */
  states: readonly S[];
  roles: readonly R[];
  /** The table docs/api.md describes, written out independently of the flow. */
  table: readonly TableRow<S, A, R>[];
}

function outcome<S extends string, A extends string, R extends string>(
  flow: Workflow<S, A, R>,
  state: S,
  action: A,
  roles: readonly R[],
): string {
  try {
    return flow.resolve(state, action, roles).to;
  } catch (error) {
    if (error instanceof DomainError) return error.code;
    throw error;
  }
}

/**
 * Holds a flow to the table: every state × action × role gives the next state, FORBIDDEN (the
 * role may never take the action) or INVALID_TRANSITION (not from this state); the flow has no
 * move the table lacks; `actionsFor` offers exactly the table's moves.
 */
export function describeTransitionTable<S extends string, A extends string, R extends string>(
  title: string,
  { flow, states, roles, table }: TransitionTable<S, A, R>,
): void {
  const moves = table.flatMap(([from, action, to, by]) =>
    (typeof from === 'string' ? [from] : from).map((state) => ({ state, action, to, by })),
  );
  // The flow's own actions too: one the table lacks must then fail as an unexpected move.
  const actions = [...new Set([...moves, ...flow.transitions].map((move) => move.action))];

  function expected(state: S, action: A, role: R): string {
    if (!moves.some((move) => move.action === action && move.by.includes(role))) {
      return 'FORBIDDEN';
    }
    const move = moves.find((m) => m.state === state && m.action === action && m.by.includes(role));
    return move?.to ?? 'INVALID_TRANSITION';
  }

  describe(title, () => {
    const cases = states.flatMap((state) =>
      actions.flatMap((action) => roles.map((role) => [state, action, role] as const)),
    );

    it.each(cases)('from %s, %s by %s', (state, action, role) => {
      expect(outcome(flow, state, action, [role])).toBe(expected(state, action, role));
    });

    it('refuses every move to someone with no role in it', () => {
      for (const state of states) {
        for (const action of actions) expect(outcome(flow, state, action, [])).toBe('FORBIDDEN');
      }
    });

    it('has exactly the moves of the table', () => {
      const written = (state: string, action: string, to: string) => `${state} ${action} → ${to}`;
      expect(
        flow.transitions
          .flatMap((t) => t.from.map((state) => written(state, t.action, t.to)))
          .sort(),
      ).toEqual(moves.map((move) => written(move.state, move.action, move.to)).sort());
    });

    it('offers each role exactly the moves the table gives it', () => {
      for (const state of states) {
        for (const role of roles) {
          const offered = moves
            .filter((move) => move.state === state && move.by.includes(role))
            .map((move) => move.action);
          expect([...flow.actionsFor(state, [role])].sort()).toEqual([...new Set(offered)].sort());
        }
      }
    });
  });
}
