import { useMutation } from '@apollo/client/react';
import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { z } from 'zod';
import { graphql } from '../../graphql/generated';
import { useSubmitProblem } from '../../lib/use-problem';
import { NewPasswordField } from './NewPasswordField';
import { SessionForm } from './SessionForm';

const RESET_PASSWORD = graphql(`
  mutation ResetPassword($token: String!, $newPassword: String!) {
    resetPassword(token: $token, newPassword: $newPassword)
  }
`);

const schema = z.object({ newPassword: z.string().min(10) });
type Values = z.infer<typeof schema>;
const FIELDS = ['newPassword'] as const;

/** `/reset-password?token=…`, where the reset e-mail's link lands: a new password, then sign in. */
export default function ResetPassword() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const [reset] = useMutation(RESET_PASSWORD);
  const [done, setDone] = useState(false);
  const { register, handleSubmit, setError, formState } = useForm<Values>({
    resolver: zodResolver(schema),
    defaultValues: { newPassword: '' },
  });
  const { problem, run } = useSubmitProblem(setError, FIELDS);
  const onSubmit = handleSubmit(async ({ newPassword }) => {
    const token = params.get('token') ?? '';
    if (await run(() => reset({ variables: { token, newPassword } }))) setDone(true);
  });
  if (done) {
    return (
      <section className="narrow" aria-labelledby="reset-password-title">
        <h1 id="reset-password-title">{t('resetPassword.title')}</h1>
        <p className="notice notice-ok" role="status">
          {t('resetPassword.done')} <Link to="/sign-in">{t('action.signIn')}</Link>
        </p>
      </section>
    );
  }
  return (
    <SessionForm
      id="reset-password-title"
      title={t('resetPassword.title')}
      problem={problem}
      onSubmit={onSubmit}
      submitting={formState.isSubmitting}
      submit={t('resetPassword.submit')}
      other={{ question: t('resetPassword.remembered'), to: '/sign-in', label: t('action.signIn') }}
    >
      <NewPasswordField
        error={formState.errors.newPassword}
        registration={register('newPassword')}
      />
    </SessionForm>
  );
}
