import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { QueryState } from '../../components/QueryState';
import { WorkflowMoves, type WorkflowMove } from '../../components/WorkflowMoves';
import { WorkflowTimeline } from '../../components/WorkflowTimeline';
import type { PartnershipAction, PartnershipDetailFragment } from '../../graphql/generated/graphql';
import { currentLanguage } from '../../i18n/i18n';
import { formatDay } from '../../lib/park-time';
import { CommentThread } from './CommentThread';
import {
  ACCEPT,
  APPROVE,
  COMPLETE,
  DECLINE,
  PARTNERSHIP_PAGE,
  REJECT,
  TERMINATE,
  WITHDRAW,
} from './partnership-documents';
import './partnership.css';

type Move = Exclude<PartnershipAction, 'COMMENT'>;
const MOVES: { action: Move; asks?: 'note' | 'reason'; tone?: 'primary' | 'danger' }[] = [
  { action: 'ACCEPT', tone: 'primary' },
  { action: 'DECLINE', asks: 'reason', tone: 'danger' },
  { action: 'APPROVE', asks: 'note', tone: 'primary' },
  { action: 'REJECT', asks: 'reason', tone: 'danger' },
  { action: 'COMPLETE', asks: 'note', tone: 'primary' },
  { action: 'TERMINATE', asks: 'reason', tone: 'danger' },
  { action: 'WITHDRAW' },
];

/** `/partnerships/:id`: status with history, the moves the viewer may make, the thread. */
export default function PartnershipPage() {
  const { id = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(PARTNERSHIP_PAGE, { variables: { id } });
  const partnership = data?.partnership;
  return (
    <QueryState loading={loading && !data} error={error} missing={!partnership}>
      {() =>
        partnership ? (
          <article className="partnership-area" aria-labelledby="partnership-title">
            <Partnership partnership={partnership} onReload={() => void refetch()} />
            {partnership.availableActions.includes('COMMENT') ? (
              <CommentThread partnership={partnership} />
            ) : null}
          </article>
        ) : null
      }
    </QueryState>
  );
}

function Partnership({
  partnership,
  onReload,
}: {
  partnership: PartnershipDetailFragment;
  onReload: () => void;
}) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const [accept] = useMutation(ACCEPT);
  const [decline] = useMutation(DECLINE);
  const [withdraw] = useMutation(WITHDRAW);
  const [approve] = useMutation(APPROVE);
  const [reject] = useMutation(REJECT);
  const [complete] = useMutation(COMPLETE);
  const [terminate] = useMutation(TERMINATE);
  const moves: WorkflowMove<Move>[] = MOVES.filter((move) =>
    partnership.availableActions.includes(move.action),
  ).map((move) => ({ ...move, label: t(`partnership.action.${move.action}`) }));
  const onMove = (action: Move, text: string | undefined) => {
    const id = partnership.id;
    const reason = text ?? '';
    switch (action) {
      case 'ACCEPT':
        return accept({ variables: { id } });
      case 'DECLINE':
        return decline({ variables: { id, reason } });
      case 'WITHDRAW':
        return withdraw({ variables: { id } });
      case 'APPROVE':
        return approve({ variables: { id, note: text } });
      case 'REJECT':
        return reject({ variables: { id, reason } });
      case 'COMPLETE':
        return complete({ variables: { id, note: text } });
      case 'TERMINATE':
        return terminate({ variables: { id, reason } });
    }
  };
  const terms = partnership.dataSharing;
  return (
    <>
      <header className="entity-header">
        <p className="eyebrow">{t(`partnership.kind.${partnership.kind}`)}</p>
        <h1 id="partnership-title">{partnership.title}</h1>
        <p>
          <span className={`status status-${partnership.status}`}>
            {t(`partnership.status.${partnership.status}`)}
          </span>
        </p>
        <dl className="facts">
          <div>
            <dt>{t('partnership.page.proposer')}</dt>
            <dd>
              <Link to={`/stakeholders/${partnership.proposer.id}`}>
                {partnership.proposer.name}
              </Link>
            </dd>
          </div>
          <div>
            <dt>{t('partnership.page.partner')}</dt>
            <dd>
              <Link to={`/stakeholders/${partnership.partner.id}`}>{partnership.partner.name}</Link>
            </dd>
          </div>
          <div>
            <dt>{t('partnership.page.hub')}</dt>
            <dd>{language === 'ko' ? partnership.hub.nameKo : partnership.hub.name}</dd>
          </div>
          <div>
            <dt>{t('partnership.page.period')}</dt>
            <dd>
              {partnership.endsOn
                ? t('partnership.page.range', {
                    start: formatDay(partnership.startsOn, language),
                    end: formatDay(partnership.endsOn, language),
                  })
                : t('partnership.page.openEnded', {
                    start: formatDay(partnership.startsOn, language),
                  })}
            </dd>
          </div>
        </dl>
      </header>
      <p className="summary">{partnership.summary}</p>
      <WorkflowMoves moves={moves} onMove={onMove} onReload={onReload} />
      <div className="columns">
        <div>
          {terms ? (
            <section aria-labelledby="terms-title" className="card">
              <h2 id="terms-title">{t('partnership.page.terms')}</h2>
              <dl className="facts stacked">
                <div>
                  <dt>{t('partnership.page.datasets')}</dt>
                  <dd>
                    <ul className="plain-list">
                      {terms.datasets.map((dataset) => (
                        <li key={dataset}>{dataset}</li>
                      ))}
                    </ul>
                  </dd>
                </div>
                {terms.purpose ? (
                  <div>
                    <dt>{t('partnership.page.purpose')}</dt>
                    <dd>{terms.purpose}</dd>
                  </div>
                ) : null}
                <div>
                  <dt>{t('partnership.page.retention')}</dt>
                  <dd>{t('partnership.page.retentionDays', { count: terms.retentionDays })}</dd>
                </div>
                <div>
                  <dt>{t('partnership.page.personalData')}</dt>
                  <dd>
                    {terms.personalData ? t('partnership.page.yes') : t('partnership.page.no')}
                  </dd>
                </div>
              </dl>
            </section>
          ) : null}
        </div>
        <WorkflowTimeline
          steps={partnership.history}
          statusLabel={(status) => t(`partnership.status.${status}`)}
        />
      </div>
    </>
  );
}
