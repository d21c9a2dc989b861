import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useSession } from '../../../app/session';
import { QueryState } from '../../../components/QueryState';
import { currentLanguage } from '../../../i18n/i18n';
import { formatDateTime, formatWon } from '../../../lib/park-time';
import { isParkAdmin, staffHubs } from '../staff-access';
import { STAFF_BUDGET_ROUNDS } from './budget-round-documents';
import { CreateRoundForm } from './CreateRoundForm';
import '../../project/project.css';
import './staff-budgets.css';

/**
 * `/staff/budget-rounds?hub=<slug>`: the rounds of a hub the viewer runs (park admins: any),
 * newest first, and a form for a new one. One request: every hub with its rounds.
 */
export default function BudgetRoundList() {
  const { t } = useTranslation();
  const { user } = useSession();
  const [params, setParams] = useSearchParams();
  const { data, loading, error } = useQuery(STAFF_BUDGET_ROUNDS);
  const language = currentLanguage();
  const mine = new Set(staffHubs(user).map((hub) => hub.id));
  const hubs = (data?.hubs ?? []).filter((hub) => isParkAdmin(user) || mine.has(hub.id));
  const hub = hubs.find((one) => one.slug === params.get('hub')) ?? hubs[0];
  const hubName = (one: { name: string; nameKo: string }) =>
    language === 'ko' ? one.nameKo : one.name;
  return (
    <section aria-labelledby="staff-rounds-title" className="staff-budgets">
      <h1 id="staff-rounds-title">{t('staffBudgets.list.title')}</h1>
      <QueryState loading={loading && !data} error={error}>
        {() =>
          hub ? (
            <>
              <div className="field">
                <label htmlFor="rounds-hub">{t('staffBudgets.list.hub')}</label>
                <select
                  id="rounds-hub"
                  value={hub.slug}
                  onChange={(event) => setParams({ hub: event.target.value })}
                >
                  {hubs.map((one) => (
                    <option key={one.id} value={one.slug}>
                      {hubName(one)}
                    </option>
                  ))}
                </select>
              </div>
              <h2>{t('staffBudgets.list.roundsOf', { hub: hubName(hub) })}</h2>
              {hub.budgetRounds.length === 0 ? (
                <p>{t('staffBudgets.list.none')}</p>
              ) : (
                <div className="table-scroll">
                  <table>
                    <thead>
                      <tr>
                        <th scope="col">{t('staffBudgets.list.round')}</th>
                        <th scope="col">{t('staffBudgets.list.status')}</th>
                        <th scope="col">{t('staffBudgets.list.method')}</th>
                        <th scope="col">{t('staffBudgets.list.budget')}</th>
                        <th scope="col">{t('staffBudgets.list.created')}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {hub.budgetRounds.map((round) => (
                        <tr key={round.id}>
                          <th scope="row">
                            <Link to={`/staff/budget-rounds/${round.id}`}>{round.title}</Link>
                          </th>
                          <td>
                            <span className={`status status-${round.status}`}>
                              {t(`project.round.status.${round.status}`)}
                            </span>
                          </td>
                          <td>{t(`project.round.method.${round.tallyMethod}`)}</td>
                          <td className="money">{formatWon(round.totalBudget)}</td>
                          <td>{formatDateTime(round.createdAt, language)}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
              )}
              <CreateRoundForm key={hub.id} hubId={hub.id} hubName={hubName(hub)} />
            </>
          ) : (
            <p>{t('staffBudgets.list.noHub')}</p>
          )
        }
      </QueryState>
    </section>
  );
}
