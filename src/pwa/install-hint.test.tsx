import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { I18nProvider } from '../lib/i18n/i18n';
import { InstallHint } from './install-hint';
import { listenForInstallPrompt } from './install-prompt';

/** Chromium's install offer, as the browser fires it. */
const offerInstall = () =>
  act(() => {
    window.dispatchEvent(Object.assign(new Event('beforeinstallprompt'), { prompt: async () => {}, userChoice: Promise.resolve({ outcome: 'dismissed' }) }));
  });

const renderHint = () =>
  render(
    <I18nProvider>
      <InstallHint />
    </I18nProvider>,
  );

describe('the install hint', () => {
  beforeAll(() => listenForInstallPrompt());
  beforeEach(() => localStorage.clear());

  it('shows where the browser offers installation, with the install button, and is not shown again on the next start', async () => {
    const first = renderHint();
    expect(screen.queryByTestId('install-hint')).toBeNull();
    offerInstall();
    expect(await screen.findByRole('button', { name: 'アプリをインストール' })).toBeTruthy();
    first.unmount();

    renderHint();
    offerInstall();
    expect(screen.queryByTestId('install-hint')).toBeNull();
  });

  it('goes away when closed', async () => {
    const user = userEvent.setup();
    renderHint();
    offerInstall();
    await user.click(await screen.findByRole('button', { name: '閉じる' }));
    expect(screen.queryByTestId('install-hint')).toBeNull();
  });
});
