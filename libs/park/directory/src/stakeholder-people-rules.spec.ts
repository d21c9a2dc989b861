import { StakeholderRole } from '@park/platform/database';
import { DomainError } from '@park/platform/graphql';
import { assertKeepsAnOwner, assertMayChange, PeopleActor } from './stakeholder-people-rules';

const { OWNER, ADMIN, MEMBER } = StakeholderRole;
const actor = (role?: StakeholderRole, isParkAdmin = false): PeopleActor => ({ role, isParkAdmin });
const code = (check: () => void): string | null => {
  try {
    check();
    return null;
  } catch (error) {
    return error instanceof DomainError ? error.code : 'THROWN';
  }
};

describe('who may change a stakeholder’s people', () => {
  // [actor, target's role, new role (none: removal), outcome]
  it.each<[string, PeopleActor, StakeholderRole, StakeholderRole | undefined, string | null]>([
    ['an owner removes an owner', actor(OWNER), OWNER, undefined, null],
    ['an owner makes an admin an owner', actor(OWNER), ADMIN, OWNER, null],
    ['a park admin demotes an owner', actor(undefined, true), OWNER, MEMBER, null],
    ['an admin removes an admin', actor(ADMIN), ADMIN, undefined, null],
    ['an admin makes a member an admin', actor(ADMIN), MEMBER, ADMIN, null],
    ['an admin removes an owner', actor(ADMIN), OWNER, undefined, 'FORBIDDEN'],
    ['an admin makes someone an owner', actor(ADMIN), MEMBER, OWNER, 'FORBIDDEN'],
    ['a member removes a member', actor(MEMBER), MEMBER, undefined, 'FORBIDDEN'],
    ['a stranger removes a member', actor(), MEMBER, undefined, 'FORBIDDEN'],
  ])('%s', (_story, who, target, next, outcome) => {
    expect(code(() => assertMayChange(who, target, next))).toBe(outcome);
  });

  it.each<[number, StakeholderRole, StakeholderRole | null, string | null]>([
    [1, OWNER, null, 'BAD_USER_INPUT'],
    [1, OWNER, ADMIN, 'BAD_USER_INPUT'],
    [1, OWNER, OWNER, null],
    [2, OWNER, null, null],
    [1, ADMIN, null, null],
  ])('with %i owner(s), changing an %s to %s: %s', (owners, target, next, outcome) => {
    expect(code(() => assertKeepsAnOwner(owners, target, next, 'userId'))).toBe(outcome);
  });
});
