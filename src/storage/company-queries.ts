/**
 * The host-company list: ~500 firms, so a filtered scan sorted by reading is plenty. The search box
 * reads as the seekers' does (text-search.ts): a phone number, a name or reading with its kanji
 * variants, and near readings after the exact ones when those are few.
 */
import type { Industry, Town } from '../shared/codes';
import type { Company } from '../shared/entities';
import { toLooseKey } from '../shared/search-folds';
import { phoneDigits } from '../shared/phone';
import type { FieldDb, Stored } from './db';
import { parseSearchQuery, phoneSearchable, rankHits, textMatches, type Hit } from './text-search';

export type CompanyFilter = { text?: string; town?: Town | ''; industry?: Industry | '' };

export type CompanyRow = Hit<Pick<Company, 'id' | 'name' | 'nameKana' | 'industry' | 'town' | 'status' | 'capacity'> & { reading: string }>;

export async function listCompanies(db: FieldDb, filter: CompanyFilter): Promise<CompanyRow[]> {
  const query = parseSearchQuery(filter.text);
  if (query.kind === 'phone' && !phoneSearchable(query)) return [];
  const companies = await db.companies
    .filter((c: Stored<'companies'>) => !c.deleted && (!filter.town || c.town === filter.town) && (!filter.industry || c.industry === filter.industry))
    .toArray();
  companies.sort((a, b) => (a._reading ?? '').localeCompare(b._reading ?? '', 'ja'));
  const hits: Hit<Stored<'companies'>>[] =
    query.kind === 'all' ? companies : query.kind === 'phone' ? companies.filter((c) => phoneDigits(c.phone).startsWith(query.digits)) : searchByText(companies, query);
  return hits.map((c) => ({ id: c.id, name: c.name, nameKana: c.nameKana, industry: c.industry, town: c.town, status: c.status, capacity: c.capacity, reading: c._reading ?? '', ...(c.near ? { near: true } : {}) }));
}

function searchByText(companies: Stored<'companies'>[], { spellings, looseKey }: { spellings: string[]; looseKey: string | undefined }) {
  const near = looseKey === undefined ? undefined : (c: Stored<'companies'>) => toLooseKey(c._reading ?? '').includes(looseKey);
  return rankHits(companies, (c) => textMatches(spellings, c._text ?? ''), near);
}
