import { describe, expect, it } from 'vitest';
import { applicationsInProgress, upcomingWindow } from './upcoming';

describe('the home page', () => {
  it('looks 60 days ahead from the minute the page opened', () => {
    const { from, to } = upcomingWindow(Date.parse('2026-03-01T10:15:42.123Z'));
    expect(from).toBe('2026-03-01T10:15:00.000Z');
    expect(to).toBe('2026-04-30T10:15:00.000Z');
  });

  it('counts as in progress only what staff have not decided yet, oldest first', () => {
    const node = (id: string, status: string, createdAt: string) => ({
      node: { id, status, createdAt, plan: 'COWORKING', hub: { id: 'h', slug: 'youth-hub' } },
    });
    const user = {
      stakeholders: [
        {
          stakeholder: {
            id: 's1',
            name: 'One',
            memberships: {
              edges: [
                node('approved', 'APPROVED', '2026-01-01'),
                node('review', 'UNDER_REVIEW', '2026-01-03'),
              ],
            },
          },
        },
        {
          stakeholder: {
            id: 's2',
            name: 'Two',
            memberships: {
              edges: [
                node('submitted', 'SUBMITTED', '2026-01-02'),
                node('gone', 'WITHDRAWN', '2026-01-04'),
              ],
            },
          },
        },
      ],
    } as never;
    expect(
      applicationsInProgress(user).map((membership) => [
        membership.id,
        membership.stakeholder.name,
      ]),
    ).toEqual([
      ['submitted', 'Two'],
      ['review', 'One'],
    ]);
  });
});
