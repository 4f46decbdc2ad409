/**
 * A user form's submit against the server: a refusal that names fields (a login id taken, a school
 * unknown) is shown next to those fields like any validation message; anything else becomes one
 * message above the form, cleared again when the admin retries.
 */
import { useState } from 'react';
import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import { apiErrorMessageKey } from '../../../lib/api-error-message';
import { useI18n } from '../../../lib/i18n/i18n';
import { applyServerFieldErrors } from '../components/server-field-errors';

export function useSubmitWithServerErrors<T extends FieldValues>(fields: readonly Path<T>[], setError: UseFormSetError<T>) {
  const { t } = useI18n();
  const [submitError, setSubmitError] = useState<string | undefined>();
  const run = async (send: () => Promise<void>) => {
    setSubmitError(undefined);
    try {
      await send();
    } catch (error) {
      if (!applyServerFieldErrors(error, fields, setError)) setSubmitError(t(apiErrorMessageKey(error)));
    }
  };
  return { submitError, run };
}
