/**
 * A button that shows and hides a panel over the page (the header's menu): the WAI-ARIA disclosure
 * pattern (aria-expanded, aria-controls), so its content stays ordinary links and buttons reached with
 * Tab. Escape closes it and puts the focus back on its button; a tap outside, or the focus leaving
 * both, closes it too, so it never stays open over the screen. A modal dialog opened from inside the
 * panel keeps it open (its Escape is the dialog's own).
 */
import { useCallback, useEffect, useId, useRef, useState, type FocusEvent, type KeyboardEvent } from 'react';

export function useDisclosure() {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const buttonRef = useRef<HTMLButtonElement>(null);
  const panelRef = useRef<HTMLDivElement>(null);
  const inside = useCallback((node: EventTarget | null) => node instanceof Node && Boolean(panelRef.current?.contains(node) || buttonRef.current?.contains(node)), []);
  const close = useCallback(() => setOpen(false), []);

  useEffect(() => {
    if (!open) return;
    const onPointerDown = (event: PointerEvent) => {
      if (!inside(event.target)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [open, inside]);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || (event.target as Element).closest('dialog')) return;
    event.preventDefault();
    setOpen(false);
    buttonRef.current?.focus();
  };
  // relatedTarget is null when the focus goes nowhere (a tap on plain text): the pointer handler decides then.
  const onBlur = (event: FocusEvent) => {
    if (event.relatedTarget && !inside(event.relatedTarget)) setOpen(false);
  };

  return {
    open,
    close,
    buttonProps: { ref: buttonRef, type: 'button' as const, 'aria-expanded': open, 'aria-controls': panelId, onClick: () => setOpen((o) => !o), onKeyDown, onBlur },
    panelProps: { ref: panelRef, id: panelId, hidden: !open, onKeyDown, onBlur },
  };
}
