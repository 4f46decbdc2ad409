/** A record's audit trail from the server (admins only; the server refuses everyone else). */
import { useQuery } from '@tanstack/react-query';
import { auditResponseSchema } from '../shared/auth-protocol';
import type { EntityName } from '../shared/entities';
import { apiRequest } from './api-request';
import { queryKeys } from './query-keys';

export function useRecordHistory(entity: EntityName, id: string, enabled: boolean) {
  return useQuery({
    queryKey: queryKeys.admin.audit(entity, id),
    queryFn: async () => (await apiRequest(auditResponseSchema, `/api/admin/audit/${entity}/${encodeURIComponent(id)}`)).entries,
    enabled,
    // A history grows with every sync; re-read it each time it is opened.
    staleTime: 0,
  });
}
