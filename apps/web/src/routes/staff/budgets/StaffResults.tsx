import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { StaffBudgetResultFragment, TallyMethod } from '../../../graphql/generated/graphql';
import { formatWon } from '../../../lib/park-time';
import { ResultReason, sharesPaid } from '../../project/ResultReason';
import { downloadCsv, resultsCsv } from './results-csv';

/** A tallied round's results: votes, funded or not, why, and (Equal Shares) what supporters paid. */
export function StaffResults({
  title,
  tallyMethod,
  results,
}: {
  title: string;
  tallyMethod: TallyMethod;
  results: readonly StaffBudgetResultFragment[];
}) {
  const { t } = useTranslation();
  const shares = tallyMethod === 'EQUAL_SHARES';
  const spent = results.reduce((sum, result) => sum + result.amount, 0);
  return (
    <section aria-labelledby="staff-results-title">
      <h2 id="staff-results-title">{t('project.round.results')}</h2>
      <p>
        {t('staffBudgets.results.spent', {
          spent: formatWon(spent),
          funded: results.filter((result) => result.funded).length,
          count: results.length,
        })}
      </p>
      <button type="button" onClick={() => downloadCsv(`${title}.csv`, resultsCsv(t, results))}>
        {t('staffBudgets.results.csv')}
      </button>
      <div className="table-scroll">
        <table className="staff-results">
          <thead>
            <tr>
              <th scope="col">{t('project.round.rank')}</th>
              <th scope="col">{t('project.round.projects')}</th>
              <th scope="col">{t('project.round.votes')}</th>
              <th scope="col">{t('project.round.outcome')}</th>
              <th scope="col">{t('project.round.amount')}</th>
              {shares ? <th scope="col">{t('project.round.sharesPaid')}</th> : null}
              <th scope="col">{t('project.round.reason')}</th>
            </tr>
          </thead>
          <tbody>
            {results.map((result) => (
              <tr key={result.project.id}>
                <td>{result.explanation.rank}</td>
                <th scope="row">
                  <Link to={`/projects/${result.project.id}`}>{result.project.title}</Link>
                </th>
                <td>{result.votes}</td>
                <td>
                  <span className={`status ${result.funded ? 'status-FUNDED' : 'status-REJECTED'}`}>
                    {result.funded
                      ? t('project.round.fundedWord')
                      : t('project.round.notFundedWord')}
                  </span>
                </td>
                <td className="money">{formatWon(result.amount)}</td>
                {shares ? <td className="money">{sharesPaid(result)}</td> : null}
                <td>
                  <ResultReason result={result} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
