import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../../storage/db';
import { listCompanies, type CompanyFilter, type CompanyRow } from '../../../storage/company-queries';

export function useCompanyList(filter: CompanyFilter): CompanyRow[] | undefined {
  return useLiveQuery(() => listCompanies(db, filter), [filter.text, filter.town, filter.industry]);
}
