import { useMutation } from '@apollo/client/react';
import { zodResolver } from '@hookform/resolvers/zod';
import { useId } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { ProblemNotice } from '../../components/ProblemNotice';
import type { ReviewRecommendation } from '../../graphql/generated/graphql';
import { useSubmitProblem } from '../../lib/use-problem';
import { SUBMIT_REVIEW } from './review-documents';

const SCORES = ['1', '2', '3', '4', '5'] as const;
const RECOMMENDATIONS: ReviewRecommendation[] = ['APPROVE', 'REVISE', 'REJECT'];
const schema = z.object({
  score: z.enum(SCORES, { message: 'pick' }),
  recommendation: z.enum(RECOMMENDATIONS as [ReviewRecommendation, ...ReviewRecommendation[]], {
    message: 'pick',
  }),
  comment: z.string().trim().min(1, 'commentError').max(4000, 'commentError'),
});
type Values = z.infer<typeof schema>;
const FIELDS = ['score', 'recommendation', 'comment'] as const;

/** The member's own review: score, recommendation, comment; the answer replaces the card. */
export function ReviewForm({ projectId, title }: { projectId: string; title: string }) {
  const { t } = useTranslation();
  const id = useId();
  const [submit] = useMutation(SUBMIT_REVIEW);
  const { register, handleSubmit, setError, formState } = useForm<Values>({
    resolver: zodResolver(schema),
    defaultValues: { comment: '' },
  });
  const { problem, run } = useSubmitProblem(setError, FIELDS);
  const { errors } = formState;
  const say = (error?: { type?: string; message?: string }) =>
    error &&
    (error.type === 'server' ? error.message : t(`staffCommittees.reviews.${error.message}`));
  const onSubmit = handleSubmit(async (values) => {
    await run(() =>
      submit({
        variables: {
          projectId,
          score: Number(values.score),
          recommendation: values.recommendation,
          comment: values.comment.trim(),
        },
      }),
    );
  });
  const fieldError = (name: keyof Values) =>
    errors[name] ? (
      <p id={`${id}-${name}-error`} className="field-error" role="alert">
        {say(errors[name])}
      </p>
    ) : null;
  const described = (name: keyof Values) => (errors[name] ? `${id}-${name}-error` : undefined);
  return (
    <form
      className="inline-form review-form"
      onSubmit={onSubmit}
      noValidate
      aria-label={t('staffCommittees.reviews.form', { title })}
    >
      <ProblemNotice problem={problem} />
      <div className="row">
        <div className="field">
          <label htmlFor={`${id}-score`}>{t('staffCommittees.review.score')}</label>
          <select
            id={`${id}-score`}
            defaultValue=""
            aria-invalid={errors.score ? true : undefined}
            aria-describedby={described('score')}
            {...register('score')}
          >
            <option value="" disabled>
              {t('staffCommittees.reviews.pick')}
            </option>
            {SCORES.map((score) => (
              <option key={score} value={score}>
                {t('staffCommittees.review.scoreOption', { score })}
              </option>
            ))}
          </select>
          {fieldError('score')}
        </div>
        <div className="field">
          <label htmlFor={`${id}-recommendation`}>
            {t('staffCommittees.review.recommendation')}
          </label>
          <select
            id={`${id}-recommendation`}
            defaultValue=""
            aria-invalid={errors.recommendation ? true : undefined}
            aria-describedby={described('recommendation')}
            {...register('recommendation')}
          >
            <option value="" disabled>
              {t('staffCommittees.reviews.pick')}
            </option>
            {RECOMMENDATIONS.map((recommendation) => (
              <option key={recommendation} value={recommendation}>
                {t(`staffCommittees.review.recommend.${recommendation}`)}
              </option>
            ))}
          </select>
          {fieldError('recommendation')}
        </div>
      </div>
      <div className="field">
        <label htmlFor={`${id}-comment`}>{t('staffCommittees.review.comment')}</label>
        <textarea
          id={`${id}-comment`}
          rows={4}
          aria-invalid={errors.comment ? true : undefined}
          aria-describedby={described('comment')}
          {...register('comment')}
        />
        {fieldError('comment')}
      </div>
      <button type="submit" className="primary" disabled={formState.isSubmitting}>
        {t('staffCommittees.reviews.submit')}
      </button>
    </form>
  );
}
