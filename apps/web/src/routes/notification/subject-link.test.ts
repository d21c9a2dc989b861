import { describe, expect, it } from 'vitest';
import { subjectLink } from './subject-link';

describe('where a notification links', () => {
  it('follows its subject to the console URL', () => {
    const hub = { id: 'h', slug: 'youth-hub' };
    expect(subjectLink({ __typename: 'Stakeholder', id: 's' })).toBe('/stakeholders/s');
    expect(subjectLink({ __typename: 'Membership', id: 'm', hub })).toBe('/hubs/youth-hub');
    expect(subjectLink({ __typename: 'Booking', id: 'b', space: { id: 'r' } })).toBe('/spaces/r');
    expect(subjectLink({ __typename: 'BudgetRound', id: 'r' })).toBe('/budget-rounds/r');
    expect(subjectLink({ __typename: 'StakeholderInvitation', id: 'i' })).toBe('/#invitations');
    expect(subjectLink(null)).toBeNull();
  });
});
