import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemNotice } from '../../components/ProblemNotice';
import { graphql } from '../../graphql/generated';
import type { MyApplicationFragment } from '../../graphql/generated/graphql';
import { currentLanguage } from '../../i18n/i18n';
import { problemOf, type Problem } from '../../lib/api-errors';
import { formatDateTime } from '../../lib/park-time';

export const MY_APPLICATION = graphql(`
  fragment MyApplication on Membership {
    id
    status
    plan
    createdAt
    availableActions
    history {
      id
      action
      from
      to
      at
      note
      actor {
        id
        displayName
      }
    }
  }
`);

// Withdrawing answers the membership with its new status, history and actions: the cache
// updates the card by itself.
const WITHDRAW = graphql(`
  mutation WithdrawApplication($id: ID!) {
    withdrawMembershipApplication(id: $id) {
      id
      ...MyApplication
    }
  }
`);

/** One of my stakeholders' applications to this hub: its status, its history, withdraw. */
export function MyApplication({
  membership,
  stakeholderName,
}: {
  membership: MyApplicationFragment;
  stakeholderName: string;
}) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const [withdraw, { loading }] = useMutation(WITHDRAW);
  const [problem, setProblem] = useState<Problem | null>(null);
  const headingId = `application-${membership.id}`;
  return (
    <section className="application" aria-labelledby={headingId}>
      <h3 id={headingId}>{stakeholderName}</h3>
      <p>
        <span className={`status status-${membership.status.toLowerCase()}`}>
          {t(`membership.status.${membership.status}`)}
        </span>{' '}
        <span className="muted">{t(`membership.plan.${membership.plan}`)}</span>
      </p>
      <h4>{t('membership.application.history')}</h4>
      <ol className="history">
        {membership.history.map((step) => (
          <li key={step.id}>
            <time dateTime={step.at}>{formatDateTime(step.at, language)}</time>{' '}
            <strong>{t(`membership.status.${step.to}`, { defaultValue: step.to })}</strong>{' '}
            <span className="muted">
              {step.actor?.displayName ?? t('membership.application.formerAccount')}
            </span>
            {step.note ? <p className="note">{step.note}</p> : null}
          </li>
        ))}
      </ol>
      <ProblemNotice problem={problem} onReload={() => window.location.reload()} />
      {membership.availableActions.includes('WITHDRAW') ? (
        <button
          type="button"
          disabled={loading}
          aria-describedby={headingId}
          onClick={() => {
            setProblem(null);
            withdraw({ variables: { id: membership.id } }).catch((error: unknown) =>
              setProblem(problemOf(error)),
            );
          }}
        >
          {t('membership.application.withdraw')}
        </button>
      ) : null}
    </section>
  );
}
