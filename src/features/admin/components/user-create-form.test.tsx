import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../../lib/api-request';
import { I18nProvider } from '../../../lib/i18n/i18n';
import type { CreateUserRequest } from '../../../shared/auth-protocol';
import { UserCreateForm } from './user-create-form';

const SCHOOL = { id: '0b7e6a52-3f3c-4a4e-9b1a-6d2f0c9e8a11', name: '旭川東高等学校' };

function renderForm(onSubmit = vi.fn(async (_request: CreateUserRequest) => {})) {
  render(
    <I18nProvider>
      <UserCreateForm schools={[SCHOOL]} onSubmit={onSubmit} />
    </I18nProvider>,
  );
  return onSubmit;
}

async function fillTeacher(user: ReturnType<typeof userEvent.setup>, password: string) {
  await user.type(screen.getByLabelText(/^ログインID/), 'Sato.Teacher');
  await user.type(screen.getByLabelText(/^氏名/), '佐藤 先生');
  await user.selectOptions(screen.getByLabelText(/^役割/), 'teacher');
  await user.type(screen.getByLabelText(/^初期パスワード/), password);
}

describe('user create form', () => {
  it('asks for a school when the role is teacher and does not submit', async () => {
    const user = userEvent.setup();
    const onSubmit = renderForm();
    await fillTeacher(user, 'long-enough-pw');
    await user.click(screen.getByRole('button', { name: '追加する' }));
    expect(await screen.findByText('教員は担当校を選んでください')).toBeTruthy();
    expect(screen.getByLabelText(/^担当校/).getAttribute('aria-invalid')).toBe('true');
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('says a short password must have 10 characters, together with the missing school', async () => {
    const user = userEvent.setup();
    const onSubmit = renderForm();
    await fillTeacher(user, 'short');
    await user.click(screen.getByRole('button', { name: '追加する' }));
    expect(await screen.findByText('パスワードは10文字以上にしてください')).toBeTruthy();
    // Both messages after one submit: the school rule runs even though the password failed.
    expect(screen.getByText('教員は担当校を選んでください')).toBeTruthy();
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('has no school field for other roles and submits a normalised request', async () => {
    const user = userEvent.setup();
    const onSubmit = renderForm();
    expect(screen.queryByLabelText(/^担当校/)).toBeNull();
    await user.type(screen.getByLabelText(/^ログインID/), 'ＹＡＭＡＤＡ');
    await user.type(screen.getByLabelText(/^氏名/), '山田 太郎');
    await user.type(screen.getByLabelText(/^初期パスワード/), 'correct-horse-1');
    await user.click(screen.getByRole('button', { name: '追加する' }));
    await vi.waitFor(() => expect(onSubmit).toHaveBeenCalledTimes(1));
    expect(onSubmit.mock.calls[0]![0]).toEqual({ loginId: 'yamada', displayName: '山田 太郎', role: 'coordinator', schoolId: null, password: 'correct-horse-1' });
  });

  it('submits a teacher with the chosen school', async () => {
    const user = userEvent.setup();
    const onSubmit = renderForm();
    await fillTeacher(user, 'long-enough-pw');
    await user.selectOptions(screen.getByLabelText(/^担当校/), SCHOOL.id);
    await user.click(screen.getByRole('button', { name: '追加する' }));
    await vi.waitFor(() => expect(onSubmit).toHaveBeenCalledTimes(1));
    expect(onSubmit.mock.calls[0]![0]).toMatchObject({ loginId: 'sato.teacher', role: 'teacher', schoolId: SCHOOL.id });
  });

  it('shows the server refusing a login id that is taken next to the field', async () => {
    const user = userEvent.setup();
    renderForm(vi.fn(async () => Promise.reject(new ApiError(409, 'login-taken'))));
    await user.type(screen.getByLabelText(/^ログインID/), 'admin');
    await user.type(screen.getByLabelText(/^氏名/), '重複 さん');
    await user.type(screen.getByLabelText(/^初期パスワード/), 'long-enough-pw');
    await user.click(screen.getByRole('button', { name: '追加する' }));
    expect(await screen.findByText('このログインIDはすでに使われています')).toBeTruthy();
    expect(screen.getByLabelText(/^ログインID/).getAttribute('aria-invalid')).toBe('true');
  });
});
