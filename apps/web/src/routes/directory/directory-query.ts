import type { PolicyArea, StakeholderKind } from '../../graphql/generated/graphql';

// The directory's place lives in the URL (search, filters, the page's cursor), so back,
// forward and a shared link show the same list.

export const KINDS: StakeholderKind[] = [
  'SOCIAL_ENTERPRISE',
  'STARTUP',
  'NON_PROFIT',
  'YOUTH_GROUP',
  'EXPERT',
  'PRIVATE_FIRM',
  'RESIDENT_ASSOCIATION',
  'PUBLIC_AGENCY',
  'RESEARCH_INSTITUTE',
  'INDIVIDUAL',
];

export const POLICY_AREAS: PolicyArea[] = [
  'CULTURE',
  'DIGITAL_GOVERNMENT',
  'ECONOMY_JOBS',
  'EDUCATION',
  'ENVIRONMENT_CLIMATE',
  'HEALTH',
  'HOUSING',
  'MOBILITY',
  'SAFETY',
  'SOCIAL_WELFARE',
  'URBAN_REGENERATION',
];

export interface DirectoryPlace {
  search: string;
  hub: string;
  kind: StakeholderKind | '';
  area: PolicyArea | '';
  after: string;
}

const KEYS = ['search', 'hub', 'kind', 'area', 'after'] as const;

export function placeOf(params: URLSearchParams): DirectoryPlace {
  const kind = params.get('kind') ?? '';
  const area = params.get('area') ?? '';
  return {
    search: params.get('search')?.trim() ?? '',
    hub: params.get('hub') ?? '',
    kind: (KINDS as string[]).includes(kind) ? (kind as StakeholderKind) : '',
    area: (POLICY_AREAS as string[]).includes(area) ? (area as PolicyArea) : '',
    after: params.get('after') ?? '',
  };
}

/** The URL query for a place; empty parts are left out. A new search or filter starts on page 1. */
export function paramsOf(place: DirectoryPlace): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of KEYS) if (place[key]) params.set(key, place[key]);
  return params;
}

/** The API's filter for a place (undefined parts are not sent). */
export function filterOf(place: DirectoryPlace) {
  return {
    search: place.search || undefined,
    hubId: place.hub || undefined,
    kinds: place.kind ? [place.kind] : undefined,
    policyAreas: place.area ? [place.area] : undefined,
  };
}
