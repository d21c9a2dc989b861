import { useMutation } from '@apollo/client/react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { ProblemNotice } from '../../components/ProblemNotice';
import { graphql } from '../../graphql/generated';
import { problemOf, type Problem } from '../../lib/api-errors';

// Answers the session's user, so the console knows at once that the address is verified.
const VERIFY_EMAIL = graphql(`
  mutation VerifyEmail($token: String!) {
    verifyEmail(token: $token) {
      id
      emailVerified
    }
  }
`);

/** `/verify-email?token=…`, where the verification e-mail's link lands: verifies once, on arrival. */
export default function VerifyEmail() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const [verify] = useMutation(VERIFY_EMAIL);
  const [outcome, setOutcome] = useState<'working' | 'verified' | Problem>('working');
  // Strict mode mounts twice in development; a link is good once, so it is sent once.
  const asked = useRef(false);
  useEffect(() => {
    if (asked.current) return;
    asked.current = true;
    verify({ variables: { token } })
      .then(() => setOutcome('verified'))
      .catch((error: unknown) => setOutcome(problemOf(error)));
  }, [verify, token]);
  return (
    <section className="narrow" aria-labelledby="verify-email-title">
      <h1 id="verify-email-title">{t('verifyEmail.title')}</h1>
      {outcome === 'working' ? (
        <p role="status">{t('verifyEmail.working')}</p>
      ) : outcome === 'verified' ? (
        <p className="notice notice-ok" role="status">
          {t('verifyEmail.done')} <Link to="/">{t('verifyEmail.home')}</Link>
        </p>
      ) : (
        <>
          <ProblemNotice problem={outcome} />
          <p>
            {t('verifyEmail.failed')} <Link to="/account#email">{t('verifyEmail.again')}</Link>
          </p>
        </>
      )}
    </section>
  );
}
