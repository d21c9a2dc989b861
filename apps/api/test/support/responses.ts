import { GraphqlResponse } from '@park/platform/testing';

let emailSequence = 0;

/** A fresh, unused address for each story (unique within the file and across runs). */
export function freshEmail(label: string): string {
  emailSequence += 1;
  return `${label}-${emailSequence}-${Date.now()}@example.org`;
}

/** The `extensions.code` of a response's first error, if it failed. */
export function codeOf(response: GraphqlResponse<unknown>): string | undefined {
  return response.errors?.[0]?.extensions.code;
}
