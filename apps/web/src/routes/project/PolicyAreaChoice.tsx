import type { UseFormRegisterReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { POLICY_AREAS } from './policy-areas';

/** Checkboxes for the policy areas a proposal is filed under (none required). */
export function PolicyAreaChoice({
  legend,
  register,
}: {
  legend: string;
  register: UseFormRegisterReturn;
}) {
  const { t } = useTranslation();
  return (
    <fieldset className="field choice-grid">
      <legend>{legend}</legend>
      {POLICY_AREAS.map((area) => (
        <label key={area} className="check">
          <input type="checkbox" value={area} {...register} />
          {t(`project.policyArea.${area}`)}
        </label>
      ))}
    </fieldset>
  );
}
