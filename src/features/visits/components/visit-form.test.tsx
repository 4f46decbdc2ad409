import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { MemoryRouter, Route, Routes, useParams } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { buildCompany } from '../../../../tests/factories';
import { I18nProvider } from '../../../lib/i18n/i18n';
import type { Company } from '../../../shared/entities';
import { useRecord } from '../../../storage/hooks/use-record';
import { saveDeviceRecord } from '../../../storage/record-writes';
import { CompanyVisitsSection } from './company-visits-section';
import { VisitEditorScreen } from './visit-editor-screen';
import { VisitForm } from './visit-form';

/** A company in the device database, as sync or the company form would have stored it. */
async function storeCompany(overrides: Partial<Company>): Promise<Company> {
  const { id: _id, createdAt: _c, updatedAt: _u, version: _v, deleted: _d, ...fields } = buildCompany(overrides);
  return saveDeviceRecord('companies', fields);
}

const ARRIVED = new Date(2026, 5, 1, 9, 5);

function renderForm(companyId: string, onSubmit = vi.fn(async (_fields: unknown) => {})) {
  render(
    <I18nProvider>
      <VisitForm defaults={{ companyId, coordinatorName: '工藤 美穂', now: ARRIVED }} onSubmit={onSubmit} onCancel={() => {}} />
    </I18nProvider>,
  );
  return onSubmit;
}

describe('visit form', () => {
  it('starts at the moment it was opened, with the company, the coordinator and a follow-up purpose', async () => {
    const company = await storeCompany({ name: '大雪フーズ株式会社', nameKana: 'タイセツフーズ' });
    renderForm(company.id);
    expect(await screen.findByText('大雪フーズ株式会社')).toBeTruthy();
    expect((screen.getByLabelText(/^訪問日/) as HTMLInputElement).value).toBe('2026-06-01');
    expect((screen.getByLabelText(/^時刻/) as HTMLInputElement).value).toBe('09:05');
    expect((screen.getByLabelText(/^記録者/) as HTMLInputElement).value).toBe('工藤 美穂');
    expect((screen.getByLabelText('フォロー') as HTMLInputElement).checked).toBe(true);
  });

  it('sets the next visit a month after the visit with one tap', async () => {
    const user = userEvent.setup();
    renderForm('');
    await user.clear(screen.getByLabelText(/^訪問日/));
    await user.type(screen.getByLabelText(/^訪問日/), '2026-01-31');
    await user.click(screen.getByRole('button', { name: '1か月後' }));
    expect((screen.getByLabelText(/^次回の期限（/) as HTMLInputElement).value).toBe('2026-02-28');
  });

  it('finds the company by its reading typed in hiragana and submits it', async () => {
    const company = await storeCompany({ name: '旭川精密工業株式会社', nameKana: 'アサヒカワセイミツコウギョウ' });
    const user = userEvent.setup();
    const onSubmit = renderForm('');
    await user.type(screen.getByLabelText(/^訪問先/), 'あさひかわせいみつ');
    await user.click(await screen.findByRole('button', { name: /旭川精密工業株式会社/ }));
    expect(screen.queryByRole('searchbox')).toBeNull();
    await user.click(screen.getByRole('button', { name: '保存' }));
    await vi.waitFor(() => expect(onSubmit).toHaveBeenCalledTimes(1));
    expect(onSubmit.mock.calls[0]![0]).toMatchObject({ companyId: company.id, date: '2026-06-01', time: '09:05', purpose: 'follow_up' });
  });

  it('takes the one company found when Enter is pressed in the search box, instead of submitting', async () => {
    await storeCompany({ name: '上川乳業', nameKana: 'カミカワニュウギョウ' });
    const user = userEvent.setup();
    const onSubmit = renderForm('');
    await user.type(screen.getByLabelText(/^訪問先/), 'かみかわにゅう');
    await screen.findByRole('button', { name: /上川乳業/ });
    await user.keyboard('{Enter}');
    expect(await screen.findByRole('button', { name: '選び直す' })).toBe(document.activeElement);
    expect(screen.getByText('上川乳業', { selector: 'output' })).toBeTruthy();
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('says what is wrong next to the field and does not submit: no company, a next visit before the visit', async () => {
    const user = userEvent.setup();
    const onSubmit = renderForm('');
    await user.type(screen.getByLabelText(/^次回の期限（/), '2026-05-20');
    await user.click(screen.getByRole('button', { name: '保存' }));
    expect(await screen.findByText('訪問先の企業を選んでください')).toBeTruthy();
    expect(screen.getByText('次回の期限は訪問日以降の日付にしてください')).toBeTruthy();
    expect(screen.getByLabelText(/^次回の期限（/).getAttribute('aria-invalid')).toBe('true');
    expect(onSubmit).not.toHaveBeenCalled();
  });
});

/** The company's page as far as visits go: the section that shows its status and history. */
function CompanyVisitsPage() {
  const company = useRecord('companies', useParams().id);
  return company ? <CompanyVisitsSection company={company} /> : null;
}

function renderApp(entry: string, children?: ReactNode) {
  render(
    <QueryClientProvider client={new QueryClient()}>
      <I18nProvider>
        <MemoryRouter initialEntries={[entry]}>
          <Routes>
            <Route path="/visits/new" element={<VisitEditorScreen />} />
            <Route path="/companies/:id" element={<CompanyVisitsPage />} />
            <Route path="/today" element={<h1>今日の予定</h1>} />
          </Routes>
          {children}
        </MemoryRouter>
      </I18nProvider>
    </QueryClientProvider>,
  );
}

describe('logging a visit', () => {
  it('stores the visit, moves a prospect company to 訪問済 and shows both on the company page', async () => {
    const company = await storeCompany({ name: '美瑛ファーム', nameKana: 'ビエイファーム', status: 'prospect', nextVisitDue: '' });
    const user = userEvent.setup();
    renderApp(`/visits/new?companyId=${company.id}`);
    expect(await screen.findByText('美瑛ファーム')).toBeTruthy();
    await user.click(screen.getByLabelText('開拓'));
    await user.type(screen.getByLabelText(/^面会者/), '代表 佐々木さん');
    await user.type(screen.getByLabelText(/^記録者/), '工藤 美穂');
    await user.click(screen.getByRole('button', { name: '保存' }));
    expect(await screen.findByText('面会: 代表 佐々木さん')).toBeTruthy();
    const current = await screen.findByText('訪問済', { selector: '[aria-current="step"]' });
    expect(current).toBeTruthy();
  });

  it('returns to where it was opened from, such as the day list', async () => {
    const company = await storeCompany({ name: '東川木工所', nameKana: 'ヒガシカワモッコウショ', status: 'visited' });
    const user = userEvent.setup();
    renderApp(`/visits/new?companyId=${company.id}&from=/today`);
    expect(await screen.findByText('東川木工所')).toBeTruthy();
    await user.type(screen.getByLabelText(/^記録者/), '工藤 美穂');
    await user.click(screen.getByRole('button', { name: '保存' }));
    expect(await screen.findByRole('heading', { name: '今日の予定' })).toBeTruthy();
  });
});

describe("the company's visits section", () => {
  it('flags a next visit whose day has passed as overdue, and says when none is planned', async () => {
    const overdue = await storeCompany({ name: '鷹栖運輸', nameKana: 'タカスウンユ', status: 'host_registered', nextVisitDue: '2024-03-01' });
    const unplanned = await storeCompany({ name: '東神楽農園', nameKana: 'ヒガシカグラノウエン', status: 'prospect', nextVisitDue: '' });
    render(
      <I18nProvider>
        <MemoryRouter>
          <CompanyVisitsSection company={overdue} />
          <CompanyVisitsSection company={unplanned} />
        </MemoryRouter>
      </I18nProvider>,
    );
    expect(await screen.findByText('期限切れ')).toBeTruthy();
    expect(screen.getByText(/2024年3月1日/)).toBeTruthy();
    expect(await screen.findByText('未定')).toBeTruthy();
    expect(screen.getAllByText('受入登録済', { selector: '[aria-current="step"]' })).toHaveLength(1);
  });
});
