import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { z } from 'zod';
import { useSession } from '../../app/session';
import { TextField } from '../../components/TextField';
import { useSubmitProblem } from '../../lib/use-problem';
import { SessionForm } from './SessionForm';

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
    <SessionForm
      id="sign-up-title"
      title={t('signUp.title')}
      problem={problem}
      onSubmit={onSubmit}
      submitting={formState.isSubmitting}
      submit={t('action.signUp')}
      other={{ question: t('signUp.haveAccount'), to: '/sign-in', label: t('action.signIn') }}
    >
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
          (errors.password.type === 'server' ? errors.password.message : t('signUp.passwordShort'))
        }
        {...register('password')}
      />
    </SessionForm>
  );
}
