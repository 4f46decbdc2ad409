/**
 * The placement editor and the status move to 採用 against the real device write (saveRecord, the
 * domain rules, follow-ups) on fake-indexeddb. The records are seeded, and the results read, through
 * a second connection to the app's database.
 */
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { MemoryRouter, Route, Routes } from 'react-router';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildCompany, buildConsent, buildOpening, buildProgrammeSetting, buildSeeker, buildTrialPlacement } from '../../../../tests/factories';
import { addDays } from '../../../domain/dates';
import { fiscalYearOf } from '../../../domain/fiscal-year';
import { todayIso } from '../../../lib/dates';
import { I18nProvider } from '../../../lib/i18n/i18n';
import { feeIdOfPlacement } from '../../../shared/ids';
import { openFieldDb, type FieldDb } from '../../../storage/db';
import { bulkLoad } from '../../../storage/record-repo';
import { PlacementDetailScreen } from './placement-detail-screen';
import { PlacementEditorScreen } from './placement-editor-screen';

const today = todayIso();
let store: FieldDb;
beforeAll(async () => {
  store = openFieldDb();
  await store.open();
});

/** Whole screens over IndexedDB: a few hundred ms alone, seconds when the 2 cores are shared. */
const SCREEN_TIMEOUT = { timeout: 20_000 };

function renderAt(path: string, element: ReactNode, route: string) {
  render(
    <QueryClientProvider client={new QueryClient()}>
      <I18nProvider>
        <MemoryRouter initialEntries={[path]}>
          <Routes>
            <Route path={route} element={element} />
            <Route path="/placements/:id" element={<p>placement page</p>} />
          </Routes>
        </MemoryRouter>
      </I18nProvider>
    </QueryClientProvider>,
  );
}

async function seedParties() {
  const seeker = buildSeeker();
  const company = buildCompany({ status: 'host_registered' });
  await bulkLoad(store, 'seekers', [seeker]);
  await bulkLoad(store, 'companies', [company]);
  return { seeker, company };
}

/** Typing key by key costs seconds on a busy machine: the fields get their value at once. */
const fill = (field: HTMLElement, value: string) => fireEvent.change(field, { target: { value } });

const placementsOf = async (seekerId: string) => (await store.trialPlacements.where('seekerId').equals(seekerId).toArray()).filter((p) => !p.deleted);

describe('the placement editor', SCREEN_TIMEOUT, () => {
  it('says the consent is missing, refuses the proposal without it, and keeps what was typed while it is recorded', async () => {
    const user = userEvent.setup({ delay: null });
    const { seeker, company } = await seedParties();
    renderAt(`/placements/new?seekerId=${seeker.id}&companyId=${company.id}`, <PlacementEditorScreen />, '/placements/new');

    expect(await screen.findByText('この企業への情報提供の同意がありません')).toBeTruthy();
    fill(screen.getByLabelText(/^職種/), '軽作業');
    fill(screen.getByLabelText(/^開始日/), addDays(today, 7));
    fill(screen.getByLabelText(/^終了日/), addDays(today, 20));
    await user.click(screen.getByRole('button', { name: '提案を保存' }));

    expect((await screen.findAllByText(/同意がありません。先に同意を記録してください/)).length).toBeGreaterThan(0);
    expect(await placementsOf(seeker.id)).toHaveLength(0);

    const consentForm = screen.getByRole('button', { name: '同意を保存' }).closest('form')!;
    fill(within(consentForm).getByLabelText(/^確認した職員/), '工藤');
    await user.click(within(consentForm).getByRole('button', { name: '同意を保存' }));
    expect(await screen.findByText('この企業への情報提供について、本人の同意があります。')).toBeTruthy();
    expect((screen.getByLabelText(/^職種/) as HTMLInputElement).value).toBe('軽作業');

    await user.click(screen.getByRole('button', { name: '提案を保存' }));
    expect(await screen.findByText('placement page')).toBeTruthy();
    const [saved] = await placementsOf(seeker.id);
    expect(saved).toMatchObject({ companyId: company.id, jobTitle: '軽作業', status: 'proposed' });
    // The rules wrote the provision of the seeker's data to the company with the proposal.
    expect(await store.provisions.where('seekerId').equals(seeker.id).count()).toBe(1);
  });

  it('records a university student home for the holidays as a placement of that kind, one tap', async () => {
    const user = userEvent.setup({ delay: null });
    const { seeker, company } = await seedParties();
    await bulkLoad(store, 'consents', [buildConsent({ seekerId: seeker.id, scope: 'all_hosts', date: addDays(today, -30) })]);
    renderAt(`/placements/new?seekerId=${seeker.id}&companyId=${company.id}`, <PlacementEditorScreen />, '/placements/new');

    expect(((await screen.findByRole('radio', { name: 'トライアルワーク' })) as HTMLInputElement).checked).toBe(true);
    await user.click(screen.getByRole('radio', { name: '帰省中の大学生の職場体験' }));
    fill(screen.getByLabelText(/^職種/), '事務補助');
    fill(screen.getByLabelText(/^開始日/), addDays(today, 3));
    fill(screen.getByLabelText(/^終了日/), addDays(today, 7));
    await user.click(screen.getByRole('button', { name: '提案を保存' }));
    expect(await screen.findByText('placement page')).toBeTruthy();
    expect((await placementsOf(seeker.id))[0]).toMatchObject({ kind: 'student_holiday', jobTitle: '事務補助' });
  });

  it("warns when the opening's places are all held and saves beyond them only with a reason", async () => {
    const user = userEvent.setup({ delay: null });
    const { seeker, company } = await seedParties();
    const opening = buildOpening({ companyId: company.id, places: 1, jobType: '介護補助', validUntil: addDays(today, 60) });
    await bulkLoad(store, 'openings', [opening]);
    await bulkLoad(store, 'consents', [buildConsent({ seekerId: seeker.id, scope: 'all_hosts', date: addDays(today, -30) })]);
    await bulkLoad(store, 'trialPlacements', [buildTrialPlacement({ seekerId: buildSeeker().id, companyId: company.id, openingId: opening.id, status: 'proposed' })]);
    renderAt(`/placements/new?companyId=${company.id}&openingId=${opening.id}&seekerId=${seeker.id}`, <PlacementEditorScreen />, '/placements/new');

    expect(await screen.findByText('この求人の受入枠はすべて埋まっています')).toBeTruthy();
    // The opening shows as chosen, and the job comes from it.
    await waitFor(() => expect((screen.getByLabelText(/^職種/) as HTMLInputElement).value).toBe('介護補助'));
    expect((screen.getByLabelText(/^求人/) as HTMLSelectElement).value).toBe(opening.id);
    fill(screen.getByLabelText(/^開始日/), addDays(today, 7));
    fill(screen.getByLabelText(/^終了日/), addDays(today, 20));
    await user.click(screen.getByRole('button', { name: '提案を保存' }));

    const reason = screen.getByLabelText(/^受入枠を超える理由/);
    await waitFor(() => expect(reason.getAttribute('aria-invalid')).toBe('true'));
    expect(screen.getByText(/受入枠（1名）はすでに埋まっています/)).toBeTruthy();
    expect(await placementsOf(seeker.id)).toHaveLength(0);

    fill(reason, '本人の適性が高く企業も希望');
    await user.click(screen.getByRole('button', { name: '提案を保存' }));
    expect(await screen.findByText('placement page')).toBeTruthy();
    expect((await placementsOf(seeker.id))[0]).toMatchObject({ openingId: opening.id, overPlacesReason: '本人の適性が高く企業も希望' });
  });
});

describe('a status move refused for want of consent', SCREEN_TIMEOUT, () => {
  it('offers to record the consent where the move was refused', async () => {
    const user = userEvent.setup({ delay: null });
    const { seeker, company } = await seedParties();
    const placement = buildTrialPlacement({ seekerId: seeker.id, companyId: company.id, openingId: '', status: 'proposed' });
    await bulkLoad(store, 'trialPlacements', [placement]);
    renderAt(`/placements/${placement.id}`, <PlacementDetailScreen />, '/placements/:id');

    await user.click(await screen.findByRole('button', { name: '「調整中」にする' }));
    await user.click(screen.getByRole('button', { name: '「調整中」として保存' }));
    expect(await screen.findByText('この企業への情報提供の同意がありません')).toBeTruthy();
    expect((await store.trialPlacements.get(placement.id))?.status).toBe('proposed');
  });
});

describe('the seeker picker', SCREEN_TIMEOUT, () => {
  it('finds a seeker by a reading typed in hiragana, with their town and desired industries', async () => {
    const user = userEvent.setup({ delay: null });
    const seeker = buildSeeker({ familyName: '綿津見', familyNameKana: 'ワタツミ', town: 'biei', desiredIndustries: ['agriculture'] });
    await bulkLoad(store, 'seekers', [seeker]);
    renderAt('/placements/new', <PlacementEditorScreen />, '/placements/new');

    fill(await screen.findByRole('searchbox', { name: '求職者を検索' }), 'わたつ');
    const match = await screen.findByRole('button', { name: /綿津見/ });
    expect(match.textContent).toMatch(/美瑛町.*農業/);
    await user.click(match);
    expect(await screen.findByRole('button', { name: '変更' })).toBeTruthy();
    expect(screen.queryByRole('searchbox', { name: '求職者を検索' })).toBeNull();
  });
});

describe('moving a placement to 採用', SCREEN_TIMEOUT, () => {
  it('asks for the hire date and employment type, then saves the move and the fee of the fiscal year', async () => {
    const user = userEvent.setup({ delay: null });
    const { seeker, company } = await seedParties();
    const placement = buildTrialPlacement({ seekerId: seeker.id, companyId: company.id, openingId: '', status: 'in_trial', startDate: addDays(today, -20), endDate: addDays(today, -1) });
    await bulkLoad(store, 'trialPlacements', [placement]);
    await bulkLoad(store, 'programmeSettings', [buildProgrammeSetting({ fiscalYear: fiscalYearOf(today), successFeeAmount: 120_000 })]);
    renderAt(`/placements/${placement.id}`, <PlacementDetailScreen />, '/placements/:id');

    await user.click(await screen.findByRole('button', { name: '「採用」にする' }));
    await user.clear(screen.getByLabelText(/^採用日/));
    await user.click(screen.getByRole('button', { name: '「採用」として保存' }));
    await waitFor(() => expect(screen.getByLabelText(/^採用日/).getAttribute('aria-invalid')).toBe('true'));
    expect(screen.getByLabelText(/^雇用形態/).getAttribute('aria-invalid')).toBe('true');
    expect((await store.trialPlacements.get(placement.id))?.status).toBe('in_trial');

    fill(screen.getByLabelText(/^採用日/), today);
    await user.selectOptions(screen.getByLabelText(/^雇用形態/), 'regular');
    await user.click(screen.getByRole('button', { name: '「採用」として保存' }));
    expect(await screen.findByText('「採用」にしました')).toBeTruthy();

    expect(await store.trialPlacements.get(placement.id)).toMatchObject({ status: 'hired', hiredOn: today, employmentType: 'regular' });
    expect(await store.successFees.get(feeIdOfPlacement(placement.id))).toMatchObject({ placementId: placement.id, amount: 120_000, status: 'not_invoiced' });
  });
});
