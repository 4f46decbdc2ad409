/** Live views of the sync tables for the two review screens. */
import { useLiveQuery } from 'dexie-react-hooks';
import type { EntityName, EntityRecord } from '../../shared/entities';
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
