import { useApolloClient, useMutation } from '@apollo/client/react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemNotice } from '../../components/ProblemNotice';
import type { PartnershipThreadFragment } from '../../graphql/generated/graphql';
import { currentLanguage } from '../../i18n/i18n';
import { problemOf, type Problem } from '../../lib/api-errors';
import { formatDateTime } from '../../lib/park-time';
import { ADD_COMMENT, MORE_COMMENTS } from './partnership-documents';

/**
 * The partnership's private thread, oldest first. A new comment comes back in the mutation's
 * PartnershipCommentPayload (the thread ending with it), so the list updates without a refetch.
 */
export function CommentThread({ partnership }: { partnership: PartnershipThreadFragment }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const client = useApolloClient();
  const bodyId = useId();
  const [body, setBody] = useState('');
  const [invalid, setInvalid] = useState(false);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [addComment, { loading }] = useMutation(ADD_COMMENT);
  const { edges, pageInfo } = partnership.comments;

  const submit = async () => {
    const text = body.trim();
    if (text.length < 1 || text.length > 4000) {
      setInvalid(true);
      return;
    }
    setInvalid(false);
    setProblem(null);
    try {
      await addComment({ variables: { id: partnership.id, body: text } });
      setBody('');
    } catch (error) {
      setProblem(problemOf(error));
    }
  };

  return (
    <section aria-labelledby="comments-title" className="thread">
      <h2 id="comments-title">
        {t('partnership.page.comments')}{' '}
        <span className="count">{partnership.comments.totalCount}</span>
      </h2>
      {edges.length === 0 ? <p>{t('partnership.page.noComments')}</p> : null}
      <ol className="comments">
        {edges.map(({ node }) => (
          <li key={node.id}>
            <p className="comment-meta">
              <strong>{node.author?.displayName ?? t('partnership.page.unknownAuthor')}</strong>{' '}
              <time dateTime={node.createdAt}>{formatDateTime(node.createdAt, language)}</time>
            </p>
            <p className="comment-body">{node.body}</p>
          </li>
        ))}
      </ol>
      {pageInfo.hasNextPage ? (
        <button
          type="button"
          onClick={() =>
            void client.query({
              query: MORE_COMMENTS,
              variables: { id: partnership.id, after: pageInfo.endCursor },
            })
          }
        >
          {t('partnership.page.moreComments')}
        </button>
      ) : null}
      <form
        className="comment-form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <ProblemNotice problem={problem} />
        <div className="field">
          <label htmlFor={bodyId}>{t('partnership.page.comment')}</label>
          <textarea
            id={bodyId}
            rows={3}
            value={body}
            aria-invalid={invalid || undefined}
            aria-describedby={invalid ? `${bodyId}-error` : undefined}
            onChange={(event) => setBody(event.target.value)}
          />
          {invalid ? (
            <p id={`${bodyId}-error`} className="field-error" role="alert">
              {t('partnership.errors.comment')}
            </p>
          ) : null}
        </div>
        <button type="submit" className="primary" disabled={loading}>
          {t('partnership.page.send')}
        </button>
      </form>
    </section>
  );
}
