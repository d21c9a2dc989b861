import type { FieldError, UseFormRegisterReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { TextField } from '../../components/TextField';

/**
 * A new password, as changing and resetting one ask for it: the API's reason when it refuses
 * one (too common, all spaces), else the length rule the form checks itself.
 */
export function NewPasswordField({
  error,
  registration,
}: {
  error?: FieldError;
  registration: UseFormRegisterReturn;
}) {
  const { t } = useTranslation();
  return (
    <TextField
      label={t('account.newPassword')}
      type="password"
      autoComplete="new-password"
      hint={t('account.newPasswordHint')}
      error={error && (error.type === 'server' ? error.message : t('account.newPasswordShort'))}
      {...registration}
    />
  );
}
