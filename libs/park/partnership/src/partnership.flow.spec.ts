import { PartnershipStatus } from '@park/platform/database';
import { DomainError } from '@park/platform/graphql';
import { describeTransitionTable } from '@park/platform/testing';
import { partnershipFlow, PartnershipRole } from './partnership.flow';

const ROLES: PartnershipRole[] = ['PROPOSER', 'PARTNER', 'HUB_STAFF', 'PARK_ADMIN'];
const STAFF: PartnershipRole[] = ['HUB_STAFF', 'PARK_ADMIN'];

describeTransitionTable('the partnership transition table', {
  flow: partnershipFlow,
  states: Object.values(PartnershipStatus),
  roles: ROLES,
  table: [
    ['PROPOSED', 'accept', 'AGREED', ['PARTNER']],
    ['PROPOSED', 'decline', 'DECLINED', ['PARTNER']],
    [['PROPOSED', 'AGREED'], 'withdraw', 'WITHDRAWN', ['PROPOSER']],
    ['AGREED', 'approve', 'ACTIVE', STAFF],
    ['AGREED', 'reject', 'REJECTED', STAFF],
    ['ACTIVE', 'complete', 'COMPLETED', STAFF],
    ['ACTIVE', 'terminate', 'TERMINATED', ['PROPOSER', 'PARTNER', ...STAFF]],
  ],
});

describe('the partnership flow', () => {
  it('lets nothing leave a closed state', () => {
    for (const closed of [
      'COMPLETED',
      'TERMINATED',
      'DECLINED',
      'WITHDRAWN',
      'REJECTED',
    ] as const) {
      expect(partnershipFlow.actionsFor(closed, ROLES)).toEqual([]);
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
    expect(partnershipFlow.actionsFor('PROPOSED', ['PARTNER'])).toEqual(['accept', 'decline']);
    expect(partnershipFlow.actionsFor('PROPOSED', ['PROPOSER'])).toEqual(['withdraw']);
    expect(partnershipFlow.actionsFor('AGREED', ['HUB_STAFF'])).toEqual(['approve', 'reject']);
    expect(partnershipFlow.actionsFor('ACTIVE', ['PARTNER'])).toEqual(['terminate']);
    expect(partnershipFlow.actionsFor('ACTIVE', ['PARK_ADMIN'])).toEqual(['complete', 'terminate']);
  });
});
