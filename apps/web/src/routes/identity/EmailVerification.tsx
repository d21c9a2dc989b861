import { useFragment, useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SESSION_USER, type SessionUser } from '../../app/resume-session';
import { ProblemNotice } from '../../components/ProblemNotice';
import { graphql } from '../../graphql/generated';
import { problemOf, type Problem } from '../../lib/api-errors';

const REQUEST_VERIFICATION = graphql(`
  mutation RequestEmailVerification {
    requestEmailVerification
  }
`);

/**
 * `/account#email`: whether the address is verified and, if not, a new link. Invitations and
 * some budget rounds wait for it, and point here.
 */
export function EmailVerification({ user }: { user: SessionUser }) {
  const { t } = useTranslation();
  const { data } = useFragment({
    fragment: SESSION_USER,
    from: { __typename: 'User', id: user.id },
  });
  const verified = data?.emailVerified ?? user.emailVerified;
  const [request, { loading }] = useMutation(REQUEST_VERIFICATION);
  const [sent, setSent] = useState(false);
  const [problem, setProblem] = useState<Problem | null>(null);
  const send = async () => {
    setProblem(null);
    try {
      await request();
      setSent(true);
    } catch (error) {
      setProblem(problemOf(error));
    }
  };
  return (
    <section aria-labelledby="email" className="panel">
      <h2 id="email">{t('account.email.title')}</h2>
      {verified ? (
        <p>{t('account.email.verified')}</p>
      ) : (
        <>
          <p>{t('account.email.unverified')}</p>
          <ProblemNotice problem={problem} />
          {sent ? (
            <p className="notice notice-ok" role="status">
              {t('account.email.sent')}
            </p>
          ) : null}
          <button type="button" className="primary" onClick={send} disabled={loading}>
            {t('account.email.send')}
          </button>
        </>
      )}
    </section>
  );
}
