import { fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { useDisclosure } from './use-disclosure';

function Menu() {
  const { buttonProps, panelProps } = useDisclosure();
  return (
    <>
      <button {...buttonProps}>Menu</button>
      <div {...panelProps}>
        <a href="#settings">Settings</a>
        <button type="button">Sign out</button>
      </div>
      <p>Page text</p>
      <a href="#after">After</a>
    </>
  );
}

const menuButton = () => screen.getByRole('button', { name: 'Menu' });

describe('a disclosure menu', () => {
  it('says whether it is open, and opens and closes with its button', async () => {
    const user = userEvent.setup();
    render(<Menu />);
    expect(menuButton().getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByRole('link', { name: 'Settings' })).toBeNull();
    await user.click(menuButton());
    expect(menuButton().getAttribute('aria-expanded')).toBe('true');
    expect(menuButton().getAttribute('aria-controls')).toBe(screen.getByRole('link', { name: 'Settings' }).parentElement!.id);
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
