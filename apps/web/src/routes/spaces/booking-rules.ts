import { CombinedGraphQLErrors } from '@apollo/client/errors';

// What the API's booking refusals mean for the booking form: each policy breach names its
// field and ends with its rule, `… (MIN_NOTICE)`; the form shows the rule in the reader's words.

export type BookingField =
  'day' | 'startsAt' | 'endsAt' | 'attendees' | 'purpose' | 'stakeholderId';

export interface Breach {
  field: BookingField;
  rule: string | null;
  message: string;
}

export interface Clash {
  startsAt: string;
  endsAt: string;
  code: string;
  rule: string | null;
}

/** The rule a message ends with: `must be … (MAX_DURATION)` → `MAX_DURATION`. */
export function ruleOf(message: string): string | null {
  return /\(([A-Z_]+)\)\s*$/.exec(message)?.[1] ?? /\(([A-Z_]+)\)/.exec(message)?.[1] ?? null;
}

// A member-only refusal names the space, but who books (the stakeholder) is what to change.
const FIELD_OF: Record<string, BookingField> = {
  startsAt: 'startsAt',
  endsAt: 'endsAt',
  attendees: 'attendees',
  purpose: 'purpose',
  stakeholderId: 'stakeholderId',
  spaceId: 'stakeholderId',
};

interface Extensions {
  code?: string;
  fields?: string[];
  violations?: { field: string; message: string }[];
  occurrences?: { startsAt: string; endsAt: string; code: string; reason: string }[];
}

/** The field-by-field breaches of a BAD_USER_INPUT refusal (empty for anything else). */
export function breachesOf(error: unknown): Breach[] {
  if (!CombinedGraphQLErrors.is(error)) return [];
  const first = error.errors[0];
  const extensions = (first?.extensions ?? {}) as Extensions;
  if (extensions.code !== 'BAD_USER_INPUT' || extensions.occurrences) return [];
  const breaches: Breach[] = [];
  for (const violation of extensions.violations ?? []) {
    const field = FIELD_OF[violation.field.split('.').pop() ?? ''];
    if (field)
      breaches.push({ field, rule: ruleOf(violation.message), message: violation.message });
  }
  if (!breaches.length) {
    for (const name of extensions.fields ?? []) {
      const field = FIELD_OF[name];
      if (field) breaches.push({ field, rule: ruleOf(first.message), message: first.message });
    }
  }
  return breaches;
}

/** The weeks an all-or-nothing series refusal lists (null when it is not such a refusal). */
export function clashesOf(error: unknown): Clash[] | null {
  if (!CombinedGraphQLErrors.is(error)) return null;
  const extensions = (error.errors[0]?.extensions ?? {}) as Extensions;
  if (!extensions.occurrences) return null;
  return extensions.occurrences.map(({ startsAt, endsAt, code, reason }) => ({
    startsAt,
    endsAt,
    code,
    rule: code === 'CONFLICT' ? null : ruleOf(reason),
  }));
}
