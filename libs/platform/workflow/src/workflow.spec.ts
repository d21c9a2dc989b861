import { DomainError } from '@park/platform/graphql';
import { setAside, Workflow } from './workflow';

type State = 'DRAFT' | 'OPEN' | 'DONE' | 'GONE';
type Action = 'open' | 'finish' | 'drop';
type Role = 'OWNER' | 'STAFF';

// Two rows for `drop`, from different states and for different roles, as real tables have.
const flow = new Workflow<State, Action, Role>('Thing', [
  { from: ['DRAFT'], action: 'open', to: 'OPEN', by: ['STAFF'] },
  { from: ['OPEN'], action: 'finish', to: 'DONE', by: ['OWNER', 'STAFF'] },
  { from: ['DRAFT', 'OPEN'], action: 'drop', to: 'GONE', by: ['OWNER'] },
  { from: ['OPEN'], action: 'drop', to: 'GONE', by: ['STAFF'] },
]);
const STATES: State[] = ['DRAFT', 'OPEN', 'DONE', 'GONE'];
const ACTIONS: Action[] = ['open', 'finish', 'drop'];
const ROLE_SETS: Role[][] = [[], ['OWNER'], ['STAFF'], ['OWNER', 'STAFF']];

function resolves(state: State, action: Action, roles: Role[]): boolean {
  try {
    flow.resolve(state, action, roles);
    return true;
  } catch (error) {
    if (error instanceof DomainError) return false;
    throw error;
  }
}

describe('Workflow.actionsFor', () => {
  it('offers an action exactly when resolve lets it through, for every state and role set', () => {
    for (const state of STATES) {
      for (const roles of ROLE_SETS) {
        const offered = flow.actionsFor(state, roles);
        for (const action of ACTIONS) {
          expect([state, roles, action, offered.includes(action)]).toEqual([
            state,
            roles,
            action,
            resolves(state, action, roles),
          ]);
        }
      }
    }
  });

  it('names an action once even when two rows allow it', () => {
    expect(flow.actionsFor('OPEN', ['OWNER', 'STAFF'])).toEqual(['finish', 'drop']);
  });

  it('offers nothing to someone without a role, nor from a final state', () => {
    expect(flow.actionsFor('OPEN', [])).toEqual([]);
    expect(flow.actionsFor('DONE', ['OWNER', 'STAFF'])).toEqual([]);
  });
});

describe('Workflow.allowsFrom', () => {
  it('says whether some role may take the action from the state', () => {
    expect(flow.allowsFrom('DRAFT', 'drop')).toBe(true);
    expect(flow.allowsFrom('OPEN', 'open')).toBe(false);
    expect(flow.allowsFrom('DONE', 'finish')).toBe(false);
  });
});

describe('roles set aside (separation of duties)', () => {
  const held: Role[] = ['OWNER', 'STAFF'];
  const roles = setAside(held, ['STAFF'], 'it is your own');

  it('keeps only the other roles, for resolve and actionsFor alike', () => {
    expect([...roles]).toEqual(['OWNER']);
    expect(flow.actionsFor('DRAFT', roles)).toEqual(['drop']);
  });

  it('says why when only a role set aside would have allowed the action', () => {
    expect(() => flow.resolve('DRAFT', 'open', roles)).toThrow(
      'You may not open this thing: it is your own',
    );
  });

  it('gives no reason when the set-aside role would not have allowed it either', () => {
    const owner = setAside(['OWNER'], ['STAFF'], 'it is your own');
    expect(() => flow.resolve('DRAFT', 'open', owner)).toThrow(/^You may not open this thing$/);
  });
});
