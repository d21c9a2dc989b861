import { useMutation } from '@apollo/client/react';
import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { ProblemNotice } from '../../../components/ProblemNotice';
import { TextField } from '../../../components/TextField';
import type { CommitteeKind } from '../../../graphql/generated/graphql';
import { useSubmitProblem } from '../../../lib/use-problem';
import { CREATE_COMMITTEE, STAFF_COMMITTEES } from './committee-documents';

const KINDS: CommitteeKind[] = ['CIVIL_EXPERT', 'CITIZEN', 'MIXED'];
const schema = z.object({
  name: z.string().trim().min(3, 'nameError').max(120, 'nameError'),
  kind: z.enum(KINDS as [CommitteeKind, ...CommitteeKind[]]),
});
type Values = z.infer<typeof schema>;
const FIELDS = ['name', 'kind'] as const;

/** A new committee of the hub; it joins the hub's list in the cache, by name. */
export function CreateCommittee({ hubId }: { hubId: string }) {
  const { t } = useTranslation();
  const [createCommittee] = useMutation(CREATE_COMMITTEE);
  const { register, handleSubmit, setError, formState, reset } = useForm<Values>({
    resolver: zodResolver(schema),
    defaultValues: { name: '', kind: 'MIXED' },
  });
  const { problem, run } = useSubmitProblem(setError, FIELDS);
  const say = (error?: { type?: string; message?: string }) =>
    error &&
    (error.type === 'server' ? error.message : t(`staffCommittees.create.${error.message}`));
  const onSubmit = handleSubmit(async (values) => {
    const done = await run(() =>
      createCommittee({
        variables: { input: { hubId, name: values.name.trim(), kind: values.kind } },
        update(cache, { data }) {
          const created = data?.createCommittee;
          if (!created) return;
          cache.updateQuery({ query: STAFF_COMMITTEES, variables: { hubId } }, (list) =>
            list
              ? {
                  ...list,
                  committees: [...list.committees, created].sort((a, b) =>
                    a.name.localeCompare(b.name),
                  ),
                }
              : list,
          );
        },
      }),
    );
    if (done) reset();
  });
  return (
    <form
      className="inline-form"
      onSubmit={onSubmit}
      noValidate
      aria-labelledby="create-committee-title"
    >
      <h2 id="create-committee-title">{t('staffCommittees.create.title')}</h2>
      <ProblemNotice problem={problem} />
      <TextField
        label={t('staffCommittees.create.name')}
        error={say(formState.errors.name)}
        {...register('name')}
      />
      <div className="field">
        <label htmlFor="committee-kind">{t('staffCommittees.create.kind')}</label>
        <select id="committee-kind" {...register('kind')}>
          {KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {t(`staffCommittees.committees.kind.${kind}`)}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="primary" disabled={formState.isSubmitting}>
        {t('staffCommittees.create.submit')}
      </button>
    </form>
  );
}
