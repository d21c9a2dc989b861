import { useSubscription } from '@apollo/client/react';
import { graphql } from '../graphql/generated';
import type { StaffNavCountsQuery } from '../graphql/generated/graphql';
import { STAFF_NAV_COUNTS } from '../routes/staff/inbox/inbox-documents';
import { isStaff } from '../routes/staff/staff-access';
import type { SessionUser } from './resume-session';

const NOTIFICATION_RECEIVED = graphql(`
  subscription LiveNotification {
    notificationReceived {
      unreadCount
      notification {
        id
      }
    }
  }
`);

const STAFF_INBOX_CHANGED = graphql(`
  subscription LiveStaffInbox {
    staffInboxChanged(hubId: null) {
      counts {
        ...StaffInboxCounts
      }
    }
  }
`);

/**
 * What the header shows as it happens, for a signed-in person: the unread badge (and the inbox
 * list, read again when next shown), and for staff the counts under the Inbox link.
 */
export function LiveUpdates({ user }: { user: SessionUser }) {
  useSubscription(NOTIFICATION_RECEIVED, {
    onData: ({ client, data }) => {
      const received = data.data?.notificationReceived;
      if (!received) return;
      const { cache } = client;
      cache.modify({
        id: cache.identify({ __typename: 'User', id: user.id }),
        fields: { unreadNotificationCount: () => received.unreadCount },
      });
      // The inbox's pages are stale now: an open inbox reads them again.
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'notifications' });
      cache.gc();
    },
  });
  return isStaff(user) ? <LiveStaffCounts /> : null;
}

function LiveStaffCounts() {
  useSubscription(STAFF_INBOX_CHANGED, {
    onData: ({ client, data }) => {
      const inbox = data.data?.staffInboxChanged;
      if (!inbox) return;
      client.cache.writeQuery({
        query: STAFF_NAV_COUNTS,
        variables: { hubId: null },
        // With its typename, so StaffInbox's merge policy keeps what the inbox page read.
        data: {
          staffInbox: { __typename: 'StaffInbox', counts: inbox.counts },
        } as StaffNavCountsQuery,
      });
    },
  });
  return null;
}
