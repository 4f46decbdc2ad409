import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { I18nProvider } from '../../../lib/i18n/i18n';
import { PasscodeSetupScreen } from './passcode-setup-screen';

describe('passcode setup', () => {
  it('refuses 1234 with the reason next to the field', async () => {
    const user = userEvent.setup();
    render(
      <I18nProvider>
        <PasscodeSetupScreen />
      </I18nProvider>,
    );
    await user.type(screen.getByLabelText(/^パスコード（数字/), '1234');
    await user.type(screen.getByLabelText(/^パスコード（確認/), '1234');
    await user.click(screen.getByRole('button', { name: '設定する' }));
    expect(await screen.findByText('連続した数字（1234、4321 など）は推測されやすいため使えません')).toBeTruthy();
    expect(screen.getByLabelText(/^パスコード（数字/).getAttribute('aria-invalid')).toBe('true');
  });
});
