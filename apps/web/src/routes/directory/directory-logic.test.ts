import { describe, expect, it } from 'vitest';
import { filterOf, paramsOf, placeOf } from './directory-query';
import { personActions, rolesFor } from './people-actions';
import { changedFields, inputOf, valuesOf } from './stakeholder-form';

type Role = 'OWNER' | 'ADMIN' | 'MEMBER';
const member = (id: string, role: Role) => ({
  __typename: 'StakeholderMember' as const,
  id: `seat-${id}`,
  role,
  user: { __typename: 'User' as const, id, displayName: id },
});

describe('the directory place in the URL', () => {
  it('reads search, filters and cursor, drops unknown values, and writes only what is set', () => {
    const place = placeOf(
      new URLSearchParams('search=%20마을숲%20&kind=STARTUP&area=NOPE&hub=h1&after=c9'),
    );
    expect(place).toEqual({ search: '마을숲', hub: 'h1', kind: 'STARTUP', area: '', after: 'c9' });
    expect(paramsOf(place).toString()).toBe(
      'search=%EB%A7%88%EC%9D%84%EC%88%B2&hub=h1&kind=STARTUP&after=c9',
    );
    expect(filterOf(place)).toEqual({
      search: '마을숲',
      hubId: 'h1',
      kinds: ['STARTUP'],
      policyAreas: undefined,
    });
  });
});

describe('what the viewer may do with a person', () => {
  const members = [member('o1', 'OWNER'), member('a1', 'ADMIN'), member('m1', 'MEMBER')];
  const managed = { availableActions: ['EDIT', 'ADD_MEMBER'] as const, members };

  it('lets an owner change, remove and hand over to others, and not leave as the last owner', () => {
    const s = { ...managed, availableActions: [...managed.availableActions] };
    expect(personActions(s, members[2], 'o1')).toEqual(['changeRole', 'remove', 'transfer']);
    expect(personActions(s, members[0], 'o1')).toEqual([]);
  });

  it('keeps an admin away from owners, and a member to leaving', () => {
    const s = { ...managed, availableActions: [...managed.availableActions] };
    expect(personActions(s, members[0], 'a1')).toEqual([]);
    expect(personActions(s, members[2], 'a1')).toEqual(['changeRole', 'remove']);
    expect(personActions({ availableActions: [], members }, members[0], 'm1')).toEqual([]);
    expect(personActions({ availableActions: [], members }, members[2], 'm1')).toEqual(['leave']);
    expect(rolesFor(members[2])).toEqual(['ADMIN', 'MEMBER']);
  });
});

describe('the profile form', () => {
  it('sends empty website and contact as null, tags split, and tells which fields changed', () => {
    const before = valuesOf({
      name: 'A',
      kind: 'STARTUP',
      policyAreas: ['HEALTH'],
      description: '',
      website: null,
      contactEmail: null,
      tags: ['x'],
    });
    expect(inputOf({ ...before, tags: ' a, ,b ' })).toMatchObject({
      website: null,
      contactEmail: null,
      tags: ['a', 'b'],
    });
    expect(changedFields(before, { ...before, website: 'https://a.example', tags: 'x' })).toEqual([
      'website',
    ]);
  });
});
