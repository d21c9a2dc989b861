import { subjectPath } from '@park/platform/console-links';
import { graphql } from '../../graphql/generated';
import type { SubjectLinkFragment } from '../../graphql/generated/graphql';

// What the link to a notification's subject needs: a fragment on the union (the cache knows
// its members from possible-types.ts), the id from Node, the hub or space where the URL has it.
graphql(`
  fragment SubjectLink on NotificationSubject {
    __typename
    ... on Node {
      id
    }
    ... on Membership {
      hub {
        id
        slug
      }
    }
    ... on Committee {
      hub {
        id
        slug
      }
    }
    ... on Booking {
      space {
        id
      }
    }
    ... on DataExport {
      id
    }
  }
`);

/** The console URL of what a notification is about; null when it has none (or is gone). */
export function subjectLink(subject: SubjectLinkFragment | null | undefined): string | null {
  // The mapping is shared with the API's e-mails (libs/platform/console-links).
  return subjectPath(subject);
}
