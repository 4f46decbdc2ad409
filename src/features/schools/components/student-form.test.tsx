import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '../../../lib/i18n/i18n';
import { StudentForm } from './student-form';

const SCHOOL = { id: '5b0e4a4e-3f7b-4e59-9a3e-6f2d8f1c2a10', name: '東川高等学校' };

function renderForm(onSubmit = vi.fn(async (_fields: unknown) => {})) {
  render(
    <I18nProvider>
      <StudentForm schoolId={SCHOOL.id} schools={[SCHOOL]} onSubmit={onSubmit} onCancel={() => {}} />
    </I18nProvider>,
  );
  return onSubmit;
}

describe('student form', () => {
  it('names the school it registers the student at', () => {
    renderForm();
    expect(screen.getByText('東川高等学校')).toBeTruthy();
  });

  it('stores readings typed in half-width kana or hiragana as katakana, and no class number as none', async () => {
    const user = userEvent.setup();
    const onSubmit = renderForm();
    await user.type(screen.getByLabelText(/^姓/), '山田');
    await user.type(screen.getByLabelText(/^名/), '花子');
    await user.type(screen.getByLabelText(/^セイ/), 'ﾔﾏﾀﾞ');
    await user.type(screen.getByLabelText(/^メイ/), 'はなこ');
    await user.selectOptions(screen.getByLabelText(/^学年/), '2年');
    await user.type(screen.getByLabelText(/^組/), '2年1組');
    await user.click(screen.getByLabelText('就職'));
    await user.click(screen.getByRole('button', { name: '保存' }));
    expect(onSubmit).toHaveBeenCalledTimes(1);
    expect(onSubmit.mock.calls[0]![0]).toMatchObject({
      schoolId: SCHOOL.id,
      familyNameKana: 'ヤマダ',
      givenNameKana: 'ハナコ',
      grade: 2,
      className: '2年1組',
      number: null,
      plan: 'employment',
    });
  });

  it('keeps a class number typed as a number', async () => {
    const user = userEvent.setup();
    const onSubmit = renderForm();
    await user.type(screen.getByLabelText(/^姓/), '佐藤');
    await user.type(screen.getByLabelText(/^名/), '健');
    await user.type(screen.getByLabelText(/^セイ/), 'さとう');
    await user.type(screen.getByLabelText(/^メイ/), 'けん');
    await user.type(screen.getByLabelText(/^出席番号/), '12');
    await user.click(screen.getByRole('button', { name: '保存' }));
    expect(onSubmit.mock.calls[0]![0]).toMatchObject({ grade: 1, number: 12, plan: 'undecided' });
  });
});
