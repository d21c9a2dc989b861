import type { ApolloCache } from '@apollo/client';
import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useSession } from '../../app/session';
import { ProblemNotice } from '../../components/ProblemNotice';
import { QueryState } from '../../components/QueryState';
import { graphql } from '../../graphql/generated';
import type { InboxItemFragment } from '../../graphql/generated/graphql';
import { currentLanguage } from '../../i18n/i18n';
import { problemOf, type Problem } from '../../lib/api-errors';
import { formatDateTime } from '../../lib/park-time';
import { subjectLink } from './subject-link';
import './inbox.css';

graphql(`
  fragment InboxItem on Notification {
    id
    kind
    message
    createdAt
    readAt
    # Inline on each type (not a fragment on the union): the cache has no possibleTypes.
    subject {
      __typename
      ... on Stakeholder {
        id
      }
      ... on Membership {
        id
        hub {
          id
          slug
        }
      }
      ... on Committee {
        id
        hub {
          id
          slug
        }
      }
      ... on Booking {
        id
        space {
          id
        }
      }
      ... on Event {
        id
      }
      ... on Partnership {
        id
      }
      ... on Project {
        id
      }
      ... on BudgetRound {
        id
      }
      ... on StakeholderInvitation {
        id
      }
    }
  }
`);

const INBOX = graphql(`
  query Inbox($after: String) {
    notifications(first: 20, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...InboxItem
        }
      }
    }
  }
`);

const MARK_READ = graphql(`
  mutation MarkNotificationsRead($ids: [ID!]!) {
    markNotificationsRead(ids: $ids) {
      id
      readAt
    }
  }
`);

const MARK_ALL_READ = graphql(`
  mutation MarkAllNotificationsRead {
    markAllNotificationsRead {
      markedCount
      unreadCount
    }
  }
`);

/** The header's badge reads the User in the cache: set it from what a mutation answered. */
function setUnread(cache: ApolloCache, userId: string, next: (count: number) => number) {
  cache.modify({
    id: cache.identify({ __typename: 'User', id: userId }),
    fields: { unreadNotificationCount: (count: number | null) => Math.max(0, next(count ?? 0)) },
  });
}

/** `/notifications`: newest first, each linking to what it is about; mark read. */
export default function Inbox() {
  const { t } = useTranslation();
  const { user } = useSession();
  const [problem, setProblem] = useState<Problem | null>(null);
  const { data, loading, error, fetchMore } = useQuery(INBOX, { skip: !user });
  const [more, setMore] = useState(false);
  const userId = user?.id ?? '';
  const [markRead] = useMutation(MARK_READ, {
    update: (cache, { data: answer }) =>
      setUnread(cache, userId, (count) => count - (answer?.markNotificationsRead.length ?? 0)),
  });
  const [markAllRead, { loading: markingAll }] = useMutation(MARK_ALL_READ, {
    update: (cache, { data: answer }) => {
      if (!answer) return;
      setUnread(cache, userId, () => answer.markAllNotificationsRead.unreadCount);
      // The API answers counts only: what is on screen is read now, as the server says.
      const now = new Date().toISOString();
      for (const { node } of data?.notifications.edges ?? []) {
        if (node.readAt) continue;
        cache.modify({
          id: cache.identify({ __typename: 'Notification', id: node.id }),
          fields: { readAt: () => now },
        });
      }
    },
  });
  const act = (action: () => Promise<unknown>) => {
    setProblem(null);
    action().catch((failure: unknown) => setProblem(problemOf(failure)));
  };

  if (!user) {
    return (
      <section aria-labelledby="inbox-title">
        <h1 id="inbox-title">{t('inbox.title')}</h1>
        <Link to="/sign-in?next=/notifications">{t('action.signIn')}</Link>
      </section>
    );
  }
  const page = data?.notifications;
  const unread = page?.edges.some(({ node }) => !node.readAt);

  return (
    <section aria-labelledby="inbox-title" className="inbox">
      <div className="inbox-head">
        <h1 id="inbox-title">{t('inbox.title')}</h1>
        {unread ? (
          <button type="button" disabled={markingAll} onClick={() => act(() => markAllRead())}>
            {t('inbox.markAllRead')}
          </button>
        ) : null}
      </div>
      <ProblemNotice problem={problem} />
      <QueryState loading={loading && !data} error={error}>
        {() =>
          page ? (
            <>
              <p className="muted">{t('inbox.count', { count: page.totalCount })}</p>
              {page.edges.length === 0 ? (
                <p>{t('inbox.none')}</p>
              ) : (
                <ul className="inbox-list">
                  {page.edges.map(({ node }) => (
                    <InboxRow
                      key={node.id}
                      item={node}
                      onRead={() => act(() => markRead({ variables: { ids: [node.id] } }))}
                    />
                  ))}
                </ul>
              )}
              {page.pageInfo.hasNextPage ? (
                <button
                  type="button"
                  className="more"
                  disabled={more}
                  onClick={() => {
                    setMore(true);
                    act(() =>
                      fetchMore({
                        variables: { after: page.pageInfo.endCursor },
                        updateQuery: (previous, { fetchMoreResult }) => ({
                          notifications: {
                            ...fetchMoreResult.notifications,
                            edges: [
                              ...previous.notifications.edges,
                              ...fetchMoreResult.notifications.edges,
                            ],
                          },
                        }),
                      }).finally(() => setMore(false)),
                    );
                  }}
                >
                  {t('inbox.more')}
                </button>
              ) : null}
            </>
          ) : null
        }
      </QueryState>
    </section>
  );
}

function InboxRow({ item, onRead }: { item: InboxItemFragment; onRead: () => void }) {
  const { t } = useTranslation();
  const link = subjectLink(item.subject);
  return (
    <li className={item.readAt ? 'inbox-item' : 'inbox-item inbox-unread'}>
      <span className={item.readAt ? 'status status-read' : 'status status-unread'}>
        {item.readAt ? t('inbox.read') : t('inbox.unread')}
      </span>
      <div className="inbox-body">
        <p className="inbox-message">
          {link ? <Link to={link}>{item.message}</Link> : item.message}
        </p>
        <p className="muted">
          <time dateTime={item.createdAt}>{formatDateTime(item.createdAt, currentLanguage())}</time>
          {item.subject ? null : ` · ${t('inbox.gone')}`}
        </p>
      </div>
      {item.readAt ? null : (
        <button
          type="button"
          onClick={onRead}
          aria-label={t('inbox.markReadOf', { message: item.message })}
        >
          {t('inbox.markRead')}
        </button>
      )}
    </li>
  );
}
