import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '../../../lib/i18n/i18n';
import { setSyncRequestHandler } from '../../../sync/sync-requests';
import { updateSyncStatus } from '../../../sync/sync-status';
import { SyncMenuSection } from './sync-menu-section';

function renderIndicator() {
  render(
    <I18nProvider>
      <SyncMenuSection reviews={false} />
    </I18nProvider>,
  );
}

describe('the menu’s 今すぐ同期', () => {
  afterEach(() => {
    setSyncRequestHandler(undefined);
    act(() => updateSyncStatus({ phase: 'idle', lastError: undefined }));
  });

  it('answers 今すぐ同期 while offline: nothing is sent now, and it is sent when the network returns', async () => {
    const user = userEvent.setup();
    const sync = vi.fn(async () => {});
    setSyncRequestHandler(sync);
    act(() => updateSyncStatus({ phase: 'offline' }));
    renderIndicator();
    await user.click(screen.getByRole('button', { name: '今すぐ同期' }));
    expect(screen.getByRole('alert').textContent).toMatch(/^オフラインのため今は送信できません。.*電波が戻ると自動で送信します。$/u);
    act(() => updateSyncStatus({ phase: 'idle' }));
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('syncs at once when online, with no offline answer', async () => {
    const user = userEvent.setup();
    const sync = vi.fn(async () => {});
    setSyncRequestHandler(sync);
    renderIndicator();
    await user.click(screen.getByRole('button', { name: '今すぐ同期' }));
    expect(sync).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
