import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { z } from 'zod';
import { useSession } from '../../app/session';
import { TextField } from '../../components/TextField';
import { useSubmitProblem } from '../../lib/use-problem';
import { SessionForm } from './SessionForm';

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
    <SessionForm
      id="sign-in-title"
      title={t('signIn.title')}
      problem={problem}
      onSubmit={onSubmit}
      submitting={formState.isSubmitting}
      submit={t('action.signIn')}
      other={{ question: t('signIn.noAccount'), to: '/sign-up', label: t('action.signUp') }}
    >
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
    </SessionForm>
  );
}

/** Only a path on this site: `?next=https://elsewhere` must not send anyone away. */
export function safeNext(next: string | null): string {
  return next && next.startsWith('/') && !next.startsWith('//') ? next : '/';
}
