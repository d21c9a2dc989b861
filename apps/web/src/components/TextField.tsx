import type { InputHTMLAttributes, ReactNode, TextareaHTMLAttributes } from 'react';
import { Field } from './Field';

// A labelled input (or text area) with its error next to it (announced, and linked by
// aria-describedby).
interface Props {
  label: ReactNode;
  error?: string;
  hint?: ReactNode;
}

export function TextField({
  label,
  error,
  hint,
  ref,
  ...input
}: Props & InputHTMLAttributes<HTMLInputElement> & { ref?: React.Ref<HTMLInputElement> }) {
  return (
    <Field label={label} error={error} hint={hint}>
      {(control) => <input {...control} ref={ref} {...input} />}
    </Field>
  );
}

export function TextAreaField({
  label,
  error,
  hint,
  ref,
  ...textarea
}: Props & TextareaHTMLAttributes<HTMLTextAreaElement> & { ref?: React.Ref<HTMLTextAreaElement> }) {
  return (
    <Field label={label} error={error} hint={hint}>
      {(control) => <textarea {...control} ref={ref} {...textarea} />}
    </Field>
  );
}
