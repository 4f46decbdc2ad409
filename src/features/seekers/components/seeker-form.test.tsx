import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '../../../lib/i18n/i18n';
import { SeekerForm } from './seeker-form';

function renderForm(onSubmit = vi.fn(async (_fields: unknown) => {})) {
  render(
    <MemoryRouter>
      <I18nProvider>
        <SeekerForm onSubmit={onSubmit} onCancel={() => {}} />
      </I18nProvider>
    </MemoryRouter>,
  );
  return onSubmit;
}

async function fillValidSeeker(user: ReturnType<typeof userEvent.setup>, phone: string, birthDate = '1988-07-14') {
  await user.type(screen.getByLabelText(/^姓/), '北野');
  await user.type(screen.getByLabelText(/^名/), '遥');
  await user.type(screen.getByLabelText(/^セイ（/), 'きたの');
  await user.type(screen.getByLabelText(/^メイ（/), 'はるか');
  if (birthDate) await user.type(screen.getByLabelText(/^生年月日/), birthDate);
  await user.type(screen.getByLabelText(/^電話番号/), phone);
  await user.click(screen.getByLabelText(/利用目的/));
}

describe('seeker form', () => {
  it('shows the Japanese phone error next to the field and does not submit', async () => {
    const user = userEvent.setup();
    const onSubmit = renderForm();
    await fillValidSeeker(user, '0166-23');
    await user.click(screen.getByRole('button', { name: '保存' }));
    const phone = screen.getByLabelText(/^電話番号/);
    expect(phone.getAttribute('aria-invalid')).toBe('true');
    expect(await screen.findByText(/電話番号の形式が正しくありません/)).toBeTruthy();
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('requires consent to the purpose of use before registering', async () => {
    const user = userEvent.setup();
    const onSubmit = renderForm();
    await fillValidSeeker(user, '090-1234-5678');
    await user.click(screen.getByLabelText(/利用目的/));
    await user.click(screen.getByRole('button', { name: '保存' }));
    expect(await screen.findByText('登録には利用目的への同意が必要です')).toBeTruthy();
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('submits the parsed record: katakana readings and a normalised phone', async () => {
    const user = userEvent.setup();
    const onSubmit = renderForm();
    await fillValidSeeker(user, '０９０ １２３４ ５６７８');
    await user.click(screen.getByRole('button', { name: '保存' }));
    await vi.waitFor(() => expect(onSubmit).toHaveBeenCalledTimes(1));
    expect(onSubmit.mock.calls[0]![0]).toMatchObject({ familyNameKana: 'キタノ', givenNameKana: 'ハルカ', phone: '09012345678', consentDataUse: true });
  });

  it('takes the birth date in 和暦, 元年 included, shows it in both calendars and submits the ISO date', async () => {
    const user = userEvent.setup();
    const onSubmit = renderForm();
    await fillValidSeeker(user, '090-1234-5678', '平成元年1月8日');
    expect(screen.getByText(/^1989年1月8日（平成元年） ・ \d+歳$/u)).toBeTruthy();
    await user.click(screen.getByRole('button', { name: '保存' }));
    await vi.waitFor(() => expect(onSubmit).toHaveBeenCalledTimes(1));
    expect(onSubmit.mock.calls[0]![0]).toMatchObject({ birthDate: '1989-01-08' });
  });

  it('says when the era typed has no such day, and does not submit it', async () => {
    const user = userEvent.setup();
    const onSubmit = renderForm();
    await fillValidSeeker(user, '090-1234-5678', '昭和64年1月8日');
    expect(screen.getByText('昭和は昭和元年12月25日から昭和64年1月7日までです')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: '保存' }));
    expect(await screen.findByText('日付を正しく入力してください')).toBeTruthy();
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('asks for a missing birth date to be entered, not corrected', async () => {
    const user = userEvent.setup();
    const onSubmit = renderForm();
    await fillValidSeeker(user, '090-1234-5678', '');
    await user.click(screen.getByRole('button', { name: '保存' }));
    const birth = screen.getByLabelText(/^生年月日/);
    expect(birth.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(birth.getAttribute('aria-describedby')!.split(' ').at(-1)!)?.textContent).toBe('入力してください');
    expect(screen.queryByText('日付を正しく入力してください')).toBeNull();
    expect(onSubmit).not.toHaveBeenCalled();
  });
});
