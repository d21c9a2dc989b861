import type { TypedDocumentNode } from '@apollo/client';
import { useApolloClient } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemNotice } from '../../components/ProblemNotice';
import { problemOf, type Problem } from '../../lib/api-errors';

/** The next page of one of a profile's lists; the cache appends it to what is shown. */
export function MoreButton<Q>({
  query,
  id,
  pageInfo,
  label,
}: {
  query: TypedDocumentNode<Q, { id: string; after?: string | null }>;
  id: string;
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
  label: string;
}) {
  const { t } = useTranslation();
  const client = useApolloClient();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<Problem | null>(null);
  if (!pageInfo.hasNextPage || !pageInfo.endCursor) return null;
  const after = pageInfo.endCursor;
  return (
    <>
      <ProblemNotice problem={problem} />
      <button
        type="button"
        className="more"
        disabled={busy}
        aria-label={`${t('directory.profile.more')}: ${label}`}
        onClick={() => {
          setBusy(true);
          setProblem(null);
          client
            .query({ query, variables: { id, after }, fetchPolicy: 'network-only' })
            .catch((error: unknown) => setProblem(problemOf(error)))
            .finally(() => setBusy(false));
        }}
      >
        {t('directory.profile.more')}
      </button>
    </>
  );
}
