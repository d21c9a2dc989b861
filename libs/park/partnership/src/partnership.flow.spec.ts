import { PartnershipStatus } from '@park/platform/database';
import { DomainError } from '@park/platform/graphql';
import { PartnershipAction, partnershipFlow, PartnershipRole } from './partnership.flow';

const STATES = Object.values(PartnershipStatus);
const ACTIONS: PartnershipAction[] = [
  'accept',
  'decline',
  'approve',
  'reject',
  'terminate',
  'complete',
  'withdraw',
];
const ROLES: PartnershipRole[] = ['PROPOSER', 'PARTNER', 'HUB_STAFF', 'PARK_ADMIN'];
const STAFF: PartnershipRole[] = ['HUB_STAFF', 'PARK_ADMIN'];

/** The table docs/api.md describes, written out longhand: [from, action, to, who]. */
const ALLOWED: [PartnershipStatus, PartnershipAction, PartnershipStatus, PartnershipRole[]][] = [
  ['PROPOSED', 'accept', 'AGREED', ['PARTNER']],
  ['PROPOSED', 'decline', 'DECLINED', ['PARTNER']],
  ['PROPOSED', 'withdraw', 'WITHDRAWN', ['PROPOSER']],
  ['AGREED', 'withdraw', 'WITHDRAWN', ['PROPOSER']],
  ['AGREED', 'approve', 'ACTIVE', STAFF],
  ['AGREED', 'reject', 'REJECTED', STAFF],
  ['ACTIVE', 'complete', 'COMPLETED', STAFF],
  ['ACTIVE', 'terminate', 'TERMINATED', ['PROPOSER', 'PARTNER', ...STAFF]],
];

function outcome(state: PartnershipStatus, action: PartnershipAction, role: PartnershipRole) {
  try {
    return partnershipFlow.resolve(state, action, [role]).to;
  } catch (error) {
    if (error instanceof DomainError) return error.code;
    throw error;
  }
}

describe('the partnership transition table', () => {
  const cases = STATES.flatMap((state) =>
    ACTIONS.flatMap((action) => ROLES.map((role) => [state, action, role] as const)),
  );

  it.each(cases)('from %s, %s by %s', (state, action, role) => {
    const allowed = ALLOWED.find(([from, act]) => from === state && act === action);
    const mayAct = ALLOWED.some(([, act, , who]) => act === action && who.includes(role));
    if (!mayAct) {
      expect(outcome(state, action, role)).toBe('FORBIDDEN');
    } else if (allowed && allowed[3].includes(role)) {
      expect(outcome(state, action, role)).toBe(allowed[2]);
    } else {
      expect(outcome(state, action, role)).toBe('INVALID_TRANSITION');
    }
  });

  it('lists exactly the moves of docs/api.md, and nothing leaves a closed state', () => {
    const moves = partnershipFlow.transitions.flatMap((t) =>
      t.from.map((from) => [from, t.action]),
    );
    expect(moves).toHaveLength(ALLOWED.length);
    for (const closed of [
      'COMPLETED',
      'TERMINATED',
      'DECLINED',
      'WITHDRAWN',
      'REJECTED',
    ] as const) {
      expect(partnershipFlow.available(closed, ROLES)).toEqual([]);
    }
  });

  it('reports the state and the action of a refused move', () => {
    try {
      partnershipFlow.resolve('ACTIVE', 'approve', ['HUB_STAFF']);
      throw new Error('expected a refusal');
    } catch (error) {
      expect(error).toBeInstanceOf(DomainError);
      expect((error as DomainError).code).toBe('INVALID_TRANSITION');
      expect((error as DomainError).details).toEqual({ state: 'ACTIVE', action: 'approve' });
    }
  });

  it('offers each role exactly the moves it may make', () => {
    expect(partnershipFlow.available('PROPOSED', ['PARTNER'])).toEqual(['accept', 'decline']);
    expect(partnershipFlow.available('PROPOSED', ['PROPOSER'])).toEqual(['withdraw']);
    expect(partnershipFlow.available('AGREED', ['HUB_STAFF'])).toEqual(['approve', 'reject']);
    expect(partnershipFlow.available('ACTIVE', ['PARTNER'])).toEqual(['terminate']);
    expect(partnershipFlow.available('ACTIVE', ['PARK_ADMIN'])).toEqual(['complete', 'terminate']);
  });
});
