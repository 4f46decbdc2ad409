import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { SignInResult } from '../../../auth/session-store';
import { I18nProvider } from '../../../lib/i18n/i18n';
import { SignInForm } from './sign-in-form';

const signIn = vi.hoisted(() => vi.fn<(loginId: string, password: string, opts: object) => Promise<SignInResult>>());
vi.mock('../../../auth/use-session', () => ({ signIn }));

const renderForm = () =>
  render(
    <I18nProvider>
      <SignInForm />
    </I18nProvider>,
  );
const loginId = () => screen.getByLabelText(/^ログインID/);
const password = () => screen.getByLabelText(/^パスワード/);

describe('the sign-in form', () => {
  beforeEach(() => signIn.mockReset());

  it('says which field is missing, focuses the first, and takes the message away once it is filled in', async () => {
    const user = userEvent.setup();
    renderForm();
    await user.type(loginId(), 'tanaka');
    await user.click(screen.getByRole('button', { name: 'サインイン' }));
    expect(await screen.findByText('入力してください')).toBeTruthy();
    expect(password().getAttribute('aria-invalid')).toBe('true');
    expect(loginId().getAttribute('aria-invalid')).toBe('false');
    expect(document.activeElement).toBe(password());
    await user.type(password(), 'x');
    expect(screen.queryByText('入力してください')).toBeNull();
    expect(signIn).not.toHaveBeenCalled();
  });

  it('signs in with the id trimmed, shows the busy state meanwhile, and puts a wrong password next to its field', async () => {
    let answer: (result: SignInResult) => void = () => {};
    signIn.mockReturnValue(new Promise((resolve) => (answer = resolve)));
    const user = userEvent.setup();
    renderForm();
    await user.type(loginId(), '  tanaka ');
    await user.type(password(), 'secret');
    await user.click(screen.getByRole('button', { name: 'サインイン' }));
    const busy = await screen.findByRole('button', { name: 'サインイン中…' });
    expect(busy.getAttribute('aria-busy')).toBe('true');
    expect((busy as HTMLButtonElement).disabled).toBe(true);
    expect(signIn).toHaveBeenCalledWith('tanaka', 'secret', { discardOtherUsersChanges: false, replacePasscode: false });
    answer({ ok: false, reason: 'invalid-credentials' });
    expect(await screen.findByText('ログインIDまたはパスワードが正しくありません')).toBeTruthy();
    expect(password().getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(password());
    expect((screen.getByRole('button', { name: 'サインイン' }) as HTMLButtonElement).disabled).toBe(false);
  });
});
