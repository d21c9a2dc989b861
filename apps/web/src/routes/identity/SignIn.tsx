import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { z } from 'zod';
import { useSession } from '../../app/session';
import { ProblemNotice } from '../../components/ProblemNotice';
import { TextField } from '../../components/TextField';
import { useSubmitProblem } from '../../lib/use-problem';

const schema = z.object({
  email: z.string().trim().email(),
  password: z.string().min(1),
});
type Values = z.infer<typeof schema>;
const FIELDS = ['email', 'password'] as const;

export default function SignIn() {
  const { t } = useTranslation();
  const { signIn } = useSession();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const { register, handleSubmit, setError, formState } = useForm<Values>({
    resolver: zodResolver(schema),
  });
  const { problem, run } = useSubmitProblem(setError, FIELDS);

  const onSubmit = handleSubmit(async ({ email, password }) => {
    if (await run(() => signIn(email, password)))
      navigate(safeNext(params.get('next')), { replace: true });
  });

  return (
    <section className="narrow" aria-labelledby="sign-in-title">
      <h1 id="sign-in-title">{t('signIn.title')}</h1>
      <form onSubmit={onSubmit} noValidate>
        <ProblemNotice problem={problem} />
        <TextField
          label={t('field.email')}
          type="email"
          autoComplete="email"
          error={formState.errors.email && t('signIn.emailInvalid')}
          {...register('email')}
        />
        <TextField
          label={t('field.password')}
          type="password"
          autoComplete="current-password"
          error={formState.errors.password && t('signIn.passwordRequired')}
          {...register('password')}
        />
        <button type="submit" className="primary" disabled={formState.isSubmitting}>
          {t('action.signIn')}
        </button>
      </form>
      <p>
        {t('signIn.noAccount')} <Link to="/sign-up">{t('action.signUp')}</Link>
      </p>
    </section>
  );
}

/** Only a path on this site: `?next=https://elsewhere` must not send anyone away. */
export function safeNext(next: string | null): string {
  return next && next.startsWith('/') && !next.startsWith('//') ? next : '/';
}
