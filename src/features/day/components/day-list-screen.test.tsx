import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  buildCompany,
  buildRetentionCheck,
  buildSeeker,
  buildSuccessFee,
  buildTrialPlacement,
} from '../../../../tests/factories';
import { I18nProvider } from '../../../lib/i18n/i18n';
import type { EntityName, EntityRecord } from '../../../shared/entities';
import { feeIdOfPlacement } from '../../../shared/ids';
import { DB_NAME, openFieldDb } from '../../../storage/db';
import { withSearchFields } from '../../../storage/search-fields';
import { DayListScreen } from './day-list-screen';

const ME = '0b7f3c2e-1111-4111-8111-000000000001';
const COLLEAGUE = '0b7f3c2e-2222-4222-8222-000000000002';
const session = vi.hoisted(() => ({ current: { status: 'signed-in', ready: true, user: undefined as unknown } }));
vi.mock('../../../auth/use-session', () => ({ useSession: () => session.current }));

const TODAY = '2026-06-10';
// The app's database, opened the way a second tab would: the screens read it through their live queries.
const db = openFieldDb(DB_NAME);
const put = <E extends EntityName>(entity: E, record: EntityRecord<E>) =>
  db.table(entity).put(withSearchFields(entity, record));

const seeker = buildSeeker({ familyName: '北野', givenName: '美咲' });
// Mine: a visit three days late, a trial in progress since 5 June (check-in due 12 June), a hire of
// 8 May (1-month retention check due 8 June, the fee due to be invoiced on 1 June).
const mine = buildCompany({
  name: '旭川ケアセンター',
  status: 'host_registered',
  nextVisitDue: '2026-06-07',
  coordinatorUserId: ME,
});
const running = buildTrialPlacement({
  companyId: mine.id,
  seekerId: seeker.id,
  status: 'in_trial',
  startDate: '2026-06-05',
  endDate: '2026-06-30',
  hiredOn: '',
  coordinatorUserId: ME,
});
const hired = buildTrialPlacement({
  companyId: mine.id,
  seekerId: seeker.id,
  status: 'hired',
  startDate: '2026-04-20',
  endDate: '2026-05-07',
  hiredOn: '2026-05-08',
  employmentType: 'regular',
  coordinatorUserId: ME,
});
const fee = buildSuccessFee({
  id: feeIdOfPlacement(hired.id),
  placementId: hired.id,
  amount: 150_000,
  status: 'not_invoiced',
  invoicedOn: '',
  paidOn: '',
});
// A colleague's company, due today: shown only for everyone.
const theirs = buildCompany({
  name: '東神楽フーズ',
  status: 'active',
  nextVisitDue: TODAY,
  coordinatorUserId: COLLEAGUE,
});

function renderScreen(path = '/today') {
  render(
    <MemoryRouter initialEntries={[path]}>
      <I18nProvider>
        <DayListScreen />
      </I18nProvider>
    </MemoryRouter>,
  );
}

const section = (name: RegExp) => screen.getByRole('region', { name });

beforeAll(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(`${TODAY}T09:00:00`));
});
afterAll(() => vi.useRealTimers());

beforeEach(async () => {
  await Promise.all(
    ['companies', 'companyVisits', 'trialPlacements', 'successFees', 'checkIns', 'retentionChecks', 'seekers'].map(
      (t) => db.table(t).clear(),
    ),
  );
  await put('seekers', seeker);
  await put('companies', mine);
  await put('companies', theirs);
  await put('trialPlacements', running);
  await put('trialPlacements', hired);
  await put('successFees', fee);
  session.current = {
    status: 'signed-in',
    ready: true,
    user: { userId: ME, loginId: 'kudo', displayName: '工藤 美穂', role: 'coordinator', schoolId: null },
  };
});

describe('the day list', () => {
  it('groups my items overdue first, with what is due, for whom, and how late', async () => {
    renderScreen();
    const overdue = await screen.findByRole('region', { name: /期限切れ/ });
    const headings = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
    expect(headings).toEqual(['期限切れ 3件', '今週 1件']);
    const rows = within(overdue).getAllByRole('listitem');
    // Oldest first: the fee (due 1 June), the visit (7 June), the retention check (8 June).
    expect(rows.map((r) => r.querySelector('.due-item__kind')?.textContent)).toEqual([
      '請求',
      '訪問予定',
      '定着確認 1か月',
    ]);
    expect(within(rows[0]!).getByText('9日超過')).toBeTruthy();
    expect(within(rows[1]!).getByText('3日超過')).toBeTruthy();
    expect(within(rows[2]!).getByText('北野 美咲')).toBeTruthy();
    expect(within(section(/今週/)).getByText('確認の時期')).toBeTruthy();
    expect(screen.queryByText('東神楽フーズ')).toBeNull();
  });

  it('links each item to the record that answers it, and a visit also to the visit form', async () => {
    renderScreen();
    const overdue = await screen.findByRole('region', { name: /期限切れ/ });
    const href = (name: string, within_ = overdue) => within(within_).getByRole('link', { name }).getAttribute('href');
    expect(href('請求する')).toBe(`/fees/${fee.id}`);
    expect(href('企業を開く')).toBe(`/companies/${mine.id}`);
    expect(href('訪問を記録')).toBe(`/visits/new?companyId=${mine.id}&from=%2Ftoday`);
    expect(href('定着確認を記録')).toBe(`/placements/${hired.id}?retention=1m`);
    expect(href('確認を記録', section(/今週/))).toBe(`/placements/${running.id}?checkIn=1`);
  });

  it('shows everyone’s items on request', async () => {
    renderScreen();
    await screen.findByRole('region', { name: /期限切れ/ });
    fireEvent.click(screen.getByRole('button', { name: '全員' }));
    const today = await screen.findByRole('region', { name: /今日/ });
    expect(within(today).getByText('東神楽フーズ')).toBeTruthy();
    expect(screen.getByRole('button', { name: '全員' }).getAttribute('aria-pressed')).toBe('true');
  });

  it('drops an item as soon as the record answering it is saved', async () => {
    renderScreen();
    await screen.findByRole('link', { name: '定着確認を記録' });
    await act(() =>
      put(
        'retentionChecks',
        buildRetentionCheck({ placementId: hired.id, milestone: '1m', date: TODAY, outcome: 'employed' }),
      ),
    );
    await vi.waitFor(() => expect(screen.queryByRole('link', { name: '定着確認を記録' })).toBeNull());
    expect(screen.getByRole('heading', { name: '期限切れ 2件' })).toBeTruthy();
  });

  it('draws the first 25 rows of a long group and the rest on request', async () => {
    await Promise.all(
      Array.from({ length: 26 }, (_, i) =>
        put(
          'companies',
          buildCompany({ name: `遅延企業${i}`, status: 'active', nextVisitDue: '2026-05-01', coordinatorUserId: ME }),
        ),
      ),
    );
    renderScreen();
    const overdue = await screen.findByRole('region', { name: /期限切れ 29件/ });
    expect(within(overdue).getAllByRole('listitem')).toHaveLength(25);
    fireEvent.click(within(overdue).getByRole('button', { name: '残り4件を表示' }));
    expect(within(overdue).getAllByRole('listitem')).toHaveLength(29);
  });

  it('reassures when nothing is due', async () => {
    await Promise.all(['companies', 'trialPlacements', 'successFees'].map((t) => db.table(t).clear()));
    renderScreen();
    expect(await screen.findByText('期限切れも、今週の予定もありません')).toBeTruthy();
  });
});
