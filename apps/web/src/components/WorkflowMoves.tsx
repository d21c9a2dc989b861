import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { problemOf, type Problem } from '../lib/api-errors';
import { ProblemNotice } from './ProblemNotice';
import './workflow.css';

/** A workflow move offered as a button; some ask for a reason (required) or a note first. */
export interface WorkflowMove<A extends string> {
  action: A;
  label: string;
  asks?: 'reason' | 'note';
  tone?: 'primary' | 'danger';
}

/**
 * The moves the viewer may make now (from availableActions), each a button; a move that needs
 * words opens a small form under the buttons. A refusal shows as a notice with a reload.
 */
export function WorkflowMoves<A extends string>({
  moves,
  onMove,
  onReload,
}: {
  moves: WorkflowMove<A>[];
  onMove: (action: A, text: string | undefined) => Promise<unknown>;
  onReload: () => void;
}) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<WorkflowMove<A> | null>(null);
  const [text, setText] = useState('');
  const [missing, setMissing] = useState(false);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<Problem | null>(null);
  const textId = useId();
  if (moves.length === 0) return null;

  const run = async (move: WorkflowMove<A>, words: string | undefined) => {
    setBusy(true);
    setProblem(null);
    try {
      await onMove(move.action, words);
      setOpen(null);
      setText('');
    } catch (error) {
      setProblem(problemOf(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="moves">
      <ProblemNotice problem={problem} onReload={onReload} />
      <div className="move-buttons">
        {moves.map((move) => (
          <button
            key={move.action}
            type="button"
            className={move.tone === 'primary' ? 'primary' : move.tone === 'danger' ? 'danger' : ''}
            aria-expanded={move.asks ? open?.action === move.action : undefined}
            disabled={busy}
            onClick={() => {
              setMissing(false);
              if (move.asks) setOpen(open?.action === move.action ? null : move);
              else void run(move, undefined);
            }}
          >
            {move.label}
          </button>
        ))}
      </div>
      {open ? (
        <form
          className="move-form"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            const words = text.trim();
            if (open.asks === 'reason' && (words.length < 1 || words.length > 1000)) {
              setMissing(true);
              return;
            }
            void run(open, words || undefined);
          }}
        >
          <div className="field">
            <label htmlFor={textId}>
              {open.asks === 'reason' ? t('workflow.reason') : t('workflow.note')}
            </label>
            <textarea
              id={textId}
              rows={3}
              value={text}
              aria-invalid={missing || undefined}
              aria-describedby={missing ? `${textId}-error` : undefined}
              onChange={(event) => setText(event.target.value)}
            />
            {missing ? (
              <p id={`${textId}-error`} className="field-error" role="alert">
                {t('workflow.reasonRequired')}
              </p>
            ) : null}
          </div>
          <div className="move-buttons">
            <button
              type="submit"
              className={open.tone === 'danger' ? 'danger' : 'primary'}
              disabled={busy}
            >
              {t('workflow.confirm', { action: open.label })}
            </button>
            <button type="button" onClick={() => setOpen(null)}>
              {t('workflow.cancel')}
            </button>
          </div>
        </form>
      ) : null}
    </div>
  );
}
