import { useMutation, useQuery } from '@apollo/client/react';
import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { z } from 'zod';
import { ProblemNotice } from '../../components/ProblemNotice';
import { QueryState } from '../../components/QueryState';
import { TextField } from '../../components/TextField';
import { graphql } from '../../graphql/generated';
import type {
  MailCadence,
  NotificationKind,
  SetMailPreferenceMutation,
} from '../../graphql/generated/graphql';
import { problemOf, type Problem } from '../../lib/api-errors';
import { useSubmitProblem } from '../../lib/use-problem';

// The mail section of /account (`/account#mail`, where every mail's "preferences" link
// lands): how each kind of notification also comes by e-mail, and the zone digests follow.

export const MAIL_PREFERENCES = graphql(`
  query MailPreferences {
    me {
      id
      timeZone
    }
    mailPreferences {
      kind
      cadence
      isDefault
    }
  }
`);

export const SET_MAIL_PREFERENCE = graphql(`
  mutation SetMailPreference($kind: NotificationKind!, $cadence: MailCadence!) {
    setMailPreference(kind: $kind, cadence: $cadence) {
      kind
      cadence
      isDefault
    }
  }
`);

export const SET_TIME_ZONE = graphql(`
  mutation SetMailTimeZone($input: UpdateMeInput!) {
    updateMe(input: $input) {
      id
      timeZone
    }
  }
`);

const CADENCES: readonly MailCadence[] = ['IMMEDIATE', 'DAILY', 'WEEKLY', 'OFF'];

export function MailPreferences() {
  const { t } = useTranslation();
  const { data, loading, error } = useQuery(MAIL_PREFERENCES);
  const section = useRef<HTMLElement>(null);
  const { hash } = useLocation();
  // The browser scrolls to #mail only if it exists on load; this section comes a request later.
  const ready = Boolean(data);
  useEffect(() => {
    if (ready && hash === '#mail') section.current?.scrollIntoView();
  }, [ready, hash]);
  return (
    <section id="mail" ref={section} aria-labelledby="account-mail-title" className="panel">
      <h2 id="account-mail-title">{t('mailPreferences.title')}</h2>
      <p>{t('mailPreferences.intro')}</p>
      <QueryState loading={loading} error={error}>
        {() => (
          <>
            <TimeZoneForm timeZone={data?.me?.timeZone ?? ''} />
            <CadenceTable preferences={data?.mailPreferences ?? []} />
          </>
        )}
      </QueryState>
    </section>
  );
}

interface Preference {
  kind: NotificationKind;
  cadence: MailCadence;
  isDefault: boolean;
}

/** One select per kind, saved as soon as it changes; one confirmation line for the last save. */
function CadenceTable({ preferences }: { preferences: readonly Preference[] }) {
  const { t } = useTranslation();
  const [setMailPreference] = useMutation(SET_MAIL_PREFERENCE);
  const [saved, setSaved] = useState<string | null>(null);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [saving, setSaving] = useState<NotificationKind | null>(null);
  const label = (kind: NotificationKind) => t(`mailPreferences.kinds.${kind}`);
  const change = async (kind: NotificationKind, cadence: MailCadence) => {
    setSaved(null);
    setProblem(null);
    setSaving(kind);
    try {
      await setMailPreference({
        variables: { kind, cadence },
        // The select shows the choice at once; a refusal puts the saved one back. The
        // __typename (which the generated type leaves out) files the guess under its kind.
        optimisticResponse: {
          setMailPreference: {
            __typename: 'MailPreference',
            kind,
            cadence,
            isDefault: false,
          } as SetMailPreferenceMutation['setMailPreference'],
        },
      });
      setSaved(
        t('mailPreferences.saved', {
          kind: label(kind),
          cadence: t(`mailPreferences.cadences.${cadence}`),
        }),
      );
    } catch (error) {
      setProblem(problemOf(error));
    } finally {
      setSaving(null);
    }
  };
  return (
    <>
      <ProblemNotice problem={problem} />
      <SavedNotice message={saved} />
      <table className="mail-preferences">
        <caption>{t('mailPreferences.kindsLabel')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('mailPreferences.kind')}</th>
            <th scope="col">{t('mailPreferences.cadence')}</th>
          </tr>
        </thead>
        <tbody>
          {preferences.map((preference) => (
            <tr key={preference.kind}>
              <th scope="row">
                <label htmlFor={`mail-${preference.kind}`}>{label(preference.kind)}</label>
              </th>
              <td>
                <select
                  id={`mail-${preference.kind}`}
                  value={preference.cadence}
                  disabled={saving === preference.kind}
                  onChange={(event) =>
                    void change(preference.kind, event.target.value as MailCadence)
                  }
                >
                  {CADENCES.map((cadence) => (
                    <option key={cadence} value={cadence}>
                      {t(`mailPreferences.cadences.${cadence}`)}
                    </option>
                  ))}
                </select>
                {preference.isDefault ? (
                  <span className="hint"> {t('mailPreferences.byDefault')}</span>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

const zoneSchema = z.object({ timeZone: z.string().trim().min(1) });
type ZoneValues = z.infer<typeof zoneSchema>;
const ZONE_FIELDS = ['timeZone'] as const;
/** The zones this browser knows, offered as suggestions; the API decides what is valid. */
const KNOWN_ZONES =
  typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];

function TimeZoneForm({ timeZone }: { timeZone: string }) {
  const { t } = useTranslation();
  const [setTimeZone] = useMutation(SET_TIME_ZONE);
  const [saved, setSaved] = useState<string | null>(null);
  const { register, handleSubmit, setError, formState } = useForm<ZoneValues>({
    resolver: zodResolver(zoneSchema),
    defaultValues: { timeZone },
  });
  const { problem, run } = useSubmitProblem(setError, ZONE_FIELDS);
  const error = formState.errors.timeZone;
  const onSubmit = handleSubmit(async ({ timeZone: zone }) => {
    setSaved(null);
    let answered = zone.trim();
    const done = await run(async () => {
      const { data } = await setTimeZone({ variables: { input: { timeZone: zone.trim() } } });
      answered = data?.updateMe.timeZone ?? answered;
    });
    if (done) setSaved(t('mailPreferences.timeZoneSaved', { zone: answered }));
  });
  return (
    <form onSubmit={onSubmit} noValidate>
      <ProblemNotice problem={problem} />
      <SavedNotice message={saved} />
      <TextField
        label={t('mailPreferences.timeZone')}
        hint={t('mailPreferences.timeZoneHint')}
        list="mail-time-zones"
        autoComplete="off"
        error={
          error && (error.type === 'server' ? error.message : t('mailPreferences.timeZoneRequired'))
        }
        {...register('timeZone')}
      />
      <datalist id="mail-time-zones">
        {KNOWN_ZONES.map((zone) => (
          <option key={zone} value={zone} />
        ))}
      </datalist>
      <button type="submit" className="primary" disabled={formState.isSubmitting}>
        {t('mailPreferences.saveTimeZone')}
      </button>
    </form>
  );
}

/** What was just saved, announced. */
function SavedNotice({ message }: { message: string | null }) {
  return message ? (
    <p className="notice notice-ok" role="status">
      {message}
    </p>
  ) : null;
}
