/**
 * Opens a <dialog> as a modal when it mounts (focus trapped, the page behind inert) and gives the
 * focus back to what opened it when it unmounts: the app removes its dialogs rather than closing
 * them, so the browser's own focus return never runs and a keyboard user would be left at the top.
 */
import { useEffect, useRef } from 'react';

export function useModalDialog() {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    // jsdom lacks showModal; `open` is the fallback there.
    if (dialog && !dialog.open) {
      if (typeof dialog.showModal === 'function') dialog.showModal();
      else dialog.setAttribute('open', '');
    }
    return () => opener?.focus();
  }, []);
  return ref;
}
