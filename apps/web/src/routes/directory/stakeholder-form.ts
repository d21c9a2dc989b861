import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { z } from 'zod';
import type { PolicyArea, StakeholderKind } from '../../graphql/generated/graphql';
import { KINDS, POLICY_AREAS } from './directory-query';

// The profile form, for creating and for editing: what the API takes (docs/api.md), checked
// here first so most mistakes never leave the browser.

export const stakeholderSchema = z.object({
  name: z.string().trim().min(2).max(120),
  kind: z.enum(KINDS as [StakeholderKind, ...StakeholderKind[]]),
  policyAreas: z.array(z.enum(POLICY_AREAS as [PolicyArea, ...PolicyArea[]])),
  description: z.string().max(4000),
  website: z.union([
    z.literal(''),
    z
      .string()
      .trim()
      .regex(/^https?:\/\/\S+$/i),
  ]),
  contactEmail: z.union([z.literal(''), z.string().trim().email()]),
  tags: z.string(),
});

export type StakeholderValues = z.infer<typeof stakeholderSchema>;

export const STAKEHOLDER_FIELDS = [
  'name',
  'kind',
  'policyAreas',
  'description',
  'website',
  'contactEmail',
  'tags',
] as const;

export interface StakeholderLike {
  name: string;
  kind: StakeholderKind;
  policyAreas: PolicyArea[];
  description: string;
  website?: string | null;
  contactEmail?: string | null;
  tags: string[];
}

export function valuesOf(stakeholder: StakeholderLike): StakeholderValues {
  return {
    name: stakeholder.name,
    kind: stakeholder.kind,
    policyAreas: [...stakeholder.policyAreas],
    description: stakeholder.description,
    website: stakeholder.website ?? '',
    contactEmail: stakeholder.contactEmail ?? '',
    tags: stakeholder.tags.join(', '),
  };
}

/** The API input for the form's values. */
export function inputOf(values: StakeholderValues) {
  return {
    name: values.name.trim(),
    kind: values.kind,
    policyAreas: values.policyAreas,
    description: values.description,
    website: values.website.trim() || null,
    contactEmail: values.contactEmail.trim() || null,
    tags: values.tags
      .split(',')
      .map((tag) => tag.trim())
      .filter(Boolean),
  };
}

/** The fields whose value differs between two versions of a profile (to show what changed). */
export function changedFields(
  before: StakeholderValues,
  after: StakeholderValues,
): (keyof StakeholderValues)[] {
  return STAKEHOLDER_FIELDS.filter(
    (field) => JSON.stringify(before[field]) !== JSON.stringify(after[field]),
  );
}

/** A taken name is a CONFLICT on the `name` field, not someone else's edit. */
export function takenName(error: unknown): string | null {
  if (!CombinedGraphQLErrors.is(error)) return null;
  const first = error.errors[0];
  const fields = (first?.extensions?.fields ?? []) as string[];
  return first?.extensions?.code === 'CONFLICT' && fields.includes('name') ? first.message : null;
}
