import { describe, expect, it } from 'vitest';
import { applicationsHere, stakeholdersThatMayApply } from './applying';

const HUB = 'hub-youth';
const OTHER = 'hub-social';

function membership(id: string, hub: string, status: string, createdAt: string) {
  return {
    node: {
      __typename: 'Membership' as const,
      id,
      hub: { __typename: 'Hub' as const, id: hub },
      status,
      plan: 'COWORKING',
      createdAt,
      availableActions: [],
      history: [],
    },
  };
}

function seat(id: string, actions: string[], memberships: ReturnType<typeof membership>[]) {
  return {
    __typename: 'StakeholderMember' as const,
    id: `seat-${id}`,
    role: 'OWNER',
    stakeholder: {
      __typename: 'Stakeholder' as const,
      id,
      name: `Stakeholder ${id}`,
      availableActions: actions,
      memberships: { edges: memberships },
    },
  } as never;
}

describe('applying to a hub', () => {
  const seats = [
    seat('a', ['APPLY_FOR_MEMBERSHIP'], []),
    seat('b', ['APPLY_FOR_MEMBERSHIP'], [membership('m1', HUB, 'SUBMITTED', '2026-01-02')]),
    seat('c', ['APPLY_FOR_MEMBERSHIP'], [membership('m2', HUB, 'WITHDRAWN', '2026-01-01')]),
    seat('d', ['APPLY_FOR_MEMBERSHIP'], [membership('m3', OTHER, 'APPROVED', '2026-01-03')]),
    seat('e', [], []),
  ];

  it('offers only stakeholders the API lets me apply for that hold no live membership here', () => {
    expect(stakeholdersThatMayApply(seats, HUB).map((s) => s.id)).toEqual(['a', 'c', 'd']);
  });

  it('shows my stakeholders’ applications to this hub only, newest first, with their names', () => {
    expect(
      applicationsHere(seats, HUB).map(({ membership, stakeholderName }) => [
        membership.id,
        stakeholderName,
      ]),
    ).toEqual([
      ['m1', 'Stakeholder b'],
      ['m2', 'Stakeholder c'],
    ]);
  });
});
