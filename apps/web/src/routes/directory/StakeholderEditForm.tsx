import { useApolloClient, useMutation } from '@apollo/client/react';
import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { ProblemNotice } from '../../components/ProblemNotice';
import { graphql } from '../../graphql/generated';
import type { StakeholderProfileFragment } from '../../graphql/generated/graphql';
import { problemOf } from '../../lib/api-errors';
import { useSubmitProblem } from '../../lib/use-problem';
import { PROFILE_PAGE } from './profile-documents';
import {
  changedFields,
  inputOf,
  STAKEHOLDER_FIELDS,
  stakeholderSchema,
  takenName,
  valuesOf,
  type StakeholderValues,
} from './stakeholder-form';
import { StakeholderFields } from './StakeholderFields';

const UPDATE = graphql(`
  mutation UpdateStakeholder($id: ID!, $input: UpdateStakeholderInput!, $version: Int!) {
    updateStakeholder(id: $id, input: $input, version: $version) {
      id
      ...StakeholderProfile
    }
  }
`);

/**
 * The owner's and admins' edit form, with optimistic concurrency: a save on a stale version is
 * a CONFLICT; reload brings the latest version (and says what changed) and keeps what was typed.
 */
export function StakeholderEditForm({
  stakeholder,
  onDone,
}: {
  stakeholder: StakeholderProfileFragment;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const client = useApolloClient();
  const [update] = useMutation(UPDATE);
  // The version the form was opened on (or last reloaded): what a save claims to change.
  const [base, setBase] = useState(() => ({
    version: stakeholder.version,
    values: valuesOf(stakeholder),
  }));
  const [changed, setChanged] = useState<{ field: keyof StakeholderValues; now: string }[]>([]);
  const { register, handleSubmit, setError, formState } = useForm<StakeholderValues>({
    resolver: zodResolver(stakeholderSchema),
    defaultValues: base.values,
  });
  const { problem, setProblem, run } = useSubmitProblem(setError, STAKEHOLDER_FIELDS);

  const onSubmit = handleSubmit(async (values) => {
    let nameTaken = false;
    const saved = await run(async () => {
      try {
        await update({
          variables: { id: stakeholder.id, input: inputOf(values), version: base.version },
        });
      } catch (error) {
        const taken = takenName(error);
        if (!taken) throw error;
        nameTaken = true;
        setError('name', { type: 'server', message: taken });
      }
    });
    if (saved && !nameTaken) onDone();
  });

  const reload = async () => {
    try {
      const { data } = await client.query({
        query: PROFILE_PAGE,
        variables: { id: stakeholder.id },
        fetchPolicy: 'network-only',
      });
      const latest = data?.stakeholder;
      if (!latest) return;
      const now = valuesOf(latest);
      const show = (field: keyof StakeholderValues) => {
        const value = now[field];
        if (field === 'kind') return t(`directory.kinds.${now.kind}`);
        if (field === 'policyAreas')
          return now.policyAreas.map((area) => t(`directory.areas.${area}`)).join(', ');
        return (Array.isArray(value) ? value.join(', ') : value) || t('directory.edit.empty');
      };
      setChanged(changedFields(base.values, now).map((field) => ({ field, now: show(field) })));
      setBase({ version: latest.version, values: now });
      setProblem(null);
    } catch (error) {
      setProblem(problemOf(error));
    }
  };

  return (
    <section aria-labelledby="edit-title" className="panel edit-panel">
      <h2 id="edit-title">{t('directory.edit.title')}</h2>
      <form onSubmit={onSubmit} noValidate>
        <ProblemNotice problem={problem} onReload={() => void reload()} />
        {changed.length ? (
          <div className="notice notice-info" role="status">
            <p>
              <strong>{t('directory.edit.changedTitle')}</strong>
            </p>
            <p>{t('directory.edit.changedIntro')}</p>
            <ul>
              {changed.map(({ field, now }) => (
                <li key={field}>
                  {t(`directory.field.${field}`)} — {t('directory.edit.now', { value: now })}
                </li>
              ))}
            </ul>
          </div>
        ) : null}
        <StakeholderFields register={register} errors={formState.errors} />
        <div className="actions">
          <button type="submit" className="primary" disabled={formState.isSubmitting}>
            {t('action.save')}
          </button>
          <button type="button" onClick={onDone}>
            {t('directory.edit.cancel')}
          </button>
        </div>
      </form>
    </section>
  );
}
