import { useQuery } from '@apollo/client/react';
import { useEffect, useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useSession } from '../../../app/session';
import { QueryState } from '../../../components/QueryState';
import { currentLanguage } from '../../../i18n/i18n';
import { formatDateTime } from '../../../lib/park-time';
import { isParkAdmin, staffHubs } from '../staff-access';
import { QUEUES, type Queue } from './inbox-cache';
import { STAFF_INBOX } from './inbox-documents';
import { hubOf, itemsOf, statusKey, titleOf, type InboxItem } from './inbox-items';
import { InboxDetail } from './InboxDetail';
import './staff-inbox.css';

/**
 * /staff: everything waiting on the viewer's hubs, queue by queue, oldest first. `?hub=` is a
 * park admin's hub filter, `?item=` the item open beside the list. Keys: ↓/j and ↑/k move
 * through the items, Enter opens one, Tab reaches its moves.
 */
export default function StaffInbox() {
  const { t } = useTranslation();
  const { user } = useSession();
  const [params, setParams] = useSearchParams();
  const hubId = params.get('hub') || null;
  const openId = params.get('item');
  const admin = isParkAdmin(user);
  const { data, loading, error } = useQuery(STAFF_INBOX, { variables: { hubId } });
  const listRef = useRef<HTMLDivElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const focusNext = useRef<string | null>(null);

  const inbox = data?.staffInbox;
  const byQueue = inbox ? itemsOf(inbox) : null;
  const flat = byQueue ? QUEUES.flatMap((queue) => byQueue[queue]) : [];
  const open = flat.find((item) => item.node.id === openId) ?? null;

  const choose = (id: string | null, focus: 'detail' | 'list' = 'detail') => {
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (id) next.set('item', id);
        else next.delete('item');
        return next;
      },
      { replace: true },
    );
    if (focus === 'detail') requestAnimationFrame(() => headingRef.current?.focus());
  };

  // After a move takes an item out, the next one is opened and focused in the list.
  useEffect(() => {
    if (!focusNext.current) return;
    const id = focusNext.current;
    listRef.current?.querySelector<HTMLButtonElement>(`[data-item="${id}"]`)?.focus();
    focusNext.current = null;
  }, [data, openId]);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const forward = event.key === 'ArrowDown' || event.key === 'j';
    const back = event.key === 'ArrowUp' || event.key === 'k';
    if (!forward && !back) return;
    const buttons = [
      ...(listRef.current?.querySelectorAll<HTMLButtonElement>('button[data-item]') ?? []),
    ];
    if (buttons.length === 0) return;
    event.preventDefault();
    const at = buttons.findIndex((button) => button === document.activeElement);
    const to = at < 0 ? 0 : Math.min(buttons.length - 1, Math.max(0, at + (forward ? 1 : -1)));
    buttons[to].focus();
  };

  const onLeft = (item: InboxItem) => {
    const at = flat.findIndex((candidate) => candidate.node.id === item.node.id);
    const next = flat[at + 1] ?? flat[at - 1] ?? null;
    focusNext.current = next?.node.id ?? null;
    choose(next?.node.id ?? null, 'list');
  };

  return (
    <section className="staff-inbox" aria-labelledby="staff-inbox-title">
      <h1 id="staff-inbox-title">{t('staffInbox.title')}</h1>
      <Scope
        admin={admin}
        hubId={hubId}
        hubs={data?.hubs ?? []}
        own={staffHubs(user)}
        onHub={(id) =>
          setParams((current) => {
            const next = new URLSearchParams(current);
            if (id) next.set('hub', id);
            else next.delete('hub');
            next.delete('item');
            return next;
          })
        }
      />
      <details className="inbox-keys">
        <summary>{t('staffInbox.keys.title')}</summary>
        <dl>
          <div>
            <dt>
              <kbd>↓</kbd> <kbd>j</kbd>
            </dt>
            <dd>{t('staffInbox.keys.next')}</dd>
          </div>
          <div>
            <dt>
              <kbd>↑</kbd> <kbd>k</kbd>
            </dt>
            <dd>{t('staffInbox.keys.previous')}</dd>
          </div>
          <div>
            <dt>
              <kbd>Enter</kbd>
            </dt>
            <dd>{t('staffInbox.keys.open')}</dd>
          </div>
          <div>
            <dt>
              <kbd>Tab</kbd>
            </dt>
            <dd>{t('staffInbox.keys.actions')}</dd>
          </div>
        </dl>
      </details>
      <QueryState loading={loading && !data} error={error}>
        {() =>
          byQueue && inbox ? (
            <div className={`inbox-layout${open ? ' inbox-layout-open' : ''}`}>
              <div className="inbox-queues" ref={listRef} onKeyDown={onKeyDown}>
                {inbox.counts.total === 0 ? (
                  <p className="inbox-empty">{t('staffInbox.empty')}</p>
                ) : null}
                {QUEUES.map((queue) => (
                  <QueueList
                    key={queue}
                    queue={queue}
                    count={inbox.counts[queue]}
                    items={byQueue[queue]}
                    openId={open?.node.id ?? null}
                    onOpen={(id) => choose(id)}
                  />
                ))}
              </div>
              <div className="inbox-pane" aria-live="polite">
                {open ? (
                  <InboxDetail
                    key={open.node.id}
                    ref={headingRef}
                    item={open}
                    onLeft={() => onLeft(open)}
                  />
                ) : (
                  <p className="muted">{t('staffInbox.pick')}</p>
                )}
              </div>
            </div>
          ) : null
        }
      </QueryState>
    </section>
  );
}

function Scope({
  admin,
  hubId,
  hubs,
  own,
  onHub,
}: {
  admin: boolean;
  hubId: string | null;
  hubs: { id: string; name: string }[];
  own: { id: string; name: string }[];
  onHub: (id: string | null) => void;
}) {
  const { t } = useTranslation();
  if (!admin) {
    return (
      <p className="inbox-scope">
        {t('staffInbox.yourHubs', { hubs: own.map((hub) => hub.name).join(', ') })}
      </p>
    );
  }
  return (
    <div className="field inbox-scope">
      <label htmlFor="inbox-hub">{t('staffInbox.hubFilter')}</label>
      <select
        id="inbox-hub"
        value={hubId ?? ''}
        onChange={(event) => onHub(event.target.value || null)}
      >
        <option value="">{t('staffInbox.allHubs')}</option>
        {hubs.map((hub) => (
          <option key={hub.id} value={hub.id}>
            {hub.name}
          </option>
        ))}
      </select>
    </div>
  );
}

function QueueList({
  queue,
  count,
  items,
  openId,
  onOpen,
}: {
  queue: Queue;
  count: number;
  items: InboxItem[];
  openId: string | null;
  onOpen: (id: string) => void;
}) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const headingId = `queue-${queue}`;
  return (
    <section className="inbox-queue" aria-labelledby={headingId}>
      <h2 id={headingId}>
        {t(`staffInbox.queues.${queue}`)}{' '}
        <span className="count" data-count={queue}>
          {count}
        </span>
      </h2>
      {items.length === 0 ? (
        <p className="muted">{t('staffInbox.queueEmpty')}</p>
      ) : (
        <ul>
          {items.map((item) => (
            <li key={item.node.id}>
              <button
                type="button"
                className="inbox-item"
                data-item={item.node.id}
                aria-current={item.node.id === openId ? 'true' : undefined}
                onClick={() => onOpen(item.node.id)}
              >
                <span className="inbox-item-title">{titleOf(item)}</span>
                <span className="inbox-item-meta">
                  <span className={`status status-${item.node.status.toLowerCase()}`}>
                    {t(statusKey(queue, item.node.status))}
                  </span>{' '}
                  {hubOf(item).name} ·{' '}
                  <time dateTime={item.node.createdAt}>
                    {formatDateTime(item.node.createdAt, language)}
                  </time>
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
      {count > items.length ? (
        <p className="muted">{t('staffInbox.more', { count: count - items.length })}</p>
      ) : null}
    </section>
  );
}
