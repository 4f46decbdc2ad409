import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { fireEvent, render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '../../../lib/i18n/i18n';
import type { Role } from '../../../shared/auth-protocol';
import { DevicesScreen } from './devices-screen';

// The session comes from the session store (src/auth); here each test says who is signed in.
const session = vi.hoisted(() => ({ current: { status: 'signed-in', ready: true, user: undefined as unknown } }));
vi.mock('../../../auth/use-session', () => ({ useSession: () => session.current, thisDeviceId: async () => 'device-this-tablet' }));

const USER_ID = '5f0c1d2e-0000-4000-8000-000000000001';
const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

function serverAs(role: Role) {
  const user = { userId: USER_ID, loginId: role, displayName: `デモ ${role}`, role, schoolId: null };
  session.current = { status: 'signed-in', ready: true, user };
  return vi.fn(async (input: RequestInfo | URL) => {
    const url = String(input);
    if (url === '/api/admin/devices')
      return json({ status: 'ok', devices: [{ clientId: 'bbbbbbbb-2222-4222-8222-222222222222', userId: USER_ID, lastSeen: '2026-06-03T01:00:00.000Z', revokedAt: null, lastSyncAt: null, unsent: null }] });
    if (url === '/api/admin/users')
      return json({ status: 'ok', users: [{ ...user, disabled: false, createdAt: '2026-06-01T00:00:00.000Z', updatedAt: '2026-06-01T00:00:00.000Z' }] });
    return json({ status: 'error', reason: 'not-found', details: {} }, 404);
  });
}

function renderScreen() {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false, networkMode: 'always' } } });
  render(
    <QueryClientProvider client={client}>
      <MemoryRouter>
        <I18nProvider>
          <DevicesScreen />
        </I18nProvider>
      </MemoryRouter>
    </QueryClientProvider>,
  );
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('devices screen', () => {
  it('lists the devices for an admin, with the last user by name', async () => {
    const fetchMock = serverAs('admin');
    vi.stubGlobal('fetch', fetchMock);
    renderScreen();
    expect(await screen.findByText('デモ admin')).toBeTruthy();
    expect(screen.getByRole('rowheader', { name: 'bbbbbbbb' })).toBeTruthy();
    expect(fetchMock.mock.calls.map((c) => String(c[0])).sort()).toEqual(['/api/admin/devices', '/api/admin/users']);
  });

  it('sends the revoke with the CSRF header after the confirmation', async () => {
    const fetchMock = serverAs('admin');
    vi.stubGlobal('fetch', fetchMock);
    renderScreen();
    fireEvent.click(await screen.findByRole('button', { name: '端末 bbbbbbbb を無効化' }));
    fetchMock.mockImplementationOnce(async () => json({ status: 'ok' }));
    fireEvent.click(screen.getByRole('button', { name: '無効化する' }));
    expect(await screen.findByText('端末 bbbbbbbb を無効化しました。次の接続時にデータを消去します。')).toBeTruthy();
    const revoke = fetchMock.mock.calls.find((c) => String(c[0]).endsWith('/revoke')) as unknown as [string, RequestInit];
    expect(revoke[0]).toBe('/api/admin/devices/bbbbbbbb-2222-4222-8222-222222222222/revoke');
    expect(new Headers(revoke[1].headers).get('X-Field-Client')).toBe('1');
    expect(revoke[1].method).toBe('POST');
  });

  it('tells anyone else they have no permission and never asks for the list', async () => {
    const fetchMock = serverAs('coordinator');
    vi.stubGlobal('fetch', fetchMock);
    renderScreen();
    expect(await screen.findByText(/権限がありません/)).toBeTruthy();
    expect(fetchMock.mock.calls.map((c) => String(c[0]))).not.toContain('/api/admin/devices');
  });

  it('says admin work is not available offline', async () => {
    vi.stubGlobal('fetch', serverAs('admin'));
    vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    renderScreen();
    expect(await screen.findByText(/オフラインでは利用できません/)).toBeTruthy();
  });
});
