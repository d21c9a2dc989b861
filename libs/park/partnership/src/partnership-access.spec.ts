import { ViewerRoles } from '@park/directory';
import { PartnershipStatus } from '@park/platform/database';
import { isParticipant, maySee, partnershipRoles, visibilityFor } from './partnership-access';

const PARTNERSHIP = { hubId: 'hub', proposerId: 'ngo', partnerId: 'firm' };

function roles(overrides: Partial<ViewerRoles> = {}): ViewerRoles {
  return {
    isParkAdmin: false,
    staffHubIds: new Set(),
    stakeholderRoles: new Map(),
    memberHubIds: new Set(),
    ...overrides,
  };
}
const inStakeholder = (id: string, role: 'OWNER' | 'ADMIN' | 'MEMBER') =>
  roles({ stakeholderRoles: new Map([[id, role]]) });

describe('partnership access rules', () => {
  it.each<[string, ViewerRoles, string[], boolean]>([
    ['the proposer’s OWNER', inStakeholder('ngo', 'OWNER'), ['PROPOSER'], true],
    ['the proposer’s ADMIN', inStakeholder('ngo', 'ADMIN'), ['PROPOSER'], true],
    ['the proposer’s MEMBER', inStakeholder('ngo', 'MEMBER'), [], true],
    ['the partner’s OWNER', inStakeholder('firm', 'OWNER'), ['PARTNER'], true],
    ['the partner’s MEMBER', inStakeholder('firm', 'MEMBER'), [], true],
    ['staff of the hub', roles({ staffHubIds: new Set(['hub']) }), ['HUB_STAFF'], true],
    ['staff of another hub', roles({ staffHubIds: new Set(['other']) }), [], false],
    ['a park admin', roles({ isParkAdmin: true }), ['PARK_ADMIN'], true],
    ['someone else', inStakeholder('other', 'OWNER'), [], false],
  ])('%s: flow roles %j, participant %s', (_who, viewer, flowRoles, participant) => {
    expect(partnershipRoles(viewer, PARTNERSHIP)).toEqual(flowRoles);
    expect(isParticipant(viewer, PARTNERSHIP)).toBe(participant);
  });

  it('shows ACTIVE and COMPLETED partnerships to everyone, the others to participants only', () => {
    const seenByAnyone = Object.values(PartnershipStatus).filter((status) =>
      maySee(null, { ...PARTNERSHIP, status }),
    );
    expect(seenByAnyone).toEqual(['ACTIVE', 'COMPLETED']);
    expect(maySee(inStakeholder('firm', 'MEMBER'), { ...PARTNERSHIP, status: 'PROPOSED' })).toBe(
      true,
    );
  });

  it('lists everything for park admins, and their own besides the public ones for others', () => {
    expect(visibilityFor(roles({ isParkAdmin: true }))).toEqual({ everything: true });
    expect(visibilityFor(null)).toEqual({ everything: false, stakeholderIds: [], hubIds: [] });
    const staffAndOwner = roles({
      staffHubIds: new Set(['hub']),
      stakeholderRoles: new Map([['ngo', 'OWNER']]),
    });
    expect(visibilityFor(staffAndOwner)).toEqual({
      everything: false,
      stakeholderIds: ['ngo'],
      hubIds: ['hub'],
    });
  });
});
