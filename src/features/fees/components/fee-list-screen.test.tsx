import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { fireEvent, render, screen, within } from '@testing-library/react';
import type { ReactNode } from 'react';
import { MemoryRouter } from 'react-router';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import {
  buildCompany,
  buildProgrammeSetting,
  buildSeeker,
  buildSuccessFee,
  buildTrialPlacement,
} from '../../../../tests/factories';
import { I18nProvider } from '../../../lib/i18n/i18n';
import type { EntityName, EntityRecord } from '../../../shared/entities';
import { feeIdOfPlacement, programmeSettingId } from '../../../shared/ids';
import { DB_NAME, openFieldDb } from '../../../storage/db';
import { withSearchFields } from '../../../storage/search-fields';
import { writeSession } from '../../../storage/session-repo';
import { FeeListScreen } from './fee-list-screen';
import { ProgrammeSettingsScreen } from './programme-settings-screen';

const session = vi.hoisted(() => ({ current: { status: 'signed-in', ready: true, user: undefined as unknown } }));
vi.mock('../../../auth/use-session', () => ({ useSession: () => session.current }));

// The app's database, opened the way a second tab would: the screens read it through their live queries.
const db = openFieldDb(DB_NAME);
const put = <E extends EntityName>(entity: E, record: EntityRecord<E>) =>
  db.table(entity).put(withSearchFields(entity, record));
const company = buildCompany({ name: '旭川ケアセンター' });
const seeker = buildSeeker({ familyName: '北野', givenName: '美咲' });

/** A hire on `hiredOn` and its fee. */
async function hireWithFee(hiredOn: string, fee: Partial<EntityRecord<'successFees'>>) {
  const placement = buildTrialPlacement({
    companyId: company.id,
    seekerId: seeker.id,
    status: 'hired',
    startDate: '2025-01-06',
    endDate: '2025-01-31',
    hiredOn,
    employmentType: 'regular',
  });
  await put('trialPlacements', placement);
  await put(
    'successFees',
    buildSuccessFee({
      invoicedOn: '',
      paidOn: '',
      ...fee,
      id: feeIdOfPlacement(placement.id),
      placementId: placement.id,
    }),
  );
}

function renderAt(path: string, ui: ReactNode) {
  const client = new QueryClient({ defaultOptions: { mutations: { networkMode: 'always' } } });
  render(
    <QueryClientProvider client={client}>
      <MemoryRouter initialEntries={[path]}>
        <I18nProvider>{ui}</I18nProvider>
      </MemoryRouter>
    </QueryClientProvider>,
  );
}

const total = (key: string) => document.querySelector(`[data-total="${key}"] .fee-totals__amount`)?.textContent;

beforeEach(async () => {
  await Promise.all(
    ['companies', 'trialPlacements', 'successFees', 'seekers', 'programmeSettings', 'outbox', 'meta'].map((t) =>
      db.table(t).clear(),
    ),
  );
  await put('companies', company);
  await put('seekers', seeker);
  session.current = {
    status: 'signed-in',
    ready: true,
    user: {
      userId: '0b7f3c2e-1111-4111-8111-000000000001',
      loginId: 'admin',
      displayName: 'デモ 管理者',
      role: 'admin',
      schoolId: null,
    },
  };
});

describe('the success fee list', () => {
  beforeEach(async () => {
    // 令和7年度 (FY2025) ends on 31 March 2026; the hire of 1 April 2026 is 令和8年度.
    await hireWithFee('2026-03-31', {
      amount: 100_000,
      status: 'paid',
      invoicedOn: '2026-04-10',
      paidOn: '2026-04-30',
    });
    await hireWithFee('2026-04-01', { amount: 150_000, status: 'invoiced', invoicedOn: '2026-05-01' });
    await hireWithFee('2026-05-15', { amount: 150_000, status: 'not_invoiced' });
  });

  it('totals every fee: earned, invoiced (with paid) and paid', async () => {
    renderAt('/fees', <FeeListScreen />);
    await screen.findAllByRole('row');
    expect(total('earned')).toBe('￥400,000');
    expect(total('invoiced')).toBe('￥250,000');
    expect(total('paid')).toBe('￥100,000');
    expect(total('status-not_invoiced')).toBe('￥150,000');
  });

  it('filters by the fiscal year of the hire, shown as 令和', async () => {
    renderAt('/fees', <FeeListScreen />);
    await screen.findAllByRole('row');
    fireEvent.change(screen.getByLabelText('年度'), { target: { value: '2026' } });
    await vi.waitFor(() => expect(total('earned')).toBe('￥300,000'));
    expect(within(screen.getByLabelText('年度')).getByRole('option', { name: '令和7年度' })).toBeTruthy();
    expect(screen.getAllByRole('row')).toHaveLength(3); // the header and two fees
  });

  it('filters by status', async () => {
    renderAt('/fees?status=paid', <FeeListScreen />);
    await vi.waitFor(() => expect(total('earned')).toBe('￥100,000'));
    expect(screen.getByRole('rowheader', { name: '旭川ケアセンター' })).toBeTruthy();
  });
});

describe('the programme settings', () => {
  it('saves a fiscal year under its own id when an admin submits', async () => {
    const user = session.current.user as {
      userId: string;
      loginId: string;
      displayName: string;
      role: 'admin';
      schoolId: null;
    };
    await writeSession(db, {
      user,
      clientId: 'c1',
      scopeFingerprint: 'f',
      signedInAt: '2026-06-01T00:00:00Z',
      unlockUntil: '2026-06-08T00:00:00Z',
      expiresAt: '2026-06-08T00:00:00Z',
    });
    renderAt('/fees/settings', <ProgrammeSettingsScreen />);
    const form = await screen.findByRole('form', { name: '年度の設定を保存' });
    fireEvent.change(within(form).getByLabelText(/^年度/), { target: { value: '2026' } });
    fireEvent.change(within(form).getByLabelText(/^成功報酬額/), { target: { value: '180000' } });
    fireEvent.change(within(form).getByLabelText(/^事業費/), { target: { value: '26000000' } });
    fireEvent.click(within(form).getByRole('button', { name: '保存' }));
    expect(await screen.findByText('令和8年度の設定を保存しました')).toBeTruthy();
    const saved = await db.programmeSettings.get(programmeSettingId(2026));
    expect(saved).toMatchObject({ fiscalYear: 2026, successFeeAmount: 180_000, programmeCost: 26_000_000 });
    expect(await screen.findByRole('rowheader', { name: '令和8年度' })).toBeTruthy();
  });

  it('shows a coordinator the years without a form', async () => {
    session.current = {
      status: 'signed-in',
      ready: true,
      user: {
        userId: '0b7f3c2e-1111-4111-8111-000000000001',
        loginId: 'kudo',
        displayName: '工藤',
        role: 'coordinator',
        schoolId: null,
      },
    };
    await put('programmeSettings', buildProgrammeSetting({ fiscalYear: 2026, successFeeAmount: 150_000 }));
    renderAt('/fees/settings', <ProgrammeSettingsScreen />);
    expect(await screen.findByRole('rowheader', { name: '令和8年度' })).toBeTruthy();
    expect(screen.queryByRole('form')).toBeNull();
    expect(screen.getByText('変更できるのは管理者だけです。')).toBeTruthy();
  });
});
