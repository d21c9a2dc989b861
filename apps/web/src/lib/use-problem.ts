import { useCallback, useState } from 'react';
import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import { problemOf, type Problem } from './api-errors';

/**
 * Runs a form's mutation: field messages from BAD_USER_INPUT land on their fields (what was
 * typed stays), anything else becomes the form's notice.
 */
export function useSubmitProblem<T extends FieldValues>(
  setError: UseFormSetError<T>,
  fields: readonly Path<T>[],
) {
  const [problem, setProblem] = useState<Problem | null>(null);
  const run = useCallback(
    async (action: () => Promise<unknown>): Promise<boolean> => {
      setProblem(null);
      try {
        await action();
        return true;
      } catch (error) {
        const found = problemOf(error);
        if (found.kind === 'fields') {
          let placed = false;
          for (const [field, message] of Object.entries(found.fields)) {
            if ((fields as readonly string[]).includes(field)) {
              setError(field as Path<T>, { type: 'server', message });
              placed = true;
            }
          }
          if (!placed) setProblem(found);
        } else {
          setProblem(found);
        }
        return false;
      }
    },
    [setError, fields],
  );
  return { problem, setProblem, run };
}
