/**
 * The domain rules' view of the device's records (src/domain/rule-types.ts RecordReader), read inside
 * the caller's Dexie transaction: the same rules the server runs, on what this device holds.
 */
import type { RecordReader, PlainRecord } from '../domain/rule-types';
import type { EntityName } from '../shared/entities';
import type { FieldDb } from './db';
import { withoutSearchFields } from './search-fields';

export function deviceReader(db: FieldDb): RecordReader {
  return {
    async get(entity: EntityName, id: string) {
      const found = (await db.table(entity).get(id)) as PlainRecord | undefined;
      return found && found['deleted'] !== true ? (withoutSearchFields(found)) : undefined;
    },
    async children(entity: EntityName, field: string, value: string) {
      const table = db.table(entity);
      const indexed = table.schema.indexes.some((i) => i.name === field);
      const rows = (indexed ? await table.where(field).equals(value).toArray() : await table.filter((r: PlainRecord) => r[field] === value).toArray()) as PlainRecord[];
      return rows.filter((r) => r['deleted'] !== true).map((r) => withoutSearchFields(r));
    },
  };
}
