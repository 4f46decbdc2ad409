/**
 * The programme screens' writes that stand or fall together (record-repo.ts writeTogether): a class
 * added to the roster in one tap, and a session saved with its students' internships. Each record is
 * checked by the domain rules and queued for sync as any save; one refusal stores nothing.
 */
import { assignmentWrites } from '../domain/internship-assignment';
import type { EntityName, EntityRecord, ProgrammeSession } from '../shared/entities';
import type { RECORD_META_KEYS } from '../shared/fields';
import { participantId } from '../shared/ids';
import { db, type FieldDb } from './db';
import { writeTogether } from './record-repo';
import { withoutSearchFields } from './search-fields';

type EntityFields<E extends EntityName> = Omit<EntityRecord<E>, (typeof RECORD_META_KEYS)[number]>;

/**
 * Puts students on a programme's roster, one participant record each under its derived id (two
 * devices adding the same student meet on one record); a withdrawn one comes back. Resolves to how
 * many were added or brought back.
 */
export async function addParticipantsTo(fieldDb: FieldDb, programme: { id: string; schoolId: string }, studentIds: readonly string[]): Promise<number> {
  return writeTogether(fieldDb, async (save) => {
    let added = 0;
    for (const studentId of studentIds) {
      const id = participantId(programme.id, studentId);
      const existing = await fieldDb.programmeParticipants.get(id);
      if (existing && !existing.deleted && !existing.withdrawn) continue;
      await save('programmeParticipants', { programmeId: programme.id, studentId, schoolId: programme.schoolId, withdrawn: false }, id);
      added += 1;
    }
    return added;
  });
}

/**
 * Saves a session (new without `id`) and, for an internship day, makes `chosen` its students: one-day
 * internships created, moved or cancelled as domain/internship-assignment.ts plans. `chosen` undefined
 * leaves the internships alone. A capacity refusal leaves the session unsaved too.
 */
export async function saveSessionWith(fieldDb: FieldDb, fields: EntityFields<'programmeSessions'>, id: string | undefined, chosen: readonly string[] | undefined): Promise<ProgrammeSession> {
  return writeTogether(fieldDb, async (save) => {
    const stored = id ? await fieldDb.programmeSessions.get(id) : undefined;
    const before = stored && !stored.deleted ? stored : undefined;
    const after = await save('programmeSessions', fields, id);
    if (chosen === undefined) return after;
    const participants = await fieldDb.programmeParticipants.where('programmeId').equals(after.programmeId).toArray();
    const studentIds = [...new Set([...chosen, ...participants.map((p) => p.studentId)])];
    const internships = (await fieldDb.internships.where('studentId').anyOf(studentIds).toArray()).filter((i) => !i.deleted);
    for (const write of assignmentWrites({ before, after, chosen: new Set(chosen), internships })) {
      if (write.kind === 'create') {
        await save('internships', write.fields);
        continue;
      }
      const current = internships.find((i) => i.id === write.id)!;
      await save('internships', { ...withoutSearchFields(current), ...write.changes } as EntityFields<'internships'>, write.id);
    }
    return after;
  });
}

export const addParticipants = (programme: { id: string; schoolId: string }, studentIds: readonly string[]) => addParticipantsTo(db, programme, studentIds);
export const saveSession = (fields: EntityFields<'programmeSessions'>, id: string | undefined, chosen: readonly string[] | undefined) => saveSessionWith(db, fields, id, chosen);
