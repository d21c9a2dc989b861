import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { z } from 'zod';
import { useSession } from '../../app/session';
import { ProblemNotice } from '../../components/ProblemNotice';
import { TextField } from '../../components/TextField';
import { useSubmitProblem } from '../../lib/use-problem';

const schema = z.object({
  displayName: z.string().trim().min(1).max(100),
  email: z.string().trim().email(),
  password: z.string().min(10),
});
type Values = z.infer<typeof schema>;
const FIELDS = ['displayName', 'email', 'password'] as const;

export default function SignUp() {
  const { t } = useTranslation();
  const { signUp } = useSession();
  const navigate = useNavigate();
  const { register, handleSubmit, setError, formState } = useForm<Values>({
    resolver: zodResolver(schema),
  });
  const { problem, run } = useSubmitProblem(setError, FIELDS);
  const errors = formState.errors;

  const onSubmit = handleSubmit(async ({ email, password, displayName }) => {
    if (await run(() => signUp(email, password, displayName))) navigate('/', { replace: true });
  });

  return (
    <section className="narrow" aria-labelledby="sign-up-title">
      <h1 id="sign-up-title">{t('signUp.title')}</h1>
      <form onSubmit={onSubmit} noValidate>
        <ProblemNotice problem={problem} />
        <TextField
          label={t('field.displayName')}
          autoComplete="name"
          error={
            errors.displayName &&
            (errors.displayName.message && errors.displayName.type === 'server'
              ? errors.displayName.message
              : t('signUp.nameRequired'))
          }
          {...register('displayName')}
        />
        <TextField
          label={t('field.email')}
          type="email"
          autoComplete="email"
          error={
            errors.email &&
            (errors.email.type === 'server' ? errors.email.message : t('signIn.emailInvalid'))
          }
          {...register('email')}
        />
        <TextField
          label={t('field.password')}
          type="password"
          autoComplete="new-password"
          hint={t('signUp.passwordHint')}
          error={
            errors.password &&
            (errors.password.type === 'server'
              ? errors.password.message
              : t('signUp.passwordShort'))
          }
          {...register('password')}
        />
        <button type="submit" className="primary" disabled={formState.isSubmitting}>
          {t('action.signUp')}
        </button>
      </form>
      <p>
        {t('signUp.haveAccount')} <Link to="/sign-in">{t('action.signIn')}</Link>
      </p>
    </section>
  );
}
