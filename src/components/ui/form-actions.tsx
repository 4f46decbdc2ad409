/**
 * The row under a form: an optional cancel and the submit button. The submit is disabled and says
 * "saving" while the save runs, so a second tap cannot store the record twice.
 */
import { useI18n } from '../../lib/i18n/i18n';

export function FormActions({ busy, onCancel, submitLabel, disabled = false }: {
  busy: boolean;
  /** No cancel button without it (a form that stays on its screen has nothing to go back to). */
  onCancel?: () => void;
  /** Defaults to "save". */
  submitLabel?: string;
  /** A reason besides `busy` to refuse submitting, e.g. nothing changed yet. */
  disabled?: boolean;
}) {
  const { t } = useI18n();
  return (
    <div className="form__actions">
      {onCancel ? (
        <button type="button" className="button button--secondary" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      ) : null}
      <button type="submit" className="button button--primary" disabled={busy || disabled}>
        {busy ? t('common.saving') : (submitLabel ?? t('common.save'))}
      </button>
    </div>
  );
}
