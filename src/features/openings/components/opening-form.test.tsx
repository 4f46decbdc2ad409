import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { buildCompany } from '../../../../tests/factories';
import { I18nProvider } from '../../../lib/i18n/i18n';
import { OpeningForm } from './opening-form';

const company = buildCompany({ name: '美瑛ケアセンター', industry: 'care_welfare', town: 'biei' });

function renderForm(onSubmit = vi.fn(async (_fields: unknown) => {})) {
  render(
    <I18nProvider>
      <OpeningForm company={company} today="2026-06-01" onSubmit={onSubmit} onCancel={() => {}} />
    </I18nProvider>,
  );
  return onSubmit;
}

const value = (label: RegExp) => (screen.getByLabelText(label) as HTMLInputElement).value;

async function fillRequired(user: ReturnType<typeof userEvent.setup>) {
  await user.type(screen.getByLabelText(/^職種/), '介護補助');
  await user.type(screen.getByLabelText(/^仕事の内容/), '食事の配膳、シーツ交換');
  await user.type(screen.getByLabelText(/^就業時間/), '9:00〜15:00');
  await user.type(screen.getByLabelText(/^就業日/), '週3日');
  await user.type(screen.getByLabelText(/^賃金（円）/), '1100');
}

describe('opening form', () => {
  it("starts with the company's industry and town, received today and valid for three months", () => {
    renderForm();
    expect(screen.getByText('美瑛ケアセンター')).toBeTruthy();
    expect(value(/^業種/)).toBe('care_welfare');
    expect(value(/^就業場所（市町村）/)).toBe('biei');
    expect(value(/^受付年月日/)).toBe('2026-06-01');
    expect(value(/^有効期限/)).toBe('2026-09-01');
    expect(value(/^受入人数/)).toBe('1');
  });

  it('refuses no places and a validity ending before the opening was received, next to those fields', async () => {
    const user = userEvent.setup();
    const onSubmit = renderForm();
    await fillRequired(user);
    await user.clear(screen.getByLabelText(/^受入人数/));
    await user.type(screen.getByLabelText(/^受入人数/), '0');
    await user.clear(screen.getByLabelText(/^有効期限/));
    await user.type(screen.getByLabelText(/^有効期限/), '2026-05-31');
    await user.click(screen.getByRole('button', { name: '保存' }));
    expect(await screen.findByText('人数は1〜99で入力してください')).toBeTruthy();
    expect(screen.getByText('受付年月日以降の日付にしてください')).toBeTruthy();
    expect(screen.getByLabelText(/^有効期限/).getAttribute('aria-invalid')).toBe('true');
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('asks for the wage when it is left empty', async () => {
    const user = userEvent.setup();
    const onSubmit = renderForm();
    await fillRequired(user);
    await user.clear(screen.getByLabelText(/^賃金（円）/));
    await user.click(screen.getByRole('button', { name: '保存' }));
    expect(await screen.findByText('数値を入力してください')).toBeTruthy();
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('submits the opening for the company with numbers as numbers', async () => {
    const user = userEvent.setup();
    const onSubmit = renderForm();
    await fillRequired(user);
    await user.click(screen.getByLabelText('日給'));
    await user.click(screen.getByRole('button', { name: '保存' }));
    await vi.waitFor(() => expect(onSubmit).toHaveBeenCalledTimes(1));
    expect(onSubmit.mock.calls[0]![0]).toMatchObject({ companyId: company.id, jobType: '介護補助', wageUnit: 'daily', wageAmount: 1100, places: 1, town: 'biei', closedOn: '' });
  });
});
