/** A one-time confirmation ("保存しました") passed through navigation state by the screen that saved. */
import { useLocation } from 'react-router';
import { useI18n } from '../../lib/i18n/i18n';
import type { MessageKey } from '../../lib/i18n/ja';

export function Flash() {
  const { t } = useI18n();
  const state = useLocation().state as { flash?: MessageKey } | null;
  if (!state?.flash) return null;
  return (
    <p className="banner banner--success" role="status">
      {t(state.flash)}
    </p>
  );
}
