import { useMutation } from '@apollo/client/react';
import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { ProblemNotice } from '../../components/ProblemNotice';
import { TextField } from '../../components/TextField';
import type { PolicyArea, ProjectDetailFragment } from '../../graphql/generated/graphql';
import { currentLanguage } from '../../i18n/i18n';
import { formatDateTime } from '../../lib/park-time';
import { useSubmitProblem } from '../../lib/use-problem';
import { POLICY_AREAS } from './policy-areas';
import { RECORD_OUTCOME } from './project-documents';

const schema = z.object({
  indicator: z.string().trim().min(1, 'indicator').max(120, 'indicator'),
  value: z
    .string()
    .trim()
    .regex(/^\d+(\.\d+)?$/, 'value'),
  unit: z.string().trim().min(1, 'unit').max(40, 'unit'),
  policyArea: z.string().min(1),
  note: z.string(),
});
type Values = z.infer<typeof schema>;
const FIELDS = ['indicator', 'value', 'unit', 'policyArea', 'note'] as const;

/** What the project has achieved; workers record outcomes while it runs and after. */
export function Outcomes({ project }: { project: ProjectDetailFragment; onReload: () => void }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const number = new Intl.NumberFormat(language === 'ko' ? 'ko-KR' : 'en-GB');
  return (
    <section aria-labelledby="outcomes-title">
      <h2 id="outcomes-title">{t('project.page.outcomes')}</h2>
      {project.outcomes.length === 0 ? (
        <p>{t('project.page.noOutcomes')}</p>
      ) : (
        <ul className="outcomes">
          {project.outcomes.map((outcome) => (
            <li key={outcome.id}>
              <p>
                <strong>{outcome.indicator}</strong>: {number.format(outcome.value)} {outcome.unit}
              </p>
              <p className="hint">
                {t(`project.policyArea.${outcome.policyArea}`)} ·{' '}
                {formatDateTime(outcome.recordedAt, language)}
              </p>
              {outcome.note ? <p>{outcome.note}</p> : null}
            </li>
          ))}
        </ul>
      )}
      {project.availableActions.includes('RECORD_OUTCOME') ? (
        <RecordOutcome
          projectId={project.id}
          firstArea={project.policyAreas[0] ?? 'ECONOMY_JOBS'}
        />
      ) : null}
    </section>
  );
}

function RecordOutcome({ projectId, firstArea }: { projectId: string; firstArea: PolicyArea }) {
  const { t } = useTranslation();
  const [recordOutcome] = useMutation(RECORD_OUTCOME);
  const { register, handleSubmit, setError, formState, reset } = useForm<Values>({
    resolver: zodResolver(schema),
    defaultValues: { indicator: '', value: '', unit: '', policyArea: firstArea, note: '' },
  });
  const { problem, run } = useSubmitProblem(setError, FIELDS);
  const errors = formState.errors;
  const say = (error?: { type?: string; message?: string }) =>
    error && (error.type === 'server' ? error.message : t(`project.errors.${error.message}`));
  const onSubmit = handleSubmit(async (values) => {
    const done = await run(() =>
      recordOutcome({
        variables: {
          projectId,
          input: {
            indicator: values.indicator,
            value: Number(values.value),
            unit: values.unit,
            policyArea: values.policyArea as PolicyArea,
            note: values.note.trim() || null,
          },
        },
      }),
    );
    if (done)
      reset({ indicator: '', value: '', unit: '', policyArea: values.policyArea, note: '' });
  });
  return (
    <form
      className="inline-form"
      onSubmit={onSubmit}
      noValidate
      aria-label={t('project.page.recordOutcome')}
    >
      <h3>{t('project.page.recordOutcome')}</h3>
      <ProblemNotice problem={problem} />
      <div className="row">
        <TextField
          label={t('project.page.indicator')}
          error={say(errors.indicator)}
          {...register('indicator')}
        />
        <TextField
          label={t('project.page.value')}
          inputMode="decimal"
          error={say(errors.value)}
          {...register('value')}
        />
        <TextField label={t('project.page.unit')} error={say(errors.unit)} {...register('unit')} />
      </div>
      <div className="field">
        <label htmlFor={`outcome-area-${projectId}`}>{t('project.page.policyArea')}</label>
        <select id={`outcome-area-${projectId}`} {...register('policyArea')}>
          {POLICY_AREAS.map((area) => (
            <option key={area} value={area}>
              {t(`project.policyArea.${area}`)}
            </option>
          ))}
        </select>
      </div>
      <TextField label={t('project.page.note')} {...register('note')} />
      <button type="submit" disabled={formState.isSubmitting}>
        {t('project.page.record')}
      </button>
    </form>
  );
}
