import { InMemoryCache } from '@apollo/client';
import type { FieldReadFunction, TypePolicies } from '@apollo/client/cache';
import { relayStylePagination } from '@apollo/client/utilities';
import generated from '../graphql/generated/possible-types';

// The console's normalised cache. The API's typed-client test (apps/api/test/client) runs its
// journeys on these same policies, so what it proves about the cache holds for the console.

/** A screen that opens one entity by id reads it from the cache when it is there already. */
const byId = (typename: string): { read: FieldReadFunction } => ({
  read: (existing, { args, toReference }) =>
    existing ?? (args?.id ? toReference({ __typename: typename, id: args.id }) : undefined),
});

/**
 * Relay connections (edges, pageInfo, totalCount): pages fetched with `after` are appended, a
 * first page (a screen's query, or a mutation that selects the list) replaces the edges. The
 * key args are those that pick a different list, not the page.
 */
export const TYPE_POLICIES: TypePolicies = {
  Query: {
    fields: {
      stakeholder: byId('Stakeholder'),
      membership: byId('Membership'),
      space: byId('Space'),
      event: byId('Event'),
      membershipApplications: relayStylePagination(['hubId', 'status']),
      spaceBookings: relayStylePagination(['spaceId', 'from', 'to']),
      myBookings: relayStylePagination(['from', 'to']),
    },
  },
  Stakeholder: {
    fields: {
      memberships: relayStylePagination(),
      partnerships: relayStylePagination(),
      projects: relayStylePagination(),
    },
  },
  User: { fields: { bookings: relayStylePagination() } },
  Partnership: { fields: { comments: relayStylePagination() } },
  Hub: { fields: { members: relayStylePagination() } },
  // Not a Node: each staffInbox(hubId) is kept inline, its queues and counts merged as asked.
  StaffInbox: { merge: true },
  // The signed-in person's own, one per kind: setMailPreference's answer updates the list.
  MailPreference: { keyFields: ['kind'] },
};

/**
 * The members of each union and interface (generated from schema.gql): without them the cache
 * cannot tell that a Membership is a NotificationSubject or a Node, and drops what a fragment
 * on either selects.
 */
export const POSSIBLE_TYPES = generated.possibleTypes;

export function parkCache(): InMemoryCache {
  return new InMemoryCache({ typePolicies: TYPE_POLICIES, possibleTypes: POSSIBLE_TYPES });
}
