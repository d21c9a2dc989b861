import { useMutation } from '@apollo/client/react';
import { zodResolver } from '@hookform/resolvers/zod';
import { useId } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { ProblemNotice } from '../../components/ProblemNotice';
import { graphql } from '../../graphql/generated';
import { useSubmitProblem } from '../../lib/use-problem';

const PLANS = ['COWORKING', 'RESIDENT', 'ASSOCIATE'] as const;

const schema = z.object({
  stakeholderId: z.string().min(1),
  plan: z.enum(PLANS),
  motivation: z.string().trim().min(10).max(2000),
});
type Values = z.infer<typeof schema>;
const FIELDS = ['stakeholderId', 'plan', 'motivation'] as const;

// The answer carries the stakeholder's memberships as a first page, which replaces the cached
// list: the new application shows on the hub page with no refetch.
const APPLY = graphql(`
  mutation ApplyToHub($input: ApplyForMembershipInput!) {
    applyForMembership(input: $input) {
      id
      ...MyApplication
      stakeholder {
        id
        availableActions
        memberships(first: 10) {
          edges {
            node {
              id
              hub {
                id
              }
              ...MyApplication
            }
          }
        }
      }
    }
  }
`);

/** Apply to join the hub for one of the stakeholders I may apply for: plan and motivation. */
export function ApplyToJoin({
  hubId,
  stakeholders,
}: {
  hubId: string;
  stakeholders: { id: string; name: string }[];
}) {
  const { t } = useTranslation();
  const id = useId();
  const [apply] = useMutation(APPLY);
  const { register, handleSubmit, setError, formState, reset } = useForm<Values>({
    resolver: zodResolver(schema),
    defaultValues: { stakeholderId: stakeholders[0]?.id ?? '', plan: 'COWORKING', motivation: '' },
  });
  const { problem, run } = useSubmitProblem(setError, FIELDS);
  const errors = formState.errors;

  const onSubmit = handleSubmit(async (values) => {
    const done = await run(() => apply({ variables: { input: { hubId, ...values } } }));
    if (done) reset({ ...values, motivation: '' });
  });

  const describedBy = (field: keyof Values, hint?: boolean) =>
    [hint ? `${id}-${field}-hint` : null, errors[field] ? `${id}-${field}-error` : null]
      .filter(Boolean)
      .join(' ') || undefined;
  const fieldError = (field: keyof Values, message: string) =>
    errors[field] ? (
      <p id={`${id}-${field}-error`} className="field-error" role="alert">
        {errors[field]?.type === 'server' ? errors[field]?.message : message}
      </p>
    ) : null;

  return (
    <form onSubmit={onSubmit} noValidate className="apply-form" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('membership.join.apply')}</h3>
      <ProblemNotice problem={problem} onReload={() => window.location.reload()} />
      <div className="field">
        <label htmlFor={`${id}-stakeholderId`}>{t('membership.join.stakeholder')}</label>
        <select
          id={`${id}-stakeholderId`}
          aria-invalid={errors.stakeholderId ? true : undefined}
          aria-describedby={describedBy('stakeholderId')}
          {...register('stakeholderId')}
        >
          {stakeholders.map((stakeholder) => (
            <option key={stakeholder.id} value={stakeholder.id}>
              {stakeholder.name}
            </option>
          ))}
        </select>
        {fieldError('stakeholderId', t('membership.join.stakeholderRequired'))}
      </div>
      <div className="field">
        <label htmlFor={`${id}-plan`}>{t('membership.join.plan')}</label>
        <select
          id={`${id}-plan`}
          aria-invalid={errors.plan ? true : undefined}
          aria-describedby={describedBy('plan')}
          {...register('plan')}
        >
          {PLANS.map((plan) => (
            <option key={plan} value={plan}>
              {t(`membership.plan.${plan}`)}
            </option>
          ))}
        </select>
        {fieldError('plan', t('membership.join.planRequired'))}
      </div>
      <div className="field">
        <label htmlFor={`${id}-motivation`}>{t('membership.join.motivation')}</label>
        <textarea
          id={`${id}-motivation`}
          rows={5}
          aria-invalid={errors.motivation ? true : undefined}
          aria-describedby={describedBy('motivation', true)}
          {...register('motivation')}
        />
        <p id={`${id}-motivation-hint`} className="hint">
          {t('membership.join.motivationHint')}
        </p>
        {fieldError('motivation', t('membership.join.motivationLength'))}
      </div>
      <button type="submit" className="primary" disabled={formState.isSubmitting}>
        {t('membership.join.submit')}
      </button>
    </form>
  );
}
