import { useQuery } from '@apollo/client/react';
import { forwardRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { WorkflowMoves } from '../../../components/WorkflowMoves';
import { WorkflowTimeline } from '../../../components/WorkflowTimeline';
import { currentLanguage } from '../../../i18n/i18n';
import { formatDateTime, formatDay, formatTime, formatWon } from '../../../lib/park-time';
import { STAFF_INBOX_HISTORY } from './inbox-documents';
import { hubOf, statusKey, titleOf, typenameOf, type InboxItem } from './inbox-items';
import { MOVES, useInboxMove } from './inbox-moves';

/**
 * One inbox item beside the list: its details, its history and the moves the viewer may make
 * (availableActions). A move answers in place; `onLeft` hears when the item left its queue.
 */
export const InboxDetail = forwardRef<HTMLHeadingElement, { item: InboxItem; onLeft: () => void }>(
  function InboxDetail({ item, onLeft }, headingRef) {
    const { t } = useTranslation();
    const move = useInboxMove();
    const { data: history } = useQuery(STAFF_INBOX_HISTORY, { variables: { id: item.node.id } });
    const node = history?.node;
    const steps = node && 'history' in node ? node.history : [];
    const hub = hubOf(item);
    const offered = new Set<string>(item.node.availableActions);
    const moves = MOVES[item.queue]
      .filter((candidate) => offered.has(candidate.action))
      .map((candidate) => ({
        ...candidate,
        label: t(`staffInbox.moves.${item.queue}.${candidate.action}`),
      }));
    const target = {
      queue: item.queue,
      id: item.node.id,
      typename: typenameOf(item),
      hubId: hub.id,
    };
    return (
      <article className="inbox-detail" aria-labelledby="inbox-detail-title">
        <p className="muted">
          {t(`staffInbox.queues.${item.queue}`)} · {hub.name}
        </p>
        <h2 id="inbox-detail-title" ref={headingRef} tabIndex={-1}>
          {titleOf(item)}
        </h2>
        <p>
          <span className={`status status-${item.node.status.toLowerCase()}`}>
            {t(statusKey(item.queue, item.node.status))}
          </span>
        </p>
        <Facts item={item} />
        <WorkflowMoves
          moves={moves}
          onMove={async (action, text) => {
            const status = await move(target, action, text);
            if (status && !offeredStill(item, status)) onLeft();
          }}
          onReload={() => window.location.reload()}
        />
        {item.queue === 'projects' && offered.has('ASSIGN_REVIEW') ? (
          <p>
            <Link to="/staff/committees">{t('staffInbox.detail.assignOnCommittees')}</Link>
          </p>
        ) : null}
        <WorkflowTimeline
          steps={steps}
          statusLabel={(status) => t(statusKey(item.queue, status), { defaultValue: status })}
          headingLevel={3}
        />
      </article>
    );
  },
);

/** Whether the item still waits after its move (it stays in the list, updated). */
function offeredStill(item: InboxItem, status: string): boolean {
  const waiting: Record<InboxItem['queue'], string[]> = {
    applications: ['SUBMITTED', 'UNDER_REVIEW'],
    bookings: ['PENDING'],
    partnerships: ['AGREED'],
    projects: ['PROPOSED', 'IN_REVIEW'],
    budgetRounds: ['CLOSED'],
  };
  return waiting[item.queue].includes(status);
}

function Facts({ item }: { item: InboxItem }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const rows: [string, React.ReactNode][] = [
    [t('staffInbox.detail.waitingSince'), formatDateTime(item.node.createdAt, language)],
  ];
  switch (item.queue) {
    case 'applications':
      rows.push(
        [
          t('staffInbox.detail.stakeholder'),
          <Link key="s" to={`/stakeholders/${item.node.stakeholder.id}`}>
            {item.node.stakeholder.name}
          </Link>,
        ],
        [t('staffInbox.detail.plan'), t(`membership.plan.${item.node.plan}`)],
        [t('staffInbox.detail.motivation'), item.node.motivation ?? '—'],
      );
      break;
    case 'bookings':
      rows.push(
        [t('staffInbox.detail.space'), item.node.space.name],
        [
          t('staffInbox.detail.when'),
          `${formatDateTime(item.node.startsAt, language)} – ${formatTime(item.node.endsAt, language)}`,
        ],
        [
          t('staffInbox.detail.attendees'),
          t('staffInbox.detail.people', { count: item.node.attendees }),
        ],
        [t('staffInbox.detail.bookedBy'), item.node.booker.displayName],
        [t('staffInbox.detail.for'), item.node.stakeholder?.name ?? '—'],
      );
      break;
    case 'partnerships':
      rows.push(
        [t('staffInbox.detail.kind'), t(`partnership.kind.${item.node.kind}`)],
        [t('staffInbox.detail.parties'), `${item.node.proposer.name} · ${item.node.partner.name}`],
        [
          t('staffInbox.detail.period'),
          `${formatDay(item.node.startsOn, language)} – ${
            item.node.endsOn
              ? formatDay(item.node.endsOn, language)
              : t('staffInbox.detail.openEnded')
          }`,
        ],
        [t('staffInbox.detail.summary'), item.node.summary],
        [
          t('staffInbox.detail.open'),
          <Link key="p" to={`/partnerships/${item.node.id}`}>
            {t('staffInbox.detail.openPartnership')}
          </Link>,
        ],
      );
      break;
    case 'projects': {
      const review = item.node.reviewSummary;
      rows.push(
        [t('staffInbox.detail.lead'), item.node.leadStakeholder.name],
        [t('staffInbox.detail.budget'), formatWon(item.node.requestedBudget)],
        [
          t('staffInbox.detail.committee'),
          item.node.committee?.name ?? t('staffInbox.detail.noCommittee'),
        ],
        [t('staffInbox.detail.summary'), item.node.summary],
      );
      if (review) {
        rows.push([
          t('staffInbox.detail.reviews'),
          review.reviewCount === 0
            ? t('staffInbox.detail.noReviews', { round: review.round })
            : t('staffInbox.detail.reviewSummary', {
                round: review.round,
                count: review.reviewCount,
                score: review.averageScore?.toFixed(1) ?? '—',
                recommendations: review.recommendations
                  .filter((line) => line.count > 0)
                  .map(
                    (line) =>
                      `${t(`staffInbox.recommendation.${line.recommendation}`)} ${line.count}`,
                  )
                  .join(', '),
              }),
        ]);
      }
      rows.push([
        t('staffInbox.detail.open'),
        <Link key="p" to={`/projects/${item.node.id}`}>
          {t('staffInbox.detail.openProject')}
        </Link>,
      ]);
      break;
    }
    case 'budgetRounds':
      rows.push(
        [t('staffInbox.detail.budget'), formatWon(item.node.totalBudget)],
        [t('staffInbox.detail.method'), t(`staffInbox.tallyMethod.${item.node.tallyMethod}`)],
        [
          t('staffInbox.detail.open'),
          <Link key="r" to={`/budget-rounds/${item.node.id}`}>
            {t('staffInbox.detail.openRound')}
          </Link>,
        ],
      );
      break;
  }
  return (
    <dl className="inbox-facts">
      {rows.map(([term, value]) => (
        <div key={term}>
          <dt>{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
