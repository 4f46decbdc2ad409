/**
 * Nothing of the app (and none of its records) renders until someone is signed in and unlocked:
 * signed out → sign-in, locked → passcode, first sign-in on this device → choose a passcode.
 * The screens are lazy: they bring zod and react-hook-form, which a signed-in start does not need.
 */
import { lazy, Suspense, type ReactNode } from 'react';
import { useSession } from '../../../auth/use-session';

const SignInScreen = lazy(async () => ({ default: (await import('./sign-in-screen')).SignInScreen }));
const PasscodeLockScreen = lazy(async () => ({ default: (await import('./passcode-lock-screen')).PasscodeLockScreen }));
const PasscodeSetupScreen = lazy(async () => ({ default: (await import('./passcode-setup-screen')).PasscodeSetupScreen }));

export function AuthGate({ children }: { children: ReactNode }) {
  const session = useSession();
  if (!session.ready) return <p className="loading" aria-busy="true" />;
  let screen: ReactNode = children;
  if (session.status === 'signed-out') screen = <SignInScreen />;
  else if (session.status === 'locked') screen = <PasscodeLockScreen />;
  else if (session.needsPasscode) screen = <PasscodeSetupScreen />;
  return <Suspense fallback={<p className="loading" aria-busy="true" />}>{screen}</Suspense>;
}
