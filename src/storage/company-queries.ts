/** The host-company list: ~500 firms, so a filtered scan sorted by reading is plenty. */
import type { Industry, Town } from '../shared/codes';
import type { Company } from '../shared/entities';
import { toSearchKey } from '../shared/kana';
import type { FieldDb, Stored } from './db';

export type CompanyFilter = { text?: string; town?: Town | ''; industry?: Industry | '' };

export type CompanyRow = Pick<Company, 'id' | 'name' | 'nameKana' | 'industry' | 'town' | 'status' | 'capacity'> & { reading: string };

export async function listCompanies(db: FieldDb, filter: CompanyFilter): Promise<CompanyRow[]> {
  const key = filter.text ? toSearchKey(filter.text) : '';
  const rows = await db.companies
    .filter(
      (c: Stored<'companies'>) =>
        !c.deleted &&
        (!filter.town || c.town === filter.town) &&
        (!filter.industry || c.industry === filter.industry) &&
        (!key || (c._text ?? '').includes(key)),
    )
    .toArray();
  return rows
    .map((c) => ({ id: c.id, name: c.name, nameKana: c.nameKana, industry: c.industry, town: c.town, status: c.status, capacity: c.capacity, reading: c._reading ?? '' }))
    .sort((a, b) => a.reading.localeCompare(b.reading, 'ja'));
}
