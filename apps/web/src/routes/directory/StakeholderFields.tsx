import { useId } from 'react';
import type { FieldErrors, UseFormRegister } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { TextField } from '../../components/TextField';
import { KINDS, POLICY_AREAS } from './directory-query';
import type { StakeholderValues } from './stakeholder-form';

/** The profile's fields, shared by the create and the edit form. */
export function StakeholderFields({
  register,
  errors,
}: {
  register: UseFormRegister<StakeholderValues>;
  errors: FieldErrors<StakeholderValues>;
}) {
  const { t } = useTranslation();
  const id = useId();
  // A server message (type "server") is shown as it came; ours are in the catalogue.
  const message = (field: keyof StakeholderValues, fallback: string) => {
    const error = errors[field];
    if (!error) return undefined;
    return error.type === 'server' && error.message ? error.message : fallback;
  };
  return (
    <>
      <TextField
        label={t('directory.field.name')}
        error={message('name', t('directory.invalid.name'))}
        {...register('name')}
      />
      <div className="field">
        <label htmlFor={`${id}-kind`}>{t('directory.field.kind')}</label>
        <select id={`${id}-kind`} {...register('kind')}>
          {KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {t(`directory.kinds.${kind}`)}
            </option>
          ))}
        </select>
      </div>
      <fieldset className="field checkbox-grid">
        <legend>{t('directory.field.policyAreas')}</legend>
        {POLICY_AREAS.map((area) => (
          <label key={area} className="checkbox">
            <input type="checkbox" value={area} {...register('policyAreas')} />
            {t(`directory.areas.${area}`)}
          </label>
        ))}
      </fieldset>
      <div className="field">
        <label htmlFor={`${id}-description`}>{t('directory.field.description')}</label>
        <textarea
          id={`${id}-description`}
          rows={5}
          aria-invalid={errors.description ? true : undefined}
          {...register('description')}
        />
        {errors.description ? (
          <p className="field-error" role="alert">
            {errors.description.message}
          </p>
        ) : null}
      </div>
      <TextField
        label={t('directory.field.website')}
        type="url"
        inputMode="url"
        placeholder="https://"
        error={message('website', t('directory.invalid.website'))}
        {...register('website')}
      />
      <TextField
        label={t('directory.field.contactEmail')}
        type="email"
        error={message('contactEmail', t('directory.invalid.contactEmail'))}
        {...register('contactEmail')}
      />
      <TextField
        label={t('directory.field.tags')}
        hint={t('directory.field.tagsHint')}
        error={message('tags', '')}
        {...register('tags')}
      />
    </>
  );
}
