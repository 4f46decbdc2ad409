/**
 * Which screens each role gets. The server enforces the data scope whatever the client
 * shows; this table only keeps the UI honest: no menu entry or route leads to a screen whose
 * records the role never receives. Deliberate extras beyond "seekers + companies" for the counter:
 * its pushes can be refused too, so it needs 要確認/競合, and every role gets 設定 (storage state,
 * unsent-change export, app updates: nothing personal).
 */
import type { Role } from '../shared/auth-protocol';

export type Screen = 'seekers' | 'companies' | 'sync' | 'settings' | 'admin' | 'teacher';

const ROLE_SCREENS: Record<Role, readonly Screen[]> = {
  admin: ['seekers', 'companies', 'sync', 'settings', 'admin'],
  coordinator: ['seekers', 'companies', 'sync', 'settings'],
  counter: ['seekers', 'companies', 'sync', 'settings'],
  teacher: ['teacher', 'settings'],
};

export function canUse(role: Role, screen: Screen): boolean {
  return ROLE_SCREENS[role].includes(screen);
}

/** Where "/" and any refused route lead. */
export function homePath(role: Role): string {
  return role === 'teacher' ? '/teacher' : '/seekers';
}
