/**
 * Which screens each role gets. The server enforces the data scope whatever the client
 * shows; this table only keeps the UI honest: no menu entry or route leads to a screen whose
 * records the role never receives. Deliberate extras beyond "seekers + companies" for the counter:
 * its pushes can be refused too, so it needs 要確認/競合, and every role gets 設定 (storage state,
 * unsent-change export, app updates: nothing personal).
 */
import type { Role } from '../shared/auth-protocol';

/**
 * trialWork: the day list, visits, placements; fees: the success fee list and the programme settings;
 * schools: schools, students, internship programmes, sessions and attendance (a teacher's: its own school);
 * report: the grant report (実績報告), which reads every record the programme keeps;
 * ledgers: the placement ledgers (admins only: they name deleted seekers, whose kept lines only admins receive).
 */
export type Screen = 'seekers' | 'companies' | 'trialWork' | 'fees' | 'schools' | 'report' | 'sync' | 'settings' | 'admin' | 'teacher' | 'ledgers';

const ROLE_SCREENS: Record<Role, readonly Screen[]> = {
  admin: ['trialWork', 'seekers', 'companies', 'fees', 'schools', 'report', 'sync', 'settings', 'admin', 'ledgers'],
  coordinator: ['trialWork', 'seekers', 'companies', 'fees', 'schools', 'report', 'sync', 'settings'],
  counter: ['seekers', 'companies', 'sync', 'settings'],
  // A teacher's marks can meet another teacher's offline: its disagreements are listed under 同期 (競合).
  teacher: ['teacher', 'schools', 'sync', 'settings'],
};

export function canUse(role: Role, screen: Screen): boolean {
  return ROLE_SCREENS[role].includes(screen);
}

/** Where "/" and any refused route lead: a coordinator's (and admin's) day starts with what is due. */
export function homePath(role: Role): string {
  if (role === 'teacher') return '/teacher';
  return canUse(role, 'trialWork') ? '/today' : '/seekers';
}
