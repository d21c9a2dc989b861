import { useFragment, useMutation, useQuery } from '@apollo/client/react';
import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { z } from 'zod';
import { SESSION_USER, type SessionUser } from '../../app/resume-session';
import { useSession } from '../../app/session';
import { ProblemNotice } from '../../components/ProblemNotice';
import { TextField } from '../../components/TextField';
import { graphql } from '../../graphql/generated';
import { languageOf, switchLanguage } from '../../i18n/i18n';
import { useSubmitProblem } from '../../lib/use-problem';
import { EmailVerification } from './EmailVerification';
import { NewPasswordField } from './NewPasswordField';
import { CalendarFeedPanel } from './CalendarFeedPanel';
import { MailPreferences } from './MailPreferences';
import { YourData } from './YourData';
import './account.css';

// Answers the SessionUser, so the header's name changes with no request of its own.
const UPDATE_ME = graphql(`
  mutation UpdateMe($input: UpdateMeInput!) {
    updateMe(input: $input) {
      ...SessionUser
    }
  }
`);

const CHANGE_PASSWORD = graphql(`
  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {
    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)
  }
`);

// One request for the sections below, read fresh on each visit (the download links are
// signed for minutes): the sections then read it from the cache, so the first view stays two
// requests (this and resuming the session).
const ACCOUNT_SECTIONS = graphql(`
  query AccountSections {
    me {
      id
      calendarFeedUrl
      timeZone
    }
    mailPreferences {
      kind
      cadence
      isDefault
    }
    myDataExports {
      ...DataExportRow
    }
  }
`);

/** `/account`: name, language (the console follows the saved one), e-mail, password, calendar and mail. */
export default function Account() {
  const { t } = useTranslation();
  const { user } = useSession();
  const sections = useQuery(ACCOUNT_SECTIONS, { skip: !user, fetchPolicy: 'network-only' });
  const sectionsReady = Boolean(sections.data) || Boolean(sections.error);
  return (
    <section className="narrow account" aria-labelledby="account-title">
      <h1 id="account-title">{t('account.title')}</h1>
      {user ? (
        <>
          <ProfileForm user={user} />
          <EmailVerification user={user} />
          <PasswordForm />
          {sectionsReady ? (
            <>
              <CalendarFeedPanel />
              <MailPreferences />
              <YourData />
            </>
          ) : null}
        </>
      ) : (
        <p>
          {t('account.signInFirst')} <Link to="/sign-in?next=/account">{t('action.signIn')}</Link>
        </p>
      )}
    </section>
  );
}

const profileSchema = z.object({
  displayName: z.string().trim().min(1).max(80),
  locale: z.enum(['ko', 'en']),
});
type ProfileValues = z.infer<typeof profileSchema>;
const PROFILE_FIELDS = ['displayName', 'locale'] as const;

function ProfileForm({ user }: { user: SessionUser }) {
  const { t } = useTranslation();
  // As the cache has it: the header's language switch saves the locale there too.
  const { data } = useFragment({
    fragment: SESSION_USER,
    from: { __typename: 'User', id: user.id },
  });
  const [updateMe] = useMutation(UPDATE_ME);
  const [saved, setSaved] = useState(false);
  const { register, handleSubmit, setError, formState } = useForm<ProfileValues>({
    resolver: zodResolver(profileSchema),
    defaultValues: {
      displayName: data?.displayName ?? user.displayName,
      locale: languageOf(data?.locale ?? user.locale),
    },
  });
  const { problem, run } = useSubmitProblem(setError, PROFILE_FIELDS);
  const errors = formState.errors;
  const onSubmit = handleSubmit(async ({ displayName, locale }) => {
    setSaved(false);
    let savedLocale: string | undefined;
    const done = await run(async () => {
      const { data } = await updateMe({
        variables: { input: { displayName: displayName.trim(), locale } },
      });
      savedLocale = data?.updateMe.locale;
    });
    if (!done) return;
    setSaved(true);
    switchLanguage(languageOf(savedLocale ?? locale));
  });
  return (
    <section aria-labelledby="account-profile-title" className="panel">
      <h2 id="account-profile-title">{t('account.profile')}</h2>
      <form onSubmit={onSubmit} noValidate>
        <ProblemNotice problem={problem} />
        {saved ? (
          <p className="notice notice-ok" role="status">
            {t('account.profileSaved')}
          </p>
        ) : null}
        <TextField
          label={t('field.displayName')}
          autoComplete="name"
          error={
            errors.displayName &&
            (errors.displayName.type === 'server'
              ? errors.displayName.message
              : t('account.nameRequired'))
          }
          {...register('displayName')}
        />
        <div className="field">
          <label htmlFor="account-locale">{t('account.language')}</label>
          <select id="account-locale" {...register('locale')}>
            <option value="ko" lang="ko">
              {t('account.korean')}
            </option>
            <option value="en" lang="en">
              {t('account.english')}
            </option>
          </select>
        </div>
        <button type="submit" className="primary" disabled={formState.isSubmitting}>
          {t('account.saveProfile')}
        </button>
      </form>
    </section>
  );
}

const passwordSchema = z.object({
  currentPassword: z.string().min(1),
  newPassword: z.string().min(10),
});
type PasswordValues = z.infer<typeof passwordSchema>;
const PASSWORD_FIELDS = ['currentPassword', 'newPassword'] as const;

function PasswordForm() {
  const { t } = useTranslation();
  const [changePassword] = useMutation(CHANGE_PASSWORD);
  const [changed, setChanged] = useState(false);
  const { register, handleSubmit, setError, formState, reset } = useForm<PasswordValues>({
    resolver: zodResolver(passwordSchema),
    defaultValues: { currentPassword: '', newPassword: '' },
  });
  const { problem, run } = useSubmitProblem(setError, PASSWORD_FIELDS);
  const errors = formState.errors;
  const onSubmit = handleSubmit(async (values) => {
    setChanged(false);
    if (await run(() => changePassword({ variables: values }))) {
      reset();
      setChanged(true);
    }
  });
  return (
    <section aria-labelledby="account-password-title" className="panel">
      <h2 id="account-password-title">{t('account.password')}</h2>
      <form onSubmit={onSubmit} noValidate>
        <ProblemNotice problem={problem} />
        {changed ? (
          <p className="notice notice-ok" role="status">
            {t('account.passwordChanged')}
          </p>
        ) : null}
        <TextField
          label={t('account.currentPassword')}
          type="password"
          autoComplete="current-password"
          error={
            errors.currentPassword &&
            (errors.currentPassword.type === 'server'
              ? t('account.currentWrong')
              : t('account.currentRequired'))
          }
          {...register('currentPassword')}
        />
        <NewPasswordField error={errors.newPassword} registration={register('newPassword')} />
        <button type="submit" className="primary" disabled={formState.isSubmitting}>
          {t('account.changePassword')}
        </button>
      </form>
    </section>
  );
}
