/**
 * The screens shown before the app, loaded on demand: sign-in and passcode setup bring zod and
 * react-hook-form, which reopening a locked device never needs (first-screen JS budget, `npm run build:report`).
 */
import { preloadableScreen } from '../../../components/preloadable-screen';

export const PasscodeLockScreen = preloadableScreen(async () => (await import('./passcode-lock-screen')).PasscodeLockScreen);
export const PasscodeSetupScreen = preloadableScreen(async () => (await import('./passcode-setup-screen')).PasscodeSetupScreen);
