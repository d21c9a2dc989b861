import { useId } from 'react';
import type { ReactNode } from 'react';

// A labelled control (input, select, textarea) with its hint and its error next to it: the
// error is announced, and both are linked to the control by aria-describedby.

/** What the control takes from its field: its id and how it is described. */
export interface FieldControl {
  id: string;
  'aria-invalid': true | undefined;
  'aria-describedby': string | undefined;
}

interface Props {
  label: ReactNode;
  error?: string;
  hint?: ReactNode;
  /** The control, given the id and the description to put on it. */
  children: (control: FieldControl) => ReactNode;
}

export function Field({ label, error, hint, children }: Props) {
  const id = useId();
  const described = [hint ? `${id}-hint` : null, error ? `${id}-error` : null]
    .filter(Boolean)
    .join(' ');
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {children({
        id,
        'aria-invalid': error ? true : undefined,
        'aria-describedby': described || undefined,
      })}
      {hint ? (
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="field-error" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}
