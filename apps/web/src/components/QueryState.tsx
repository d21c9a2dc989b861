import type { ReactNode } from 'react';
import { problemOf } from '../lib/api-errors';
import { Loading } from './Loading';
import { NotFound } from './NotFound';
import { ProblemNotice } from './ProblemNotice';

/**
 * A screen's first query: loading, an error as a notice (never raw, never blank), a missing
 * thing as not-found, else the screen.
 */
export function QueryState({
  loading,
  error,
  missing,
  children,
}: {
  loading: boolean;
  error?: unknown;
  missing?: boolean;
  children: () => ReactNode;
}) {
  if (error) return <ProblemNotice problem={problemOf(error)} />;
  if (loading) return <Loading />;
  if (missing) return <NotFound />;
  return <>{children()}</>;
}
