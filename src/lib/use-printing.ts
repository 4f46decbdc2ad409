/**
 * Whether the page is being printed (the browser's print dialog, or print media emulated): a screen that
 * draws only what is on screen (a virtual list) draws everything then. Browsers switch the `print`
 * media query on before laying out the printout, and React renders a store's change synchronously.
 */
import { useSyncExternalStore } from 'react';

// jsdom (unit tests) has no matchMedia.
const printMedia = () => window.matchMedia?.('print');

function subscribe(onChange: () => void): () => void {
  const media = printMedia();
  media?.addEventListener('change', onChange);
  return () => media?.removeEventListener('change', onChange);
}

export function usePrinting(): boolean {
  return useSyncExternalStore(subscribe, () => printMedia()?.matches === true, () => false);
}
