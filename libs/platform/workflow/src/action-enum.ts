import { registerEnumType } from '@nestjs/graphql';

/**
 * A GraphQL enum of what a viewer may do next with an entity (`availableActions`): each value
 * is the internal action name in SCREAMING_SNAKE_CASE (`startReview` → START_REVIEW), and
 * resolves to that name, so a field can hand back what `Workflow.actionsFor` returns.
 */
export function registerActionEnum<A extends string>(
  name: string,
  actions: readonly A[],
  description: string,
): Record<string, A> {
  const values = Object.fromEntries(actions.map((action) => [screaming(action), action]));
  registerEnumType(values, { name, description });
  return values;
}

/** The distinct actions of a table, in its order: the enum of a flow without a second list. */
export function actionsOf<A extends string>(
  transitions: readonly { action: A }[],
  except: readonly A[] = [],
): A[] {
  return [...new Set(transitions.map((t) => t.action))].filter((a) => !except.includes(a));
}

function screaming(action: string): string {
  return action.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toUpperCase();
}
