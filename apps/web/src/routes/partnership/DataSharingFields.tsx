import type { UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { TextField } from '../../components/TextField';
import type { ProposalValues } from './ProposePartnership';

/** The terms a DATA partnership states: datasets, personal data, purpose, retention. */
export function DataSharingFields({
  form,
  say,
}: {
  form: UseFormReturn<ProposalValues>;
  say: (error?: { type?: string; message?: string }) => string | undefined;
}) {
  const { t } = useTranslation();
  const { register, formState } = form;
  const errors = formState.errors;
  return (
    <fieldset className="terms">
      <legend>{t('partnership.propose.terms')}</legend>
      <div className="field">
        <label htmlFor="terms-datasets">{t('partnership.propose.datasets')}</label>
        <textarea
          id="terms-datasets"
          rows={3}
          aria-invalid={errors.datasets ? true : undefined}
          aria-describedby="terms-datasets-hint"
          {...register('datasets')}
        />
        <p id="terms-datasets-hint" className="hint">
          {t('partnership.propose.datasetsHint')}
        </p>
        {errors.datasets ? (
          <p className="field-error" role="alert">
            {say(errors.datasets)}
          </p>
        ) : null}
      </div>
      <label className="check field">
        <input type="checkbox" {...register('personalData')} />
        {t('partnership.propose.personalData')}
      </label>
      <TextField
        label={t('partnership.propose.purpose')}
        hint={t('partnership.propose.purposeHint')}
        error={say(errors.purpose)}
        {...register('purpose')}
      />
      <TextField
        label={t('partnership.propose.retentionDays')}
        inputMode="numeric"
        hint={t('partnership.propose.retentionHint')}
        error={say(errors.retentionDays)}
        {...register('retentionDays')}
      />
    </fieldset>
  );
}
