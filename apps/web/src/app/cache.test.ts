import { describe, expect, it } from 'vitest';
import {
  InboxDocument,
  type InboxQuery,
  SubjectLinkFragmentDoc,
} from '../graphql/generated/graphql';
import { parkCache } from './cache';

// The inbox reads each notification's subject through a fragment on the NotificationSubject
// union (with the id from Node): the cache keeps and reads those fields only when it knows the
// union's and the interface's members (possible-types.ts, generated from schema.gql).

// As the API answers: with the __typename Apollo Client adds to every selection (which the
// generated types leave out).
const notification = (id: string, subject: object) => ({
  __typename: 'Notification' as const,
  id,
  kind: 'MEMBERSHIP_APPROVE' as const,
  message: 'Your application was approved.',
  createdAt: '2026-12-01T01:00:00.000Z',
  readAt: null,
  subject,
});

const INBOX = {
  notifications: {
    __typename: 'NotificationConnection',
    totalCount: 2,
    pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: 'c2' },
    edges: [
      {
        __typename: 'NotificationEdge',
        node: notification('n1', {
          __typename: 'Membership',
          id: 'm1',
          hub: { __typename: 'Hub', id: 'h1', slug: 'youth-hub' },
        }),
      },
      {
        __typename: 'NotificationEdge',
        node: notification('n2', { __typename: 'Event', id: 'e1' }),
      },
    ],
  },
} as unknown as InboxQuery;

describe('the console cache', () => {
  it('reads a fragment on the notification subject union back from the cache', () => {
    const cache = parkCache();
    cache.writeQuery({ query: InboxDocument, variables: {}, data: INBOX });

    expect(cache.readQuery({ query: InboxDocument, variables: {} })).toEqual(INBOX);
    expect(
      cache.readFragment({
        fragment: SubjectLinkFragmentDoc,
        id: cache.identify({ __typename: 'Membership', id: 'm1' }),
      }),
    ).toEqual({
      __typename: 'Membership',
      id: 'm1',
      hub: { __typename: 'Hub', id: 'h1', slug: 'youth-hub' },
    });
  });
});
