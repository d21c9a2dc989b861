import { useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useSession } from '../../../app/session';
import { QueryState } from '../../../components/QueryState';
import { graphql } from '../../../graphql/generated';
import { currentLanguage } from '../../../i18n/i18n';
import { formatDateTime } from '../../../lib/park-time';
import { isParkAdmin, staffHubs } from '../staff-access';
import { periodInstants } from './numbers-period';
import './numbers.css';

const PAGE = 25;
/** What entries are filed under (AuditLogEntry.entityType). */
export const ENTITY_TYPES = [
  'Membership',
  'Partnership',
  'Project',
  'Booking',
  'Space',
  'Event',
  'Committee',
  'BudgetRound',
  'HubStaff',
  'Stakeholder',
  'User',
] as const;

// One request: the page of entries and the hubs to filter by.
const AUDIT_LOG = graphql(`
  query StaffAuditLog($filter: AuditLogFilter, $first: Int!, $after: String) {
    ...StaffNavCounts
    hubs {
      id
      name
      nameKo
    }
    auditLog(filter: $filter, first: $first, after: $after) {
      edges {
        node {
          id
          action
          at
          entityType
          entityId
          details
          actor {
            id
            displayName
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

/**
 * /staff/audit?hub=&actor=&entity=&from=&to=&after= — the audit log, newest first, a page at a
 * time. Park admins read all of it; hub staff the entries of their hubs (the API scopes it).
 */
export default function AuditLog() {
  const { t } = useTranslation();
  const language = currentLanguage();
  const { user } = useSession();
  const [params, setParams] = useSearchParams();
  const [actorName, setActorName] = useState<string | null>(null);
  const hub = params.get('hub') ?? '';
  const actor = params.get('actor') ?? '';
  const entity = params.get('entity') ?? '';
  const from = params.get('from') ?? '';
  const to = params.get('to') ?? '';
  const after = params.get('after');
  const filter = {
    ...(hub ? { hubId: hub } : {}),
    ...(actor ? { actorId: actor } : {}),
    ...(entity ? { entityType: entity } : {}),
    ...(from ? { from: periodInstants({ from, to: from }).from } : {}),
    ...(to ? { to: periodInstants({ from: to, to }).to } : {}),
  };
  const { data, loading, error } = useQuery(AUDIT_LOG, {
    variables: { filter, first: PAGE, after },
  });

  const change = (next: Record<string, string>) => {
    const merged = new URLSearchParams(params);
    merged.delete('after');
    for (const [key, value] of Object.entries(next)) {
      if (value) merged.set(key, value);
      else merged.delete(key);
    }
    setParams(merged);
  };
  const choose = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    change(
      Object.fromEntries(
        ['hub', 'entity', 'from', 'to'].map((key) => [key, String(form.get(key) ?? '')]),
      ),
    );
  };

  const admin = isParkAdmin(user);
  const ownHubs = new Set(staffHubs(user).map((one) => one.id));
  const hubs = (data?.hubs ?? []).filter((one) => admin || ownHubs.has(one.id));
  const hubName = (one: { name: string; nameKo: string }) =>
    language === 'ko' ? one.nameKo : one.name;
  const nextPage = () => {
    const next = new URLSearchParams(params);
    next.set('after', data?.auditLog.pageInfo.endCursor ?? '');
    return `?${next.toString()}`;
  };
  const firstPage = () => {
    const first = new URLSearchParams(params);
    first.delete('after');
    return `?${first.toString()}`;
  };
  const shownActor =
    actorName ??
    data?.auditLog.edges.find((edge) => edge.node.actor?.id === actor)?.node.actor?.displayName ??
    actor;

  return (
    <article className="staff-audit" aria-labelledby="audit-title">
      <h1 id="audit-title">{t('staffNumbers.audit.title')}</h1>
      <form className="audit-filters" onSubmit={choose} key={params.toString()}>
        <div className="field">
          <label htmlFor="audit-hub">{t('staffNumbers.audit.hub')}</label>
          <select id="audit-hub" name="hub" defaultValue={hub}>
            <option value="">
              {admin ? t('staffNumbers.audit.allHubs') : t('staffNumbers.audit.myHubs')}
            </option>
            {hubs.map((one) => (
              <option key={one.id} value={one.id}>
                {hubName(one)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="audit-entity">{t('staffNumbers.audit.entity')}</label>
          <select id="audit-entity" name="entity" defaultValue={entity}>
            <option value="">{t('staffNumbers.audit.allEntities')}</option>
            {ENTITY_TYPES.map((type) => (
              <option key={type} value={type}>
                {t(`staffNumbers.audit.entityType.${type}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="audit-from">{t('staffNumbers.period.from')}</label>
          <input type="date" id="audit-from" name="from" defaultValue={from} />
        </div>
        <div className="field">
          <label htmlFor="audit-to">{t('staffNumbers.period.to')}</label>
          <input type="date" id="audit-to" name="to" defaultValue={to} />
        </div>
        <button type="submit">{t('staffNumbers.audit.filter')}</button>
      </form>
      {actor ? (
        <p className="audit-actor">
          {t('staffNumbers.audit.byActor', { name: shownActor })}{' '}
          <button
            type="button"
            onClick={() => {
              setActorName(null);
              change({ actor: '' });
            }}
          >
            {t('staffNumbers.audit.anyActor')}
          </button>
        </p>
      ) : null}
      <QueryState loading={loading && !data} error={error} missing={!data}>
        {() => {
          const edges = data!.auditLog.edges;
          return (
            <>
              <div className="audit-log" id="audit-log-table">
                <table>
                  <thead>
                    <tr>
                      <th scope="col">{t('staffNumbers.audit.at')}</th>
                      <th scope="col">{t('staffNumbers.audit.action')}</th>
                      <th scope="col">{t('staffNumbers.audit.actor')}</th>
                      <th scope="col">{t('staffNumbers.audit.subject')}</th>
                      <th scope="col">{t('staffNumbers.audit.details')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {edges.map(({ node }) => (
                      <tr key={node.id}>
                        <td>{formatDateTime(node.at, language)}</td>
                        <th scope="row">{node.action}</th>
                        <td>
                          {node.actor ? (
                            <button
                              type="button"
                              className="link-button"
                              aria-label={t('staffNumbers.audit.onlyActor', {
                                name: node.actor.displayName,
                              })}
                              onClick={() => {
                                setActorName(node.actor!.displayName);
                                change({ actor: node.actor!.id });
                              }}
                            >
                              {node.actor.displayName}
                            </button>
                          ) : (
                            t('staffNumbers.audit.noActor')
                          )}
                        </td>
                        <td>
                          {t(`staffNumbers.audit.entityType.${node.entityType}`, {
                            defaultValue: node.entityType,
                          })}
                        </td>
                        <td className="audit-details">{node.details}</td>
                      </tr>
                    ))}
                    {edges.length ? null : (
                      <tr>
                        <td colSpan={5}>{t('staffNumbers.audit.empty')}</td>
                      </tr>
                    )}
                  </tbody>
                </table>
              </div>
              <nav className="audit-pages" aria-label={t('staffNumbers.audit.pages')}>
                {after ? <Link to={firstPage()}>{t('staffNumbers.audit.firstPage')}</Link> : null}{' '}
                {data!.auditLog.pageInfo.hasNextPage ? (
                  <Link to={nextPage()}>{t('staffNumbers.audit.nextPage')}</Link>
                ) : null}
              </nav>
            </>
          );
        }}
      </QueryState>
    </article>
  );
}
