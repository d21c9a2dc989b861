import type { FormEventHandler, ReactNode } from 'react';
import { Link } from 'react-router';
import { ProblemNotice } from '../../components/ProblemNotice';
import type { Problem } from '../../lib/api-errors';

/**
 * The frame of signing in and signing up: the title, the form with its problem notice, its
 * fields and its button, and the way to the other one below.
 */
export function SessionForm({
  id,
  title,
  problem,
  onSubmit,
  submitting,
  submit,
  other,
  children,
}: {
  id: string;
  title: string;
  problem: Problem | null;
  onSubmit: FormEventHandler<HTMLFormElement>;
  submitting: boolean;
  submit: string;
  other: { question: string; to: string; label: string };
  children: ReactNode;
}) {
  return (
    <section className="narrow" aria-labelledby={id}>
      <h1 id={id}>{title}</h1>
      <form onSubmit={onSubmit} noValidate>
        <ProblemNotice problem={problem} />
        {children}
        <button type="submit" className="primary" disabled={submitting}>
          {submit}
        </button>
      </form>
      <p>
        {other.question} <Link to={other.to}>{other.label}</Link>
      </p>
    </section>
  );
}
