import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { formatWon } from '../../lib/park-time';
import { tallyBallot, type BallotRules } from './ballot';

/**
 * The ballot's running total against the round's budget and selection limits, and the submit
 * button, disabled with the reason beside it while the ballot could not be cast.
 */
export function BallotCounter({
  costs,
  rules,
  unchanged,
  submitting,
  submitLabel,
}: {
  costs: readonly number[];
  rules: BallotRules;
  unchanged: boolean;
  submitting: boolean;
  submitLabel: string;
}) {
  const { t } = useTranslation();
  const reasonId = useId();
  const tally = tallyBallot(costs, rules, unchanged);
  const over = tally.remaining < 0;
  const share = Math.min(100, Math.round((tally.total / rules.totalBudget) * 100));
  return (
    <div className={`ballot-counter${over ? ' over' : ''}`}>
      <div role="status" aria-live="polite" className="counter-figures">
        <p className="counter-total">
          {t('project.counter.total', {
            total: formatWon(tally.total),
            budget: formatWon(rules.totalBudget),
          })}
        </p>
        <p className={over ? 'counter-over' : 'counter-left'}>
          {over
            ? t('project.counter.over', { amount: formatWon(-tally.remaining) })
            : t('project.counter.remaining', { amount: formatWon(tally.remaining) })}
        </p>
        <p className="counter-count">
          {t('project.counter.selected', {
            count: tally.count,
            min: rules.minSelections,
            max: rules.maxSelections,
          })}
        </p>
      </div>
      <div className="meter" aria-hidden="true">
        <span style={{ width: `${share}%` }} />
      </div>
      {tally.problem ? (
        <p id={reasonId} className={tally.problem === 'unchanged' ? 'hint' : 'counter-problem'}>
          {t(`project.counter.problem.${tally.problem}`, {
            min: rules.minSelections,
            max: rules.maxSelections,
          })}
        </p>
      ) : null}
      <button
        type="submit"
        className="primary"
        disabled={tally.problem !== null || submitting}
        aria-describedby={tally.problem ? reasonId : undefined}
      >
        {submitLabel}
      </button>
    </div>
  );
}
