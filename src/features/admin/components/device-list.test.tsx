import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../../lib/api-request';
import { I18nProvider } from '../../../lib/i18n/i18n';
import type { Device } from '../../../shared/auth-protocol';
import { DeviceList } from './device-list';

const USER = '5f0c1d2e-0000-4000-8000-000000000001';
const devices: Device[] = [
  {
    clientId: 'aaaaaaaa-1111-4111-8111-111111111111',
    userId: USER,
    lastSeen: '2026-06-01T01:00:00.000Z',
    revokedAt: '2026-06-02T00:00:00.000Z',
    lastSyncAt: null,
    unsent: null,
  },
  {
    clientId: 'bbbbbbbb-2222-4222-8222-222222222222',
    userId: USER,
    lastSeen: '2026-06-03T01:00:00.000Z',
    revokedAt: null,
    lastSyncAt: '2026-06-03T01:00:00.000Z',
    unsent: { unsent: 2, needsAttention: 1, oldestUnsentAt: '2026-05-30T03:15:00.000Z' },
  },
  {
    clientId: 'cccccccc-3333-4333-8333-333333333333',
    userId: '9e9e9e9e-0000-4000-8000-000000000009',
    lastSeen: '2026-06-02T01:00:00.000Z',
    revokedAt: null,
    lastSyncAt: '2026-06-02T00:59:00.000Z',
    unsent: { unsent: 0, needsAttention: 0, oldestUnsentAt: null },
  },
];

function renderList(onRevoke = vi.fn(async (_clientId: string) => {}), thisDeviceId?: string) {
  render(
    <I18nProvider>
      <DeviceList devices={devices} userNames={new Map([[USER, 'デモ コーディネーター']])} onRevoke={onRevoke} thisDeviceId={thisDeviceId} />
    </I18nProvider>,
  );
  return onRevoke;
}

describe('device list', () => {
  it('lists active devices newest first, then revoked ones, with the last user', () => {
    renderList();
    const rows = screen.getAllByRole('row').slice(1);
    expect(rows.map((r) => within(r).getByRole('rowheader').textContent)).toEqual(['bbbbbbbb', 'cccccccc', 'aaaaaaaa']);
    expect(within(rows[0]!).getByText('デモ コーディネーター')).toBeTruthy();
    expect(within(rows[1]!).getByText('不明な利用者（9e9e9e9e）')).toBeTruthy();
    expect(within(rows[2]!).getByText('無効化済み')).toBeTruthy();
    // A revoked device cannot be revoked again.
    expect(within(rows[2]!).queryByRole('button')).toBeNull();
  });

  it('shows each device’s last sync and what it still held unsent then', () => {
    renderList();
    const [b, c, a] = screen.getAllByRole('row').slice(1) as [HTMLElement, HTMLElement, HTMLElement];
    expect(b.textContent).toContain('未送信 2件 · 要確認 1件 · 最古 2026/05/30');
    expect(c.textContent).toContain('未送信なし');
    expect(a.textContent).toContain('まだ同期していません');
  });

  it('says how many changes a revoke would lose, as of the device’s last sync', async () => {
    const user = userEvent.setup();
    renderList();
    await user.click(screen.getByRole('button', { name: '端末 bbbbbbbb を無効化' }));
    expect(screen.getByRole('group').textContent).toMatch(/送信されていない変更が 3 件ありました。無効化すると、これらは失われます/);
    await user.click(screen.getByRole('button', { name: 'キャンセル' }));
    await user.click(screen.getByRole('button', { name: '端末 cccccccc を無効化' }));
    expect(screen.getByRole('group').textContent).not.toMatch(/送信されていない変更/);
  });

  it('revokes only after a confirmation that says the device wipes itself at its next contact', async () => {
    const user = userEvent.setup();
    const onRevoke = renderList();
    await user.click(screen.getByRole('button', { name: '端末 bbbbbbbb を無効化' }));
    const confirm = screen.getByRole('group', { name: '端末 bbbbbbbb を無効化しますか？' });
    expect(confirm.textContent).toMatch(/次にサーバーに接続したとき、端末内の記録と未送信の変更をすべて消去します/);
    expect(onRevoke).not.toHaveBeenCalled();
    await user.click(within(confirm).getByRole('button', { name: '無効化する' }));
    await vi.waitFor(() => expect(onRevoke).toHaveBeenCalledWith('bbbbbbbb-2222-4222-8222-222222222222'));
    expect(screen.queryByRole('group')).toBeNull();
  });

  it('keeps the confirmation open with the reason when the server refuses', async () => {
    const user = userEvent.setup();
    renderList(vi.fn(async () => Promise.reject(new ApiError(0, 'network'))));
    await user.click(screen.getByRole('button', { name: '端末 cccccccc を無効化' }));
    await user.click(screen.getByRole('button', { name: '無効化する' }));
    expect(await screen.findByRole('alert')).toHaveProperty('textContent', 'サーバーに接続できません。通信状態を確認してください。');
    expect(screen.getByRole('group')).toBeTruthy();
  });

  it('marks this device and offers no revoke for it (that would wipe the tablet in hand)', () => {
    renderList(undefined, devices[2]!.clientId);
    const row = screen.getAllByRole('row').find((r) => r.textContent?.includes('cccccccc'))!;
    expect(within(row).getByText('この端末')).toBeTruthy();
    expect(within(row).queryByRole('button')).toBeNull();
  });
});
