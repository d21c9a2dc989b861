import type { StaffInboxPageQuery } from '../../../graphql/generated/graphql';
import type { Queue } from './inbox-cache';

type Inbox = StaffInboxPageQuery['staffInbox'];
type NodeOf<Q extends Queue> = Inbox[Q]['edges'][number]['node'];

/** One line of the inbox, whatever its queue: what the list shows and what the pane opens. */
export type InboxItem =
  | { queue: 'applications'; node: NodeOf<'applications'> }
  | { queue: 'bookings'; node: NodeOf<'bookings'> }
  | { queue: 'partnerships'; node: NodeOf<'partnerships'> }
  | { queue: 'projects'; node: NodeOf<'projects'> }
  | { queue: 'budgetRounds'; node: NodeOf<'budgetRounds'> };

/** The inbox's items, queue by queue, each queue oldest first (as the API answers). */
export function itemsOf(inbox: Inbox): Record<Queue, InboxItem[]> {
  return {
    applications: inbox.applications.edges.map(({ node }) => ({ queue: 'applications', node })),
    bookings: inbox.bookings.edges.map(({ node }) => ({ queue: 'bookings', node })),
    partnerships: inbox.partnerships.edges.map(({ node }) => ({ queue: 'partnerships', node })),
    projects: inbox.projects.edges.map(({ node }) => ({ queue: 'projects', node })),
    budgetRounds: inbox.budgetRounds.edges.map(({ node }) => ({ queue: 'budgetRounds', node })),
  };
}

/** The hub an item belongs to (a booking's through its space). */
export function hubOf(item: InboxItem): { id: string; name: string } {
  return item.queue === 'bookings' ? item.node.space.hub : item.node.hub;
}

export function typenameOf(item: InboxItem): string {
  const names: Record<Queue, string> = {
    applications: 'Membership',
    bookings: 'Booking',
    partnerships: 'Partnership',
    projects: 'Project',
    budgetRounds: 'BudgetRound',
  };
  return names[item.queue];
}

/** The item's name in the list. */
export function titleOf(item: InboxItem): string {
  switch (item.queue) {
    case 'applications':
      return item.node.stakeholder.name;
    case 'bookings':
      return item.node.purpose;
    case 'partnerships':
      return item.node.title;
    case 'projects':
      return item.node.title;
    case 'budgetRounds':
      return item.node.title;
  }
}

/** Where the status words live: each area's own catalogue. */
export function statusKey(queue: Queue, status: string): string {
  const area: Record<Queue, string> = {
    applications: 'membership.status',
    bookings: 'spaces.status',
    partnerships: 'partnership.status',
    projects: 'project.status',
    budgetRounds: 'project.round.status',
  };
  return `${area[queue]}.${status}`;
}
