import type { ApolloCache } from '@apollo/client';

/** The inbox's queues, as StaffInbox names them. */
export const QUEUES = [
  'applications',
  'bookings',
  'partnerships',
  'projects',
  'budgetRounds',
] as const;
export type Queue = (typeof QUEUES)[number];

/** The states in which an item waits in its queue (the API's staffInbox, docs/api.md). */
export const WAITING: Record<Queue, readonly string[]> = {
  applications: ['SUBMITTED', 'UNDER_REVIEW'],
  bookings: ['PENDING'],
  partnerships: ['AGREED'],
  projects: ['PROPOSED', 'IN_REVIEW'],
  budgetRounds: ['CLOSED'],
};

type Stored = Record<string, unknown>;
type StoredConnection = { edges?: { node?: { __ref?: string } }[]; totalCount?: number };

/** The arguments Apollo keeps in a field's store name: `staffInbox({"hubId":"…"})`. */
function argsOf(storeFieldName: string): { hubId?: string | null } {
  const open = storeFieldName.indexOf('(');
  if (open < 0) return {};
  try {
    return JSON.parse(storeFieldName.slice(open + 1, -1)) as { hubId?: string | null };
  } catch {
    return {};
  }
}

/**
 * A decided item leaves its queue in every cached inbox that holds its hub (the page's and the
 * navigation's), and their counts drop by one: the answer to the mutation is enough, nothing
 * is fetched again.
 */
export function leaveInbox(
  cache: ApolloCache,
  queue: Queue,
  item: { __typename: string; id: string },
  hubId: string,
): void {
  const ref = cache.identify(item);
  cache.modify({
    id: 'ROOT_QUERY',
    fields: {
      staffInbox(value, { storeFieldName }) {
        const inbox = value as Stored | null;
        if (!inbox) return value;
        const { hubId: filter } = argsOf(storeFieldName);
        if (filter && filter !== hubId) return value;
        const next: Stored = { ...inbox };
        for (const [key, field] of Object.entries(inbox)) {
          if (key !== queue && !key.startsWith(`${queue}(`)) continue;
          const connection = field as StoredConnection;
          const edges = (connection.edges ?? []).filter((edge) => edge.node?.__ref !== ref);
          next[key] = {
            ...connection,
            edges,
            ...(typeof connection.totalCount === 'number' && {
              totalCount: Math.max(0, connection.totalCount - 1),
            }),
          };
        }
        const counts = inbox.counts as Record<string, number> | undefined;
        if (counts) {
          next.counts = {
            ...counts,
            [queue]: Math.max(0, (counts[queue] ?? 0) - 1),
            total: Math.max(0, (counts.total ?? 0) - 1),
          };
        }
        return next;
      },
    },
  });
}
