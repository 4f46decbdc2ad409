/**
 * Nothing of the app (and none of its records) renders until someone is signed in and unlocked:
 * signed out → sign-in, locked → passcode, first sign-in on this device → choose a passcode.
 * While the passcode is typed, the code of the screen the app opens on is loaded (`preloadApp`), so
 * unlocking shows it at once (offline cold start to the seeker list ≤ 1 s, docs/cold-start.md).
 */
import { Suspense, useEffect, type ReactNode } from 'react';
import { useSession } from '../../../auth/use-session';
import type { Role } from '../../../shared/auth-protocol';
import { PasscodeLockScreen, PasscodeSetupScreen } from './auth-screens';
import { SignInScreen } from './lazy-sign-in-screen';

/** `preloadApp` gets the role once known: right after a cold start the lock screen shows before it is read. */
export function AuthGate({ children, preloadApp }: { children: ReactNode; preloadApp?: (role: Role | undefined) => void }) {
  const session = useSession();
  const signedOut = session.status === 'signed-out';
  const role = session.user?.role;
  useEffect(() => {
    if (!signedOut) preloadApp?.(role);
  }, [signedOut, role, preloadApp]);
  if (!session.ready) return <p className="loading" aria-busy="true" />;
  if (session.status === 'signed-out') return <SignInScreen />;
  if (session.status === 'locked') return <PasscodeLockScreen />;
  if (session.needsPasscode) return <PasscodeSetupScreen />;
  // A safety net only: the screens themselves never suspend (components/preloadable-screen.tsx).
  return <Suspense fallback={<p className="loading" aria-busy="true" />}>{children}</Suspense>;
}
