import { useMutation } from '@apollo/client/react';
import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { ProblemNotice } from '../../../components/ProblemNotice';
import { TextField } from '../../../components/TextField';
import type { FundingSource, StaffProjectDetailFragment } from '../../../graphql/generated/graphql';
import { formatWon } from '../../../lib/park-time';
import { useSubmitProblem } from '../../../lib/use-problem';
import { ALLOCATE_FUNDING } from './committee-documents';

// PARTICIPATORY_BUDGET money comes only from a tally, so staff are not offered it.
const SOURCES: FundingSource[] = ['MUNICIPAL_BUDGET', 'GRANT', 'PARTNER'];
const FIELDS = ['source', 'amount', 'note'] as const;

const schema = z.object({
  source: z.enum(SOURCES as [FundingSource, ...FundingSource[]]),
  amount: z
    .string()
    .trim()
    .regex(/^\d+$/, 'amountError')
    .refine((value) => Number(value) >= 1, 'amountError'),
  note: z.string().max(1000),
});
type Values = z.infer<typeof schema>;

/** What is still needed, and an allocation by source while availableActions offers one. */
export function FundingForm({
  project,
  onReload,
}: {
  project: StaffProjectDetailFragment;
  onReload: () => void;
}) {
  const { t } = useTranslation();
  const remaining = Math.max(project.requestedBudget - project.fundedAmount, 0);
  const [allocate] = useMutation(ALLOCATE_FUNDING);
  const { register, handleSubmit, setError, formState, reset } = useForm<Values>({
    resolver: zodResolver(schema),
    defaultValues: { source: 'MUNICIPAL_BUDGET', amount: '', note: '' },
  });
  const { problem, run } = useSubmitProblem(setError, FIELDS);
  const say = (error?: { type?: string; message?: string }) =>
    error &&
    (error.type === 'server' ? error.message : t(`staffCommittees.funding.${error.message}`));
  const onSubmit = handleSubmit(async (values) => {
    // Never past the request: the API refuses it too, but the reader's words say why here.
    if (Number(values.amount) > remaining) {
      setError('amount', { type: 'client', message: 'amountError' });
      return;
    }
    const note = values.note.trim();
    const done = await run(() =>
      allocate({
        variables: {
          projectId: project.id,
          source: values.source,
          amount: Number(values.amount),
          note: note || null,
        },
      }),
    );
    if (done) reset();
  });
  return (
    <>
      <dl className="facts">
        <div>
          <dt>{t('staffCommittees.funding.remaining')}</dt>
          <dd className="money" data-testid="funding-remaining">
            {formatWon(remaining)}
          </dd>
        </div>
      </dl>
      {project.availableActions.includes('ALLOCATE_FUNDING') ? (
        <form
          className="inline-form funding-form"
          onSubmit={onSubmit}
          noValidate
          aria-label={t('staffCommittees.funding.submit')}
        >
          <ProblemNotice problem={problem} onReload={onReload} />
          <div className="field">
            <label htmlFor="funding-source">{t('staffCommittees.funding.source')}</label>
            <select
              id="funding-source"
              aria-describedby="funding-source-hint"
              {...register('source')}
            >
              {SOURCES.map((source) => (
                <option key={source} value={source}>
                  {t(`project.source.${source}`)}
                </option>
              ))}
            </select>
            <p id="funding-source-hint" className="hint">
              {t('staffCommittees.funding.participatory')}
            </p>
          </div>
          <TextField
            label={t('staffCommittees.funding.amount')}
            inputMode="numeric"
            error={say(formState.errors.amount)}
            {...register('amount')}
          />
          <TextField label={t('staffCommittees.funding.note')} {...register('note')} />
          <button type="submit" className="primary" disabled={formState.isSubmitting}>
            {t('staffCommittees.funding.submit')}
          </button>
        </form>
      ) : null}
    </>
  );
}
