import { useTranslation } from 'react-i18next';
import type { UseFormRegisterReturn } from 'react-hook-form';
import { currentLanguage } from '../i18n/i18n';
import { Field } from './Field';
import { TextAreaField, TextField } from './TextField';

// What proposing a partnership and proposing a project ask alike: the hub it is proposed to,
// and its name and summary (each area's own words: `<area>.propose.name`, `.summary`, …).

type Hub = { id: string; name: string; nameKo: string };

/** The hubs to propose to, named in the reader's language. */
export function HubChoice({
  label,
  hubs,
  error,
  ref,
  ...select
}: {
  label: string;
  hubs: Hub[];
  error?: string;
  ref?: React.Ref<HTMLSelectElement>;
} & React.SelectHTMLAttributes<HTMLSelectElement>) {
  const language = currentLanguage();
  return (
    <Field label={label} error={error}>
      {(control) => (
        <select {...control} ref={ref} {...select}>
          {hubs.map((hub) => (
            <option key={hub.id} value={hub.id}>
              {language === 'ko' ? hub.nameKo : hub.name}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

/** The proposal's name and its summary (with the area's hint on what to write). */
export function ProposalWording({
  area,
  title,
  summary,
  errors,
}: {
  area: 'partnership' | 'project';
  title: UseFormRegisterReturn;
  summary: UseFormRegisterReturn;
  errors: { title?: string; summary?: string };
}) {
  const { t } = useTranslation();
  return (
    <>
      <TextField label={t(`${area}.propose.name`)} error={errors.title} {...title} />
      <TextAreaField
        label={t(`${area}.propose.summary`)}
        hint={t(`${area}.propose.summaryHint`)}
        rows={5}
        error={errors.summary}
        {...summary}
      />
    </>
  );
}
