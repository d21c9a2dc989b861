import type { InboxItemFragment } from '../../graphql/generated/graphql';

/** The console URL of what a notification is about; null when it has none (or is gone). */
export function subjectLink(subject: InboxItemFragment['subject'] | undefined): string | null {
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
    // Accepted or declined on the home page, where the invitee's pending ones are listed.
    case 'StakeholderInvitation':
      return '/#invitations';
    default:
      return null;
  }
}
