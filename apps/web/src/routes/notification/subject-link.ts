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
  }
`);

/** The console URL of what a notification is about; null when it has none (or is gone). */
export function subjectLink(subject: SubjectLinkFragment | null | undefined): string | null {
  switch (subject?.__typename) {
    case 'Stakeholder':
      return `/stakeholders/${subject.id}`;
    case 'Membership':
      return `/hubs/${subject.hub.slug}`;
    case 'Committee':
      return `/hubs/${subject.hub.slug}`;
    case 'Booking':
      return `/spaces/${subject.space.id}`;
    case 'Event':
      return `/events/${subject.id}`;
    case 'Partnership':
      return `/partnerships/${subject.id}`;
    case 'Project':
      return `/projects/${subject.id}`;
    case 'BudgetRound':
      return `/budget-rounds/${subject.id}`;
    default:
      return null;
  }
}
