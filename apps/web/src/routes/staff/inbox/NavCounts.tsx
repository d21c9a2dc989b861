import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { QUEUES } from './inbox-cache';
import { STAFF_NAV_COUNTS } from './inbox-documents';

/**
 * What waits in each queue of the viewer's inbox, under the navigation's Inbox link on every
 * staff page: one cheap query (counts only); decisions taken in the inbox lower them in the cache.
 */
export function InboxNavCounts() {
  const { t } = useTranslation();
  const { pathname, search } = useLocation();
  // The unfiltered inbox asks for the same counts in its own query: wait for its answer.
  const onInbox =
    pathname.replace(/\/$/, '') === '/staff' && !new URLSearchParams(search).get('hub');
  const { data } = useQuery(STAFF_NAV_COUNTS, {
    variables: { hubId: null },
    fetchPolicy: onInbox ? 'cache-only' : 'cache-first',
  });
  const counts = data?.staffInbox.counts;
  if (!counts) return null;
  return (
    <ul className="staff-nav-queues" aria-label={t('staffInbox.nav.label')}>
      {QUEUES.map((queue) => (
        <li key={queue}>
          <Link to={`/staff#queue-${queue}`}>
            {t(`staffInbox.queues.${queue}`)}
            <span className="nav-count" data-nav-count={queue}>
              {counts[queue]}
            </span>
          </Link>
        </li>
      ))}
    </ul>
  );
}
