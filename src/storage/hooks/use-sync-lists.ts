/** Live views of the sync tables for the two review screens. */
import { useLiveQuery } from 'dexie-react-hooks';
import type { EntityName, EntityRecord } from '../../shared/entities';
import { attendanceSubject, type AttendanceSubject } from '../attendance-queries';
import { listAttention } from '../attention-repo';
import { listOpenConflicts } from '../conflict-repo';
import { db, type AttentionEntry, type LocalConflict } from '../db';
import { getRecord } from '../record-repo';

export function useAttentionList(): AttentionEntry[] | undefined {
  return useLiveQuery(() => listAttention(db), []);
}

export function useConflictList(): LocalConflict[] | undefined {
  return useLiveQuery(() => listOpenConflicts(db), []);
}

/** The records the listed items are about, keyed `entity/id`, for their names. */
export function useRecordsOf(items: readonly { entity: string; recordId: string }[] | undefined): Map<string, EntityRecord<EntityName>> {
  const key = (items ?? []).map((i) => `${i.entity}/${i.recordId}`).join(',');
  return useLiveQuery(
    async () => {
      const out = new Map<string, EntityRecord<EntityName>>();
      for (const ref of key ? key.split(',') : []) {
        const [entity, id] = ref.split('/') as [EntityName, string];
        const record = await getRecord(db, entity, id);
        if (record) out.set(ref, record);
      }
      return out;
    },
    [key],
    new Map(),
  );
}

/** For the listed attendance marks (keyed by record id): whose mark it is and at which session, read from the mark's own ids. */
export function useAttendanceSubjects(records: ReadonlyMap<string, EntityRecord<EntityName>>): Map<string, AttendanceSubject> {
  const marks = [...records.entries()].filter(([ref]) => ref.startsWith('attendance/')).map(([, r]) => r as EntityRecord<'attendance'>);
  const key = marks.map((m) => m.id).join(',');
  return useLiveQuery(
    async () => new Map(await Promise.all(marks.map(async (m) => [m.id, await attendanceSubject(db, m)] as const))),
    // Read again when the listed marks change.
    [key],
    new Map(),
  );
}
