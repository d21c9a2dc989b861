import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { useMutation } from '@apollo/client/react';
import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { z } from 'zod';
import { useSession } from '../../app/session';
import { ProblemNotice } from '../../components/ProblemNotice';
import { TextField } from '../../components/TextField';
import { graphql } from '../../graphql/generated';
import { useSubmitProblem } from '../../lib/use-problem';

const DELETE_MY_ACCOUNT = graphql(`
  mutation DeleteMyAccount($password: String!) {
    deleteMyAccount(password: $password)
  }
`);

const schema = z.object({ password: z.string().min(1) });
type Values = z.infer<typeof schema>;
const FIELDS = ['password'] as const;

interface Owned {
  id: string;
  name: string;
}

/** The stakeholders a SOLE_OWNER refusal names, if that is what the error is. */
function soleOwnerOf(error: unknown): Owned[] | null {
  if (!CombinedGraphQLErrors.is(error)) return null;
  const extensions = error.errors[0]?.extensions as
    { reason?: string; stakeholders?: Owned[] } | undefined;
  return extensions?.reason === 'SOLE_OWNER' ? (extensions.stakeholders ?? []) : null;
}

/** Erases the account for good, once the password is typed again (docs/privacy.md). */
export function DeleteAccount() {
  const { t } = useTranslation();
  const { signOut } = useSession();
  const navigate = useNavigate();
  const [deleteMyAccount] = useMutation(DELETE_MY_ACCOUNT);
  const [soleOwner, setSoleOwner] = useState<Owned[] | null>(null);
  const { register, handleSubmit, setError, formState } = useForm<Values>({
    resolver: zodResolver(schema),
    defaultValues: { password: '' },
  });
  const { problem, run } = useSubmitProblem(setError, FIELDS);
  const errors = formState.errors;

  const onSubmit = handleSubmit(async ({ password }) => {
    setSoleOwner(null);
    let owned: Owned[] | null = null;
    const done = await run(async () => {
      try {
        await deleteMyAccount({ variables: { password } });
      } catch (error) {
        owned = soleOwnerOf(error);
        if (!owned) throw error;
      }
    });
    if (owned) {
      setSoleOwner(owned);
      return;
    }
    if (!done) return;
    await signOut();
    navigate('/', { replace: true });
  });

  return (
    <form
      onSubmit={onSubmit}
      noValidate
      className="your-data-delete"
      aria-labelledby="delete-account-title"
    >
      <h3 id="delete-account-title">{t('yourData.deleteTitle')}</h3>
      <p>{t('yourData.deleteAbout')}</p>
      <ProblemNotice problem={problem} />
      {soleOwner ? (
        <div className="notice notice-problem" role="alert">
          <p>{t('yourData.soleOwner')}</p>
          <ul>
            {soleOwner.map((s) => (
              <li key={s.id}>
                <Link to={`/stakeholders/${s.id}`}>{s.name}</Link>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <TextField
        label={t('yourData.password')}
        type="password"
        autoComplete="current-password"
        error={
          errors.password &&
          (errors.password.type === 'server'
            ? t('yourData.passwordWrong')
            : t('yourData.passwordRequired'))
        }
        {...register('password')}
      />
      <button type="submit" className="danger" disabled={formState.isSubmitting}>
        {t('yourData.delete')}
      </button>
    </form>
  );
}
