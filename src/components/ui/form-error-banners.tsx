/**
 * The two banners above a form: "the form has errors" once a submit found invalid fields (the
 * field messages alone can be scrolled out of sight on a tablet), and the save's own failure.
 */
import { useI18n } from '../../lib/i18n/i18n';
import { ErrorBanner } from './banner';

export function FormErrorBanners({ hasInvalidFields = false, submitError, submitErrorId }: {
  /** True after a submit that validation stopped (react-hook-form: submitCount > 0 && !isValid). */
  hasInvalidFields?: boolean;
  submitError: string | undefined;
  /** Lets the form point aria-describedby at the save error. */
  submitErrorId?: string;
}) {
  const { t } = useI18n();
  return (
    <>
      <ErrorBanner message={hasInvalidFields ? t('common.formHasErrors') : undefined} />
      <ErrorBanner id={submitErrorId} message={submitError} />
    </>
  );
}
