import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { ProblemNotice } from '../../components/ProblemNotice';
import { graphql } from '../../graphql/generated';
import { languageOf } from '../../i18n/i18n';
import { formatDateTime } from '../../lib/park-time';
import { problemOf, type Problem } from '../../lib/api-errors';
import { useEffect, useState } from 'react';
import { DeleteAccount } from './DeleteAccount';

graphql(`
  fragment DataExportRow on DataExport {
    id
    status
    requestedAt
    readyAt
    expiresAt
    url
  }
`);

const MY_DATA_EXPORTS = graphql(`
  query MyDataExports {
    myDataExports {
      ...DataExportRow
    }
  }
`);

const REQUEST_MY_DATA = graphql(`
  mutation RequestMyData {
    requestMyData {
      ...DataExportRow
    }
  }
`);

const PENDING_POLL_MS = 3_000;

/** `/account#your-data`: download everything the park holds about you, or erase the account. */
export function YourData() {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="your-data-title" className="panel your-data" id="your-data">
      <h2 id="your-data-title">{t('yourData.title')}</h2>
      <DataDownloads />
      <DeleteAccount />
    </section>
  );
}

function DataDownloads() {
  const { t, i18n } = useTranslation();
  const language = languageOf(i18n.language);
  // Each read signs fresh links (they work for minutes): /account reads them afresh on each
  // visit (AccountSections), and this list from that.
  const { data, refetch, startPolling, stopPolling } = useQuery(MY_DATA_EXPORTS);
  const [requestMyData, { loading }] = useMutation(REQUEST_MY_DATA);
  const [problem, setProblem] = useState<Problem | null>(null);
  const exports = data?.myDataExports ?? [];
  const pending = exports.some((e) => e.status === 'PENDING');
  // A file takes a minute or so to build: the list looks again until it is ready.
  useEffect(() => {
    if (!pending) return;
    startPolling(PENDING_POLL_MS);
    return () => stopPolling();
  }, [pending, startPolling, stopPolling]);

  const onRequest = async () => {
    setProblem(null);
    try {
      await requestMyData();
      await refetch();
    } catch (error) {
      setProblem(problemOf(error));
    }
  };

  return (
    <div className="your-data-downloads">
      <h3>{t('yourData.downloadTitle')}</h3>
      <p>{t('yourData.downloadAbout')}</p>
      <ProblemNotice problem={problem} />
      {pending ? (
        <p role="status" className="notice">
          {t('yourData.pending')}
        </p>
      ) : null}
      <button type="button" onClick={onRequest} disabled={loading || pending}>
        {t('yourData.request')}
      </button>
      {exports.length ? (
        <table className="your-data-exports">
          <caption>{t('yourData.exportsCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('yourData.requestedAt')}</th>
              <th scope="col">{t('yourData.status')}</th>
              <th scope="col">{t('yourData.file')}</th>
            </tr>
          </thead>
          <tbody>
            {exports.map((e) => (
              <tr key={e.id}>
                <td>{formatDateTime(e.requestedAt, language)}</td>
                <td>{t(`yourData.statusName.${e.status}`)}</td>
                <td>
                  {e.url ? (
                    <>
                      <a href={e.url} download>
                        {t('yourData.download')}
                      </a>{' '}
                      <span className="detail">
                        {t('yourData.until', {
                          at: e.expiresAt ? formatDateTime(e.expiresAt, language) : '',
                        })}
                      </span>
                    </>
                  ) : (
                    '—'
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </div>
  );
}
