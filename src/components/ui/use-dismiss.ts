/**
 * Closes a popup that floats over the page (the header's menu) the ways people expect: Escape (the
 * focus goes back to the button that opened it), a tap outside it, or the focus moving elsewhere (Tab
 * past its last item), so it never stays open over the screen. A modal dialog opened from inside it
 * keeps it open: the dialog is inside, and its Escape is the dialog's own.
 */
import { useEffect, type RefObject } from 'react';

export function useDismiss(inside: RefObject<HTMLElement | null>[], onDismiss: (returnFocus: boolean) => void): void {
  useEffect(() => {
    const isInside = (node: EventTarget | null) => node instanceof Node && inside.some((ref) => ref.current?.contains(node));
    const outside = (event: Event) => {
      if (!isInside(event.target)) onDismiss(false);
    };
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || (event.target as Element).closest?.('dialog')) return;
      event.preventDefault();
      onDismiss(true);
    };
    document.addEventListener('pointerdown', outside);
    document.addEventListener('focusin', outside);
    document.addEventListener('keydown', onKeyDown);
    return () => {
      document.removeEventListener('pointerdown', outside);
      document.removeEventListener('focusin', outside);
      document.removeEventListener('keydown', onKeyDown);
    };
  }, [inside, onDismiss]);
}
