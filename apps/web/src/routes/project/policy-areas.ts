import type { PolicyArea } from '../../graphql/generated/graphql';

// The city's policy areas, in the schema's order, for the forms of this area and partnerships.
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
