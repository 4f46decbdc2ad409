import { useLiveQuery } from 'dexie-react-hooks';
import { listCompanies, type CompanyFilter, type CompanyRow } from '../company-queries';
import { db } from '../db';

export function useCompanyList(filter: CompanyFilter): CompanyRow[] | undefined {
  return useLiveQuery(() => listCompanies(db, filter), [filter.text, filter.town, filter.industry]);
}
