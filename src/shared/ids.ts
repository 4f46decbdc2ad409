/**
 * Record ids are made on the device. Most are random (crypto.randomUUID); a record that two devices
 * may create independently for the same real thing (an attendance mark for one student at one session)
 * gets an id derived from that thing, so both writes land on one record and merge instead of duplicating.
 * Derived ids are standard name-based UUIDs (RFC 9562 version 5) under the programme's own namespace.
 */
import { v5 as uuidv5 } from 'uuid';

/** The namespace of every derived id (itself a v5 of the app's name in the URL namespace). */
export const ID_NAMESPACE = uuidv5('https://trial-work-field.invalid/ids', uuidv5.URL);

export function newId(): string {
  return crypto.randomUUID();
}

/** A v5 UUID of the parts joined by NUL (a separator no id or code contains). */
export function derivedId(...parts: string[]): string {
  return uuidv5(parts.join('\u0000'), ID_NAMESPACE);
}

export const attendanceId = (sessionId: string, studentId: string) => derivedId('attendance', sessionId, studentId);
/** The provision record written when a placement proposes a seeker to a company (one per placement). */
export const provisionIdOfPlacement = (placementId: string) => derivedId('provision', 'placement', placementId);
/** One status-history record per mutation and status field: a retried push writes it once. */
export const statusChangeId = (mutationId: string, entity: string, field: string) => derivedId('status-change', mutationId, entity, field);
/** The success fee of a hire: one per placement, so two devices recording the hire offline make one fee. */
export const feeIdOfPlacement = (placementId: string) => derivedId('success-fee', placementId);
/** The programme's settings of one fiscal year. */
export const programmeSettingId = (fiscalYear: number) => derivedId('programme-setting', String(fiscalYear));
/** A student's place in a programme (two people adding the same student offline meet on one record). */
export const participantId = (programmeId: string, studentId: string) => derivedId('participant', programmeId, studentId);
/** A student's post-learning career record of one programme (two teachers writing it offline meet on one record). */
export const careerPlanId = (programmeId: string, studentId: string) => derivedId('career-plan', programmeId, studentId);
/** The 求職管理簿 line kept when a seeker is deleted: one per seeker, so the device and the server write the same record. */
export const ledgerHoldId = (seekerId: string) => derivedId('ledger-hold', seekerId);
