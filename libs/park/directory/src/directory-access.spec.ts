import { DomainError } from '@park/platform/graphql';
import { DirectoryAccess, ViewerRoles } from './directory-access';
import { HubRepository } from './hub.repository';

const access = new DirectoryAccess({} as HubRepository);
const STAKEHOLDER = 'stakeholder-1';

function roles(overrides: Partial<ViewerRoles> = {}): ViewerRoles {
  return {
    isParkAdmin: false,
    staffHubIds: new Set(),
    stakeholderRoles: new Map(),
    memberHubIds: new Set(),
    ...overrides,
  };
}
const as = (role: 'OWNER' | 'ADMIN' | 'MEMBER') =>
  roles({ stakeholderRoles: new Map([[STAKEHOLDER, role]]) });

function forbidden(run: () => void): boolean {
  try {
    run();
    return false;
  } catch (error) {
    return error instanceof DomainError && error.code === 'FORBIDDEN';
  }
}

describe('directory access rules', () => {
  it.each([
    ['a stranger', roles(), false],
    ['a member of the stakeholder', as('MEMBER'), true],
    ['hub staff', roles({ staffHubIds: new Set(['hub']) }), true],
    ['a park admin', roles({ isParkAdmin: true }), true],
  ])('shows the contact email to %s: %s', (_who, viewer, visible) => {
    expect(access.maySeeContact(viewer, STAKEHOLDER)).toBe(visible);
  });

  it('shows the contact email to fellow members of a hub the stakeholder belongs to', () => {
    const fellow = roles({ memberHubIds: new Set(['youth-hub']) });
    expect(access.maySeeContact(fellow, STAKEHOLDER, ['youth-hub'])).toBe(true);
    expect(access.maySeeContact(fellow, STAKEHOLDER, ['social-economy-centre'])).toBe(false);
    expect(access.maySeeContact(fellow, STAKEHOLDER)).toBe(false);
  });

  it.each([
    ['OWNER', as('OWNER'), true],
    ['ADMIN', as('ADMIN'), true],
    ['MEMBER', as('MEMBER'), false],
    ['stranger', roles(), false],
    ['park admin', roles({ isParkAdmin: true }), true],
    ['hub staff', roles({ staffHubIds: new Set(['hub']) }), false],
  ])('lets %s manage the profile: %s', (_who, viewer, allowed) => {
    expect(forbidden(() => access.assertMayManage(viewer, STAKEHOLDER))).toBe(!allowed);
  });

  it('lets only owners and park admins add an owner', () => {
    expect(forbidden(() => access.assertMayGrant(as('ADMIN'), STAKEHOLDER, 'OWNER'))).toBe(true);
    expect(forbidden(() => access.assertMayGrant(as('ADMIN'), STAKEHOLDER, 'MEMBER'))).toBe(false);
    expect(forbidden(() => access.assertMayGrant(as('OWNER'), STAKEHOLDER, 'OWNER'))).toBe(false);
    const admin = roles({ isParkAdmin: true });
    expect(forbidden(() => access.assertMayGrant(admin, STAKEHOLDER, 'OWNER'))).toBe(false);
  });
});
