/**
 * Values derived from other records, computed where they are shown instead of being stored twice:
 *  - a company's next visit is due on the date its latest visit set (or the date planned on the
 *    company when it has no visit with one yet);
 *  - a seeker's programme status follows their placements: 採用 once a placement is hired, 実施中 while
 *    one is in trial, マッチング while one is proposed or arranged; otherwise what the counter set.
 */
import { str, type PlainRecord } from './rule-types';

export function nextVisitDue(company: PlainRecord, visits: readonly PlainRecord[]): string {
  const latest = [...visits].filter((v) => str(v, 'nextVisitDate') !== '').sort((a, b) => str(b, 'date').localeCompare(str(a, 'date')))[0];
  return latest ? str(latest, 'nextVisitDate') : str(company, 'nextVisitDue');
}

export function seekerProgrammeStatus(seeker: PlainRecord, placements: readonly PlainRecord[]): string {
  const stored = str(seeker, 'status');
  if (stored === 'closed') return stored;
  const statuses = new Set(placements.map((p) => str(p, 'status')));
  if (statuses.has('hired')) return 'hired';
  if (statuses.has('in_trial')) return 'in_trial';
  if (statuses.has('proposed') || statuses.has('arranging')) return 'matching';
  return stored;
}
