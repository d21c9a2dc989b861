import { MembershipStatus } from '@park/platform/database';
import { DomainError } from '@park/platform/graphql';
import { describeTransitionTable } from '@park/platform/testing';
import { membershipFlow } from './membership.flow';

const STAFF = ['HUB_STAFF', 'PARK_ADMIN'] as const;

describeTransitionTable('the membership transition table', {
  flow: membershipFlow,
  states: Object.values(MembershipStatus),
  roles: ['APPLICANT', 'HUB_STAFF', 'PARK_ADMIN'],
  table: [
    ['SUBMITTED', 'startReview', 'UNDER_REVIEW', STAFF],
    ['UNDER_REVIEW', 'approve', 'APPROVED', STAFF],
    [['SUBMITTED', 'UNDER_REVIEW'], 'reject', 'REJECTED', STAFF],
    [['SUBMITTED', 'UNDER_REVIEW'], 'withdraw', 'WITHDRAWN', ['APPLICANT']],
    ['APPROVED', 'suspend', 'SUSPENDED', STAFF],
    ['SUSPENDED', 'reinstate', 'APPROVED', STAFF],
    [['APPROVED', 'SUSPENDED'], 'end', 'ENDED', STAFF],
  ],
});

describe('the membership flow', () => {
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
    expect(membershipFlow.actionsFor('SUBMITTED', ['HUB_STAFF'])).toEqual([
      'startReview',
      'reject',
    ]);
    expect(membershipFlow.actionsFor('UNDER_REVIEW', ['APPLICANT'])).toEqual(['withdraw']);
    expect(membershipFlow.actionsFor('ENDED', ['PARK_ADMIN'])).toEqual([]);
  });
});
