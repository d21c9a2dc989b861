import { useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { QueryState } from '../../../components/QueryState';
import { graphql } from '../../../graphql/generated';
import { currentLanguage } from '../../../i18n/i18n';
import { formatWon } from '../../../lib/park-time';
import { FigureSection, type FigureRow } from './FigureSection';
import { formatCount, formatShare, formatTotal } from './numbers-format';
import {
  dayOf,
  intervalFromParams,
  lastDayBefore,
  periodFromParams,
  periodInstants,
  type SeriesInterval,
} from './numbers-period';
import './numbers.css';

// Everything on the screen in one request: parkStats for the period, with its utilisation
// series by the chosen interval.
const DASHBOARD = graphql(`
  query StaffDashboard($from: DateTime!, $to: DateTime!, $interval: UtilisationInterval!) {
    ...StaffNavCounts
    parkStats(from: $from, to: $to) {
      from
      to
      hubs {
        hub {
          id
          name
          nameKo
        }
        activeMembers
        pendingApplications
        utilisation
      }
      utilisationSeries(interval: $interval) {
        from
        to
        hubs {
          hub {
            id
          }
          utilisation
        }
      }
      stakeholdersByKind {
        kind
        count
      }
      partnershipsByKind {
        kind
        count
      }
      projectsByStatus {
        status
        count
      }
      fundingBySource {
        source
        amount
      }
      outcomesByPolicyArea {
        policyArea
        indicator
        unit
        total
      }
    }
  }
`);

/** /staff/dashboard?from=YYYY-MM-DD&to=YYYY-MM-DD&interval=WEEK|MONTH — the park's numbers. */
export default function Dashboard() {
  const { t } = useTranslation();
  const language = currentLanguage();
  const [params, setParams] = useSearchParams();
  const [now] = useState(() => Date.now());
  const period = periodFromParams(params, now);
  const interval = intervalFromParams(params);
  const { data, loading, error } = useQuery(DASHBOARD, {
    variables: { ...periodInstants(period), interval },
  });

  const choose = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setParams({
      from: String(form.get('from')),
      to: String(form.get('to')),
      interval: String(form.get('interval')),
    });
  };

  const count = (value: number) => formatCount(value, language);
  const share = (value: number) => formatShare(value, language);
  const shareTick = (value: number) => `${Math.round(value * 100)}%`;

  return (
    <article className="staff-numbers" aria-labelledby="numbers-title">
      <h1 id="numbers-title">{t('staffNumbers.dashboard.title')}</h1>
      <form className="numbers-period" onSubmit={choose} key={params.toString()}>
        <div className="field">
          <label htmlFor="numbers-from">{t('staffNumbers.period.from')}</label>
          <input type="date" id="numbers-from" name="from" defaultValue={period.from} required />
        </div>
        <div className="field">
          <label htmlFor="numbers-to">{t('staffNumbers.period.to')}</label>
          <input type="date" id="numbers-to" name="to" defaultValue={period.to} required />
        </div>
        <div className="field">
          <label htmlFor="numbers-interval">{t('staffNumbers.period.interval')}</label>
          <select id="numbers-interval" name="interval" defaultValue={interval}>
            {(['WEEK', 'MONTH'] as SeriesInterval[]).map((value) => (
              <option key={value} value={value}>
                {t(`staffNumbers.period.${value}`)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit">{t('staffNumbers.period.show')}</button>
      </form>
      <p className="muted">{t('staffNumbers.dashboard.note')}</p>
      <QueryState loading={loading && !data} error={error} missing={!data}>
        {() => {
          const stats = data!.parkStats;
          const hubName = (hub: { name: string; nameKo: string }) =>
            language === 'ko' ? hub.nameKo : hub.name;
          const hubRows = (
            values: (figures: (typeof stats.hubs)[number]) => Record<string, number>,
          ) =>
            stats.hubs.map((figures): FigureRow => ({
              labels: [hubName(figures.hub)],
              values: values(figures),
            }));
          const hubColumns = stats.hubs.map((figures) => ({
            key: figures.hub.id,
            label: hubName(figures.hub),
            format: share,
            tick: shareTick,
          }));
          const countColumn = [
            { key: 'count', label: t('staffNumbers.column.count'), format: count },
          ];
          return (
            <div className="figures">
              <FigureSection
                id="numbers-members"
                title={t('staffNumbers.figure.members')}
                file="members-by-hub"
                labelHeaders={[t('staffNumbers.column.hub')]}
                series={[
                  {
                    key: 'activeMembers',
                    label: t('staffNumbers.column.activeMembers'),
                    format: count,
                  },
                  {
                    key: 'pendingApplications',
                    label: t('staffNumbers.column.pendingApplications'),
                    format: count,
                  },
                ]}
                rows={hubRows((figures) => ({
                  activeMembers: figures.activeMembers,
                  pendingApplications: figures.pendingApplications,
                }))}
              />
              <FigureSection
                id="numbers-utilisation"
                title={t('staffNumbers.figure.utilisation')}
                file="utilisation-by-hub"
                labelHeaders={[t('staffNumbers.column.hub')]}
                series={[
                  {
                    key: 'utilisation',
                    label: t('staffNumbers.column.utilisation'),
                    format: share,
                    tick: shareTick,
                  },
                ]}
                rows={hubRows((figures) => ({ utilisation: figures.utilisation }))}
              />
              <FigureSection
                id="numbers-utilisation-series"
                title={t(`staffNumbers.figure.series.${interval}`)}
                file={`utilisation-by-${interval.toLowerCase()}`}
                chart="line"
                labelHeaders={[t('staffNumbers.column.from'), t('staffNumbers.column.to')]}
                series={hubColumns}
                rows={stats.utilisationSeries.map((one) => ({
                  labels: [dayOf(one.from), lastDayBefore(one.to)],
                  values: Object.fromEntries(
                    one.hubs.map((figures) => [figures.hub.id, figures.utilisation]),
                  ),
                }))}
              />
              <FigureSection
                id="numbers-stakeholders"
                title={t('staffNumbers.figure.stakeholders')}
                file="stakeholders-by-kind"
                labelHeaders={[t('staffNumbers.column.kind')]}
                series={countColumn}
                rows={stats.stakeholdersByKind.map((row) => ({
                  labels: [t(`directory.kinds.${row.kind}`)],
                  values: { count: row.count },
                }))}
              />
              <FigureSection
                id="numbers-partnerships"
                title={t('staffNumbers.figure.partnerships')}
                file="partnerships-by-kind"
                labelHeaders={[t('staffNumbers.column.kind')]}
                series={countColumn}
                rows={stats.partnershipsByKind.map((row) => ({
                  labels: [t(`partnership.kind.${row.kind}`)],
                  values: { count: row.count },
                }))}
              />
              <FigureSection
                id="numbers-projects"
                title={t('staffNumbers.figure.projects')}
                file="projects-by-status"
                labelHeaders={[t('staffNumbers.column.status')]}
                series={countColumn}
                rows={stats.projectsByStatus.map((row) => ({
                  labels: [t(`project.status.${row.status}`)],
                  values: { count: row.count },
                }))}
              />
              <FigureSection
                id="numbers-funding"
                title={t('staffNumbers.figure.funding')}
                file="funding-by-source"
                labelHeaders={[t('staffNumbers.column.source')]}
                series={[
                  {
                    key: 'amount',
                    label: t('staffNumbers.column.amount'),
                    format: formatWon,
                    tick: (value) => count(value),
                  },
                ]}
                rows={stats.fundingBySource.map((row) => ({
                  labels: [t(`project.source.${row.source}`)],
                  values: { amount: row.amount },
                }))}
              />
              <FigureSection
                id="numbers-outcomes"
                title={t('staffNumbers.figure.outcomes')}
                file="outcomes-by-policy-area"
                labelHeaders={[
                  t('staffNumbers.column.policyArea'),
                  t('staffNumbers.column.indicator'),
                  t('staffNumbers.column.unit'),
                ]}
                series={[
                  {
                    key: 'total',
                    label: t('staffNumbers.column.total'),
                    format: (value) => formatTotal(value, language),
                  },
                ]}
                rows={stats.outcomesByPolicyArea.map((row) => ({
                  labels: [t(`project.policyArea.${row.policyArea}`), row.indicator, row.unit],
                  values: { total: row.total },
                }))}
              />
            </div>
          );
        }}
      </QueryState>
    </article>
  );
}
