/** Schools for pickers: live ones only, in reading (五十音) order. */
import type { FieldDb } from './db';

export type SchoolOption = { id: string; name: string };

export async function listSchools(db: FieldDb): Promise<SchoolOption[]> {
  const rows = await db.schools.filter((s) => !s.deleted).toArray();
  rows.sort((a, b) => a.nameKana.localeCompare(b.nameKana, 'ja'));
  return rows.map((s) => ({ id: s.id, name: s.name }));
}
