/**
 * The one submit button of the sign-in and passcode cards. It says what is happening while the
 * check runs (aria-busy too) and refuses a second tap meanwhile: on the lock screen a doubled
 * submit would count one wrong passcode twice.
 */
export function AuthSubmit({ busy, label, busyLabel }: { busy: boolean; label: string; busyLabel: string }) {
  return (
    <div className="form__actions">
      <button type="submit" className="button button--primary auth-form__submit" disabled={busy} aria-busy={busy}>
        {busy ? busyLabel : label}
      </button>
    </div>
  );
}
