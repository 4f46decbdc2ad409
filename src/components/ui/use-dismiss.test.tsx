import { fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useCallback, useMemo, useRef, useState } from 'react';
import { describe, expect, it } from 'vitest';
import { useDismiss } from './use-dismiss';

function Panel({ refs, onClose }: { refs: Parameters<typeof useDismiss>[0]; onClose: (returnFocus: boolean) => void }) {
  useDismiss(refs, onClose);
  return (
    <>
      <a href="#settings">Settings</a>
      <button type="button">Sign out</button>
    </>
  );
}

/** A disclosure as the header's menu is built: the button, and a panel that closes itself. */
function Menu() {
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const panel = useRef<HTMLDivElement>(null);
  const refs = useMemo(() => [button, panel], []);
  const close = useCallback((returnFocus: boolean) => {
    setOpen(false);
    if (returnFocus) button.current?.focus();
  }, []);
  return (
    <>
      <button ref={button} type="button" aria-expanded={open} onClick={() => setOpen(!open)}>
        Menu
      </button>
      <div ref={panel}>{open ? <Panel refs={refs} onClose={close} /> : null}</div>
      <p>Page text</p>
      <a href="#after">After</a>
    </>
  );
}

const menuButton = () => screen.getByRole('button', { name: 'Menu' });

describe('a popup that closes itself', () => {
  it('stays open while the focus and taps stay inside it or on its button', async () => {
    const user = userEvent.setup();
    render(<Menu />);
    await user.click(menuButton());
    await user.tab();
    await user.tab();
    fireEvent.pointerDown(screen.getByRole('button', { name: 'Sign out' }));
    expect(menuButton().getAttribute('aria-expanded')).toBe('true');
    await user.click(menuButton());
    expect(menuButton().getAttribute('aria-expanded')).toBe('false');
  });

  it('closes on Escape and gives the focus back to its button', async () => {
    const user = userEvent.setup();
    render(<Menu />);
    await user.click(menuButton());
    await user.tab();
    expect(document.activeElement).toBe(screen.getByRole('link', { name: 'Settings' }));
    await user.keyboard('{Escape}');
    expect(menuButton().getAttribute('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe(menuButton());
  });

  it('closes when the focus leaves it or a tap lands outside it', async () => {
    const user = userEvent.setup();
    render(<Menu />);
    await user.click(menuButton());
    await user.tab();
    await user.tab();
    await user.tab();
    expect(document.activeElement).toBe(screen.getByRole('link', { name: 'After' }));
    expect(menuButton().getAttribute('aria-expanded')).toBe('false');
    await user.click(menuButton());
    fireEvent.pointerDown(screen.getByText('Page text'));
    expect(menuButton().getAttribute('aria-expanded')).toBe('false');
  });
});
