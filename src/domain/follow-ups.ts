/**
 * Writes a person's write brings with it, made on the device in the same transaction and sent as
 * that person's own writes (unlike derived-records.ts, which the rules write on both sides):
 *  - a visit to a 見込み company makes it 訪問済, and the latest visit's next date becomes the company's
 *    next visit due (derived-values.ts reads it from the visits; the copy on the company lets the day
 *    list read 500 companies instead of every visit ever made);
 *  - a trial starting (実施中) at a registered or dormant host makes it 受入中, and the company's last
 *    running trial ending puts it back to 受入登録;
 *  - a hire (採用) creates its success fee (id derived from the placement, so two devices recording
 *    the same hire offline make one fee) with the amount of the hire's fiscal year's settings.
 * Each follow-up passes the same rules as any write, so it can never do what a person could not.
 */
import type { EntityName } from '../shared/entities';
import { feeIdOfPlacement, programmeSettingId } from '../shared/ids';
import { nextVisitDue } from './derived-values';
import { fiscalYearOf } from './fiscal-year';
import { changed, str, type PlainRecord, type RecordReader } from './rule-types';

/** `create`: a new record under `id` unless one exists; `patch`: fields set on the live record `id`. */
export type FollowUp = { kind: 'create' | 'patch'; entity: EntityName; id: string; fields: PlainRecord };

type Write = { entity: EntityName; id: string; before: PlainRecord | undefined; after: PlainRecord | undefined; reader: RecordReader };

const RUNNING = new Set(['in_trial']);

export async function followUpWrites(w: Write): Promise<FollowUp[]> {
  const { after } = w;
  if (!after) return [];
  if (w.entity === 'companyVisits') return visitFollowUps(w.id, w.before, after, w.reader);
  if (w.entity === 'trialPlacements' && changed(w, 'status')) return placementFollowUps(w.id, str(w.before, 'status'), after, w.reader);
  return [];
}

async function visitFollowUps(id: string, before: PlainRecord | undefined, visit: PlainRecord, reader: RecordReader): Promise<FollowUp[]> {
  const company = await reader.get('companies', str(visit, 'companyId'));
  if (!company) return [];
  const fields: PlainRecord = {};
  if (before === undefined && company['status'] === 'prospect') fields['status'] = 'visited';
  if (changed({ before, after: visit }, 'nextVisitDate') || changed({ before, after: visit }, 'date')) {
    const visits = (await reader.children('companyVisits', 'companyId', str(company, 'id'))).filter((v) => v['id'] !== id);
    const due = nextVisitDue(company, [...visits, visit]);
    if (due !== str(company, 'nextVisitDue')) fields['nextVisitDue'] = due;
  }
  return Object.keys(fields).length > 0 ? [{ kind: 'patch', entity: 'companies', id: str(company, 'id'), fields }] : [];
}

async function placementFollowUps(id: string, from: string, placement: PlainRecord, reader: RecordReader): Promise<FollowUp[]> {
  const out: FollowUp[] = [];
  const status = str(placement, 'status');
  const company = await reader.get('companies', str(placement, 'companyId'));
  if (company) {
    const companyStatus = str(company, 'status');
    if (RUNNING.has(status) && (companyStatus === 'host_registered' || companyStatus === 'dormant')) {
      out.push({ kind: 'patch', entity: 'companies', id: str(company, 'id'), fields: { status: 'active' } });
    } else if (RUNNING.has(from) && !RUNNING.has(status) && companyStatus === 'active') {
      const others = await reader.children('trialPlacements', 'companyId', str(company, 'id'));
      if (!others.some((p) => p['id'] !== id && RUNNING.has(str(p, 'status')))) {
        out.push({ kind: 'patch', entity: 'companies', id: str(company, 'id'), fields: { status: 'host_registered' } });
      }
    }
  }
  if (status === 'hired') {
    out.push({ kind: 'create', entity: 'successFees', id: feeIdOfPlacement(id), fields: { placementId: id, amount: await feeAmountFor(str(placement, 'hiredOn'), reader), status: 'not_invoiced', invoicedOn: '', paidOn: '', note: '' } });
  }
  return out;
}

/** The success fee of the hire's fiscal year's settings, else of the latest earlier year set, else 0. */
export async function feeAmountFor(hiredOn: string, reader: RecordReader): Promise<number> {
  for (let year = fiscalYearOf(hiredOn); year >= 2019; year--) {
    const setting = await reader.get('programmeSettings', programmeSettingId(year));
    if (setting && typeof setting['successFeeAmount'] === 'number') return setting['successFeeAmount'];
  }
  return 0;
}
