/**
 * Rules that need other records: what a fee needs, consent before a proposal, who may be marked at a
 * session, a company's capacity, retention after a hire. Each runs when the fields it is about change.
 */
import type { EntityName } from '../shared/entities';
import { anyConsentCovers } from './consent';
import { participantId } from '../shared/ids';
import { overlaps } from './dates';
import { isOnRoster } from './school-programme';
import { changed, str, violation, type PlainRecord, type RuleViolation, type WriteCheck } from './rule-types';

type CrossRule = (c: WriteCheck & { after: PlainRecord }) => Promise<RuleViolation | null>;

/** 成功報酬 only for a placement that ended in 採用. */
const feeNeedsHire: CrossRule = async (c) => {
  const placement = await c.reader.get('trialPlacements', str(c.after, 'placementId'));
  return placement && placement['status'] !== 'hired' ? violation('fee-needs-hire', 'placementId', { status: str(placement, 'status') }) : null;
};

/**
 * A seeker is proposed to a company (their data goes to it) only under a consent covering that
 * company today; moving the placement on to 調整中 / 実施中 needs the consent still in force.
 */
const consentBeforeProposal: CrossRule = async (c) => {
  const status = str(c.after, 'status');
  const proposing = c.before === undefined || (changed(c, 'status') && (status === 'arranging' || status === 'in_trial'));
  if (!proposing) return null;
  const consents = await c.reader.children('consents', 'seekerId', str(c.after, 'seekerId'));
  return anyConsentCovers(consents, str(c.after, 'companyId'), c.today) ? null : violation('consent-required', 'companyId');
};

/** Statuses in which a placement holds one of its opening's places. */
export const HOLDS_PLACE = ['proposed', 'arranging', 'in_trial', 'hired'] as const;

/** Live placements other than `id` holding a place of the opening. */
export async function placesTaken(reader: WriteCheck['reader'], openingId: string, id: string): Promise<number> {
  const placements = await reader.children('trialPlacements', 'openingId', openingId);
  return placements.filter((p) => p['id'] !== id && (HOLDS_PLACE as readonly unknown[]).includes(p['status'])).length;
}

/** Whether one more placement goes beyond an opening's places when `taken` are held already. */
export const beyondPlaces = (places: number, taken: number): boolean => taken + 1 > places;

/**
 * A placement fills one of its opening's places: the opening is the same company's, and going beyond
 * its places is allowed only with a reason written down (a company may take one more for a good match).
 */
const withinOpening: CrossRule = async (c) => {
  const openingId = str(c.after, 'openingId');
  if (openingId === '') return null;
  const holds = (HOLDS_PLACE as readonly unknown[]).includes(c.after['status']);
  const takesPlace = changed(c, 'openingId') || (changed(c, 'status') && holds && !(HOLDS_PLACE as readonly unknown[]).includes(c.before?.['status']));
  if (!takesPlace || !holds) return null;
  const opening = await c.reader.get('openings', openingId);
  if (!opening) return null;
  if (str(opening, 'companyId') !== str(c.after, 'companyId')) return violation('opening-company', 'openingId');
  const places = typeof opening['places'] === 'number' ? opening['places'] : 0;
  const taken = await placesTaken(c.reader, openingId, c.id);
  return beyondPlaces(places, taken) && str(c.after, 'overPlacesReason').trim() === ''
    ? violation('opening-places', 'overPlacesReason', { places: String(places), taken: String(taken) })
    : null;
};

/**
 * A mark only for a student on the session's roster: a participant of its programme, and on an
 * internship day one whose internship covers it (school-programme.ts). Checked when the mark is first
 * given; taking a student off the programme later keeps the marks already given.
 */
const markedStudentAssigned: CrossRule = async (c) => {
  if (c.before !== undefined) return null; // session and student are fixed by the derived id
  const session = await c.reader.get('programmeSessions', str(c.after, 'sessionId'));
  if (!session) return null;
  const studentId = str(c.after, 'studentId');
  const participant = await c.reader.get('programmeParticipants', participantId(str(session, 'programmeId'), studentId));
  const internships = session['kind'] === 'internship' ? await c.reader.children('internships', 'studentId', studentId) : [];
  const onRoster = isOnRoster(studentId, sessionOf(session), participant ? [participantOf(participant)] : [], internships.map(internshipOf));
  return onRoster ? null : violation('attendance-not-assigned', 'studentId');
};

const sessionOf = (r: PlainRecord) => ({ id: str(r, 'id'), programmeId: str(r, 'programmeId'), kind: str(r, 'kind'), date: str(r, 'date'), companyId: str(r, 'companyId') });
const participantOf = (r: PlainRecord) => ({ studentId: str(r, 'studentId'), withdrawn: r['withdrawn'] === true });
const internshipOf = (r: PlainRecord) => ({
  studentId: str(r, 'studentId'),
  companyId: str(r, 'companyId'),
  programmeId: str(r, 'programmeId'),
  startDate: str(r, 'startDate'),
  endDate: str(r, 'endDate'),
  status: str(r, 'status'),
});

/** Internships that overlap at one company stay within the company's capacity. */
const withinCapacity: CrossRule = async (c) => {
  if (c.after['status'] === 'cancelled' || c.after['status'] === 'done') return null;
  if (!['companyId', 'startDate', 'endDate', 'status'].some((f) => changed(c, f))) return null;
  const company = await c.reader.get('companies', str(c.after, 'companyId'));
  if (!company) return null;
  const capacity = typeof company['capacity'] === 'number' ? company['capacity'] : 0;
  const others = await c.reader.children('internships', 'companyId', str(c.after, 'companyId'));
  const overlapping = others.filter(
    (i) =>
      i['id'] !== c.id &&
      (i['status'] === 'planned' || i['status'] === 'active') &&
      overlaps(str(i, 'startDate'), str(i, 'endDate'), str(c.after, 'startDate'), str(c.after, 'endDate')),
  );
  return overlapping.length + 1 > capacity ? violation('internship-capacity', 'companyId', { capacity: String(capacity) }) : null;
};

/** 定着確認 follows a hire, on or after the hire date. */
const retentionAfterHire: CrossRule = async (c) => {
  const placement = await c.reader.get('trialPlacements', str(c.after, 'placementId'));
  if (!placement) return null;
  if (placement['status'] !== 'hired') return violation('retention-needs-hire', 'placementId', { status: str(placement, 'status') });
  return str(c.after, 'date') < str(placement, 'hiredOn') ? violation('retention-needs-hire', 'date', { hiredOn: str(placement, 'hiredOn') }) : null;
};

export const CROSS_RULES: Partial<Record<EntityName, readonly CrossRule[]>> = {
  successFees: [feeNeedsHire],
  trialPlacements: [withinOpening, consentBeforeProposal],
  attendance: [markedStudentAssigned],
  internships: [withinCapacity],
  retentionChecks: [retentionAfterHire],
};
