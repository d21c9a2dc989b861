import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { QUEUES } from './inbox-cache';
import { STAFF_NAV_COUNTS } from './inbox-documents';

/**
 * What waits in each queue of the viewer's inbox, under the navigation's Inbox link on every
 * staff page, from the page's own answer (the StaffNavCounts fragment); decisions taken in the
 * inbox lower them in the cache.
 */
export function InboxNavCounts() {
  const { t } = useTranslation();
  // Every staff page's query spreads StaffNavCounts: wait for the page's answer.
  const { data } = useQuery(STAFF_NAV_COUNTS, {
    variables: { hubId: null },
    fetchPolicy: 'cache-only',
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
