import { MembershipStatus } from '@park/platform/database';
import { DomainError } from '@park/platform/graphql';
import { MembershipAction, membershipFlow, MembershipRole } from './membership.flow';

const STATES = Object.values(MembershipStatus);
const ACTIONS: MembershipAction[] = [
  'startReview',
  'approve',
  'reject',
  'withdraw',
  'suspend',
  'reinstate',
  'end',
];
const ROLES: MembershipRole[] = ['APPLICANT', 'HUB_STAFF', 'PARK_ADMIN'];

/** The table docs/api.md describes, written out longhand: [from, action, to, who]. */
const ALLOWED: [MembershipStatus, MembershipAction, MembershipStatus, MembershipRole[]][] = [
  ['SUBMITTED', 'startReview', 'UNDER_REVIEW', ['HUB_STAFF', 'PARK_ADMIN']],
  ['UNDER_REVIEW', 'approve', 'APPROVED', ['HUB_STAFF', 'PARK_ADMIN']],
  ['SUBMITTED', 'reject', 'REJECTED', ['HUB_STAFF', 'PARK_ADMIN']],
  ['UNDER_REVIEW', 'reject', 'REJECTED', ['HUB_STAFF', 'PARK_ADMIN']],
  ['SUBMITTED', 'withdraw', 'WITHDRAWN', ['APPLICANT']],
  ['UNDER_REVIEW', 'withdraw', 'WITHDRAWN', ['APPLICANT']],
  ['APPROVED', 'suspend', 'SUSPENDED', ['HUB_STAFF', 'PARK_ADMIN']],
  ['SUSPENDED', 'reinstate', 'APPROVED', ['HUB_STAFF', 'PARK_ADMIN']],
  ['APPROVED', 'end', 'ENDED', ['HUB_STAFF', 'PARK_ADMIN']],
  ['SUSPENDED', 'end', 'ENDED', ['HUB_STAFF', 'PARK_ADMIN']],
];

function outcome(state: MembershipStatus, action: MembershipAction, role: MembershipRole) {
  try {
    return membershipFlow.resolve(state, action, [role]).to;
  } catch (error) {
    if (error instanceof DomainError) return error.code;
    throw error;
  }
}

describe('the membership transition table', () => {
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

  it('reports the state and the action of a refused move', () => {
    try {
      membershipFlow.resolve('APPROVED', 'approve', ['HUB_STAFF']);
      throw new Error('expected a refusal');
    } catch (error) {
      expect(error).toBeInstanceOf(DomainError);
      expect((error as DomainError).details).toEqual({ state: 'APPROVED', action: 'approve' });
    }
  });

  it('offers each role exactly the moves it may make', () => {
    expect(membershipFlow.available('SUBMITTED', ['HUB_STAFF'])).toEqual(['startReview', 'reject']);
    expect(membershipFlow.available('UNDER_REVIEW', ['APPLICANT'])).toEqual(['withdraw']);
    expect(membershipFlow.available('ENDED', ['PARK_ADMIN'])).toEqual([]);
  });
});
