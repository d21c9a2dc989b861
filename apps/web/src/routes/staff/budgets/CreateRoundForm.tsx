import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation } from '@apollo/client/react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { z } from 'zod';
import { ProblemNotice } from '../../../components/ProblemNotice';
import { TextField } from '../../../components/TextField';
import type { BudgetVoterRule, TallyMethod } from '../../../graphql/generated/graphql';
import { useSubmitProblem } from '../../../lib/use-problem';
import { CREATE_BUDGET_ROUND } from './budget-round-documents';

// The API's own bounds (docs/api.md, createBudgetRound), checked before sending.
const count = z
  .string()
  .trim()
  .regex(/^[1-9]\d?$/, 'selections')
  .refine((value) => Number(value) <= 50, 'selections');
const schema = z
  .object({
    title: z.string().trim().min(3, 'title').max(160, 'title'),
    totalBudget: z
      .string()
      .trim()
      .regex(/^[1-9]\d{0,14}$/, 'budget'),
    maxSelections: count,
    minSelections: count,
    tallyMethod: z.enum(['GREEDY', 'EQUAL_SHARES']),
    requireVerifiedVoters: z.boolean(),
    voterRule: z.enum(['SIGNED_IN', 'HUB_MEMBERS']),
  })
  .refine((values) => Number(values.minSelections) <= Number(values.maxSelections), {
    path: ['minSelections'],
    message: 'minAboveMax',
  });
type Values = z.infer<typeof schema>;
const FIELDS = ['title', 'totalBudget', 'maxSelections', 'minSelections', 'tallyMethod'] as const;

/** A new round of the hub, created DRAFT; the page moves on to it. */
export function CreateRoundForm({ hubId, hubName }: { hubId: string; hubName: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [create] = useMutation(CREATE_BUDGET_ROUND, {
    // The hub's list (Hub.budgetRounds, newest first) gains the new round without a refetch.
    update(cache, { data }) {
      const round = data?.createBudgetRound;
      if (!round) return;
      cache.modify({
        id: cache.identify({ __typename: 'Hub', id: round.hub.id }),
        fields: {
          budgetRounds: (existing, { toReference }) => [
            toReference({ __typename: 'BudgetRound', id: round.id }),
            ...(Array.isArray(existing) ? existing : []),
          ],
        },
      });
    },
  });
  const { register, handleSubmit, setError, formState } = useForm<Values>({
    resolver: zodResolver(schema),
    defaultValues: {
      title: '',
      totalBudget: '',
      maxSelections: '3',
      minSelections: '1',
      tallyMethod: 'EQUAL_SHARES',
      requireVerifiedVoters: true,
      voterRule: 'SIGNED_IN',
    },
  });
  const { problem, run } = useSubmitProblem(setError, FIELDS);
  const errors = formState.errors;
  const say = (error?: { type?: string; message?: string }) =>
    error && (error.type === 'server' ? error.message : t(`staffBudgets.errors.${error.message}`));

  const onSubmit = handleSubmit(async (values) => {
    let id = '';
    const done = await run(async () => {
      const result = await create({
        variables: {
          input: {
            hubId,
            title: values.title,
            totalBudget: Number(values.totalBudget),
            maxSelections: Number(values.maxSelections),
            minSelections: Number(values.minSelections),
            tallyMethod: values.tallyMethod as TallyMethod,
            requireVerifiedVoters: values.requireVerifiedVoters,
            voterRule: values.voterRule as BudgetVoterRule,
          },
        },
      });
      id = result.data?.createBudgetRound.id ?? '';
    });
    if (done && id) navigate(`/staff/budget-rounds/${id}`);
  });

  return (
    <section aria-labelledby="new-round-title" className="inline-form">
      <h2 id="new-round-title">{t('staffBudgets.create.title', { hub: hubName })}</h2>
      <form onSubmit={onSubmit} noValidate>
        <ProblemNotice problem={problem} />
        <TextField
          label={t('staffBudgets.create.name')}
          error={say(errors.title)}
          {...register('title')}
        />
        <TextField
          label={t('staffBudgets.create.budget')}
          inputMode="numeric"
          hint={t('staffBudgets.create.budgetHint')}
          error={say(errors.totalBudget)}
          {...register('totalBudget')}
        />
        <div className="row">
          <TextField
            label={t('staffBudgets.create.minSelections')}
            inputMode="numeric"
            error={say(errors.minSelections)}
            {...register('minSelections')}
          />
          <TextField
            label={t('staffBudgets.create.maxSelections')}
            inputMode="numeric"
            error={say(errors.maxSelections)}
            {...register('maxSelections')}
          />
        </div>
        <div className="field">
          <label htmlFor="new-round-method">{t('staffBudgets.create.method')}</label>
          <select id="new-round-method" {...register('tallyMethod')}>
            <option value="EQUAL_SHARES">{t('project.round.method.EQUAL_SHARES')}</option>
            <option value="GREEDY">{t('project.round.method.GREEDY')}</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor="new-round-voters">{t('staffBudgets.create.voterRule')}</label>
          <select id="new-round-voters" {...register('voterRule')}>
            <option value="SIGNED_IN">{t('project.round.voterRule.SIGNED_IN')}</option>
            <option value="HUB_MEMBERS">{t('project.round.voterRule.HUB_MEMBERS')}</option>
          </select>
        </div>
        <div className="check">
          <input type="checkbox" id="new-round-verified" {...register('requireVerifiedVoters')} />
          <label htmlFor="new-round-verified">{t('staffBudgets.create.verifiedOnly')}</label>
        </div>
        <button type="submit" className="primary" disabled={formState.isSubmitting}>
          {t('staffBudgets.create.submit')}
        </button>
      </form>
    </section>
  );
}
