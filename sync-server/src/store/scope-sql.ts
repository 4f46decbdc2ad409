/**
 * The SQL side of scoping (PullScope, store-types.ts): one WHERE clause for records and conflicts, plus
 * the two extras a school-bound pull needs, read in the pull's own transaction so they match its page:
 *  - `removed`: scope_exits rows of the user's schools in (afterSeq, nextSeq], minus records the page
 *    itself delivers (a record that left and came back is simply in `changes`).
 *  - company names: a teacher sees the companies its school's internships point to, reduced to a
 *    projection. Membership grows only by an internship write, which is in the teacher's stream, so
 *    companies are emitted (a) alongside every internship in the page and (b) when the company row
 *    itself changed in the page's stretch and is used by a live internship of the school.
 *    A company that stops being used stays on the device until the next re-snapshot: it is a business
 *    name, not personal data (documented limitation).
 */
import type { SelectQueryBuilder, Transaction } from 'kysely';
import { ENTITY_NAMES } from '../../../src/shared/entities';
import type { Database } from './db-schema';
import { chunks } from './row-mapping';
import type { PullPage, PullScope } from './store-types';

type Scoped = 'records' | 'conflicts';

export function withScope<T extends Scoped, O>(q: SelectQueryBuilder<Database, T, O>, scope: PullScope): SelectQueryBuilder<Database, T, O> {
  if (scope.kind === 'all') return q;
  const schoolIds = scope.schoolIds;
  let out = q;
  if (scope.kind === 'rules' && scope.entities.length < ENTITY_NAMES.length) {
    if (scope.entities.length === 0) return out.where((eb) => eb.val(1), '=', 0);
    out = out.where('entity' as never, 'in', scope.entities as never);
  }
  if (schoolIds === null) return out;
  if (schoolIds.length === 0) return out.where((eb) => eb.val(1), '=', 0);
  return out.where('scope_school_id' as never, 'in', schoolIds as never);
}

const schoolIdsOf = (scope: PullScope) => (scope.kind === 'all' ? null : scope.schoolIds);

export async function scopeRemovals(
  trx: Transaction<Database>,
  scope: PullScope,
  range: { afterSeq: number; nextSeq: number },
  delivered: ReadonlySet<string>,
): Promise<PullPage['removed']> {
  const schoolIds = schoolIdsOf(scope);
  if (!schoolIds || schoolIds.length === 0) return [];
  const rows = await trx
    .selectFrom('scope_exits')
    .select(['entity', 'record_id'])
    .where('school_id', 'in', schoolIds)
    .where('server_seq', '>', range.afterSeq)
    .where('server_seq', '<=', range.nextSeq)
    .orderBy('server_seq')
    .execute();
  const seen = new Set<string>();
  const out: PullPage['removed'] = [];
  for (const r of rows) {
    const key = `${r.entity}/${r.record_id}`;
    if (delivered.has(key) || seen.has(key)) continue;
    seen.add(key);
    out.push({ entity: r.entity, id: r.record_id });
  }
  return out;
}

const COMPANY_NAME_FIELDS = ['id', 'name', 'nameKana', 'town', 'industry', 'createdAt', 'updatedAt', 'version', 'deleted'] as const;

/** The reduced company a teacher may see; everything else (address, phone, contact...) stays home. */
export function companyNameProjection(data: string): string {
  const full = JSON.parse(data) as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const key of COMPANY_NAME_FIELDS) if (key in full) out[key] = full[key];
  return JSON.stringify(out);
}

export async function companyNameRows(
  trx: Transaction<Database>,
  scope: PullScope,
  page: { rows: readonly { entity: string; data: string }[]; afterSeq: number; nextSeq: number; liveOnly: boolean },
): Promise<PullPage['rows']> {
  if (scope.kind !== 'rules' || !scope.companyNames || !scope.schoolIds || scope.schoolIds.length === 0) return [];
  // Companies used by the schools' live internships (a school has tens to hundreds of them).
  const internships = await trx
    .selectFrom('records')
    .select('data')
    .where('entity', '=', 'internships')
    .where('scope_school_id', 'in', scope.schoolIds)
    .where('deleted', '=', 0)
    .execute();
  const used = new Set(internships.map((r) => companyIdOf(r.data)).filter((id): id is string => id !== null));
  const inPage = new Set(page.rows.filter((r) => r.entity === 'internships').map((r) => companyIdOf(r.data)));
  if (used.size === 0) return [];
  const out: PullPage['rows'] = [];
  for (const part of chunks([...used], 500)) {
    let q = trx
      .selectFrom('records')
      .select(['id', 'data', 'server_seq'])
      .where('entity', '=', 'companies')
      .where('id', 'in', part);
    if (page.liveOnly) q = q.where('deleted', '=', 0);
    for (const r of await q.orderBy('server_seq').execute()) {
      const seq = Number(r.server_seq);
      const changedInRange = seq > page.afterSeq && seq <= page.nextSeq;
      if (changedInRange || inPage.has(r.id)) out.push({ entity: 'companies', data: companyNameProjection(r.data), projection: 'company-name' });
    }
  }
  return out;
}

function companyIdOf(data: string): string | null {
  const id = (JSON.parse(data) as { companyId?: unknown }).companyId;
  return typeof id === 'string' ? id : null;
}
