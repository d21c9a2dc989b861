import { useTranslation } from 'react-i18next';
import { graphql } from '../graphql/generated';
import type { WorkflowStepFragment } from '../graphql/generated/graphql';
import { currentLanguage } from '../i18n/i18n';
import { formatDateTime } from '../lib/park-time';
import './workflow.css';

export const WORKFLOW_STEP = graphql(`
  fragment WorkflowStep on WorkflowEvent {
    id
    action
    from
    to
    note
    at
    actor {
      id
      displayName
    }
  }
`);

/** A workflow's steps, oldest first: who moved it from what to what, when, and why. */
export function WorkflowTimeline({
  steps,
  statusLabel,
  headingLevel = 2,
}: {
  steps: readonly WorkflowStepFragment[];
  statusLabel: (status: string) => string;
  headingLevel?: 2 | 3;
}) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  if (steps.length === 0) return null;
  return (
    <section className="timeline-section" aria-label={t('workflow.history')}>
      <Heading>{t('workflow.history')}</Heading>
      <ol className="timeline">
        {steps.map((step) => (
          <li key={step.id}>
            <p className="timeline-move">
              {step.from ? (
                <>
                  <span className={`status status-${step.from}`}>{statusLabel(step.from)}</span>
                  <span aria-hidden="true"> → </span>
                  <span className="visually-hidden">→</span>
                </>
              ) : (
                <span className="timeline-created">{t('workflow.created')}: </span>
              )}
              <span className={`status status-${step.to}`}>{statusLabel(step.to)}</span>
            </p>
            <p className="timeline-meta">
              <time dateTime={step.at}>{formatDateTime(step.at, language)}</time>{' '}
              {t('workflow.by', { name: step.actor?.displayName ?? t('workflow.system') })}
            </p>
            {step.note ? <p className="timeline-note">{step.note}</p> : null}
          </li>
        ))}
      </ol>
    </section>
  );
}
