import { StakeholderRole } from '@park/platform/database';
import { DomainError } from '@park/platform/graphql';
import {
  assertKeepsAnOwner,
  assertMayChange,
  memberActions,
  PeopleActor,
} from './stakeholder-people-rules';

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

describe('the moves offered on one of its people', () => {
  // [story, actor, is the viewer, target's role, owners, actions]
  it.each<[string, PeopleActor, boolean, StakeholderRole, number, string[]]>([
    [
      'an owner on a member',
      actor(OWNER),
      false,
      MEMBER,
      1,
      ['changeRole', 'remove', 'transferOwnership'],
    ],
    [
      'an owner on another owner',
      actor(OWNER),
      false,
      OWNER,
      2,
      ['changeRole', 'remove', 'transferOwnership'],
    ],
    ['the only owner on themselves', actor(OWNER), true, OWNER, 1, []],
    ['one of two owners on themselves', actor(OWNER), true, OWNER, 2, ['changeRole', 'leave']],
    ['an admin on an owner', actor(ADMIN), false, OWNER, 2, []],
    ['an admin on a member', actor(ADMIN), false, MEMBER, 1, ['changeRole', 'remove']],
    ['an admin on themselves', actor(ADMIN), true, ADMIN, 1, ['changeRole', 'leave']],
    ['a park admin on the only owner', actor(undefined, true), false, OWNER, 1, []],
    ['a park admin on an admin', actor(undefined, true), false, ADMIN, 1, ['changeRole', 'remove']],
    ['a member on a member', actor(MEMBER), false, MEMBER, 1, []],
    ['a member on themselves', actor(MEMBER), true, MEMBER, 1, ['leave']],
    ['a stranger on a member', actor(), false, MEMBER, 1, []],
  ])('%s', (_story, who, isSelf, target, owners, actions) => {
    expect(memberActions(who, isSelf, target, owners)).toEqual(actions);
  });
});
