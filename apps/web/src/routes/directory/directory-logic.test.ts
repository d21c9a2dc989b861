import { describe, expect, it } from 'vitest';
import { filterOf, paramsOf, placeOf } from './directory-query';
import { rolesFor } from './people-actions';
import { changedFields, inputOf, valuesOf } from './stakeholder-form';

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

describe('the roles a change of role offers', () => {
  it('keeps an owner’s seat OWNER, and makes nobody an owner (that is a transfer)', () => {
    expect(rolesFor({ role: 'OWNER' })).toEqual(['OWNER', 'ADMIN', 'MEMBER']);
    expect(rolesFor({ role: 'MEMBER' })).toEqual(['ADMIN', 'MEMBER']);
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
