import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useSession } from '../../../app/session';
import { QueryState } from '../../../components/QueryState';
import { currentLanguage } from '../../../i18n/i18n';
import { isParkAdmin, staffHubs } from '../staff-access';
import { AssignReview } from './AssignReview';
import { CommitteeCard } from './CommitteeCard';
import { STAFF_HUBS } from '../spaces/staff-hub';
import { STAFF_COMMITTEES } from './committee-documents';
import { CreateCommittee } from './CreateCommittee';
import '../../../components/workflow.css';
import '../../project/project.css';
import './committees.css';

type HubChoice = { id: string; name: string; nameKo?: string };

/**
 * `/staff/committees?hub=…`: a hub's committees and their members, a new committee, and the
 * hub's proposals to give a committee. Hub staff pick among their hubs; park admins among all
 * (which costs them one request for the hubs).
 */
export default function CommitteesPage() {
  const { t } = useTranslation();
  const { user } = useSession();
  const admin = isParkAdmin(user);
  const hubs = useQuery(STAFF_HUBS, { skip: !admin });
  const choices: HubChoice[] = admin ? (hubs.data?.hubs ?? []) : staffHubs(user);
  const [params, setParams] = useSearchParams();
  const hubId = params.get('hub') ?? choices[0]?.id ?? '';
  const language = currentLanguage();
  return (
    <section aria-labelledby="committees-title" className="committees-page">
      <h1 id="committees-title">{t('staffCommittees.committees.title')}</h1>
      <p className="hint">{t('staffCommittees.committees.intro')}</p>
      <QueryState loading={admin && hubs.loading && !hubs.data} error={hubs.error}>
        {() => (
          <>
            {choices.length > 1 ? (
              <div className="field hub-choice">
                <label htmlFor="committees-hub">{t('staffCommittees.committees.hub')}</label>
                <select
                  id="committees-hub"
                  value={hubId}
                  onChange={(event) => setParams({ hub: event.target.value })}
                >
                  {choices.map((hub) => (
                    <option key={hub.id} value={hub.id}>
                      {language === 'ko' && hub.nameKo ? hub.nameKo : hub.name}
                    </option>
                  ))}
                </select>
              </div>
            ) : null}
            {hubId ? <HubCommittees key={hubId} hubId={hubId} /> : null}
          </>
        )}
      </QueryState>
    </section>
  );
}

function HubCommittees({ hubId }: { hubId: string }) {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(STAFF_COMMITTEES, { variables: { hubId } });
  return (
    <QueryState loading={loading && !data} error={error}>
      {() => {
        const committees = data?.committees ?? [];
        return (
          <div className="columns">
            <div>
              {committees.length === 0 ? (
                <p>{t('staffCommittees.committees.none')}</p>
              ) : (
                <ul className="committee-list">
                  {committees.map((committee) => (
                    <li key={committee.id}>
                      <CommitteeCard committee={committee} onReload={() => void refetch()} />
                    </li>
                  ))}
                </ul>
              )}
              <CreateCommittee hubId={hubId} />
            </div>
            <AssignReview
              hubId={hubId}
              committees={committees}
              proposed={(data?.proposed.edges ?? []).map((edge) => edge.node)}
              inReview={(data?.inReview.edges ?? []).map((edge) => edge.node)}
              onReload={() => void refetch()}
            />
          </div>
        );
      }}
    </QueryState>
  );
}
