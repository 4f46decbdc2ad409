/** An in-memory RecordReader (src/domain/rule-types.ts) over a list of records per entity, for rule tests. */
import type { PlainRecord, RecordReader } from '../../src/domain/rule-types';
import type { EntityName } from '../../src/shared/entities';

export function memoryReader(records: Partial<Record<EntityName, readonly PlainRecord[]>>): RecordReader {
  const live = (entity: EntityName) => (records[entity] ?? []).filter((r) => r['deleted'] !== true);
  return {
    get: async (entity, id) => live(entity).find((r) => r['id'] === id),
    children: async (entity, field, value) => live(entity).filter((r) => r[field] === value),
  };
}
