/** The sign-in screen, loaded on demand (it brings zod); also reached from the lock screen. */
import { preloadableScreen } from '../../../components/preloadable-screen';

export const SignInScreen = preloadableScreen(async () => (await import('./sign-in-screen')).SignInScreen);
