import { subjectPath } from '@park/platform/console-links';
import type { InboxItemFragment } from '../../graphql/generated/graphql';

/** The console URL of what a notification is about; null when it has none (or is gone). */
export function subjectLink(subject: InboxItemFragment['subject'] | undefined): string | null {
  // The mapping is shared with the API's e-mails (libs/platform/console-links).
  return subjectPath(subject);
}
