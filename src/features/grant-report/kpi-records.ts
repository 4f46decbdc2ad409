/**
 * The records behind one figure, as rows to list: a name a person recognises (a seeker, a company, a
 * trial's seeker and company), the day that counted, and the page of the record where it has one.
 * A deleted seeker is shown as such (its name is gone: only what the report needs was kept). For a rate,
 * every record of the denominator is listed and marked whether it is in the numerator too.
 */
import type { Kpi, ReportRecords } from '../../domain/grant-report-model';
import { codeLabel } from '../../lib/code-options';
import { formatDate } from '../../lib/dates';
import { formatYen } from '../../lib/numbers';
import type { ReportWords } from './report-labels';

export type KpiRecordRow = {
  id: string;
  title: string;
  /** The day that orders the rows ('' when the record has none). */
  date: string;
  meta: string;
  href: string | null;
  /** For a rate: whether the record is counted in the numerator; null for a count. */
  inNumerator: boolean | null;
};

type Row = Omit<KpiRecordRow, 'id' | 'inNumerator'>;

const byId = <T extends { id: string }>(rows: readonly T[]) => new Map(rows.map((r) => [r.id, r]));

/** Looks a record of the figure's entity up and describes it; built once per list. */
function describer(entity: Kpi['entity'], input: ReportRecords, { t, tf, lang }: ReportWords): (id: string) => Row {
  const seekers = byId(input.seekers);
  const companies = byId(input.companies);
  const students = byId(input.students);
  const day = (iso: string) => (iso ? formatDate(iso, lang) : '');
  const dated = (key: 'records.registeredOn' | 'records.startedOn' | 'records.hiredOn' | 'records.invoicedOn' | 'records.paidOn', iso: string) => (iso ? tf(key, { date: day(iso) }) : '');
  const joined = (...parts: string[]) => parts.filter(Boolean).join(' · ');
  const seekerName = (id: string) => {
    const s = seekers.get(id);
    return s && !s.deleted ? `${s.familyName} ${s.givenName}` : tf('records.deletedSeeker');
  };
  const companyName = (id: string) => companies.get(id)?.name ?? '';
  const studentName = (id: string) => {
    const s = students.get(id);
    return s ? `${s.familyName} ${s.givenName}` : '';
  };
  const missing = (id: string): Row => ({ title: id, date: '', meta: '', href: null });
  switch (entity) {
    case 'seekers':
      return (id) => {
        const s = seekers.get(id);
        if (!s) return missing(id);
        return { title: seekerName(id), date: s.registeredOn, meta: joined(dated('records.registeredOn', s.registeredOn), codeLabel(t, 'town', s.town)), href: s.deleted ? null : `/seekers/${id}` };
      };
    case 'companies':
      return (id) => {
        const c = companies.get(id);
        if (!c) return missing(id);
        return { title: c.name, date: '', meta: joined(codeLabel(t, 'town', c.town), codeLabel(t, 'companyStatus', c.status)), href: c.deleted ? null : `/companies/${id}` };
      };
    case 'companyVisits': {
      const visits = byId(input.companyVisits);
      return (id) => {
        const v = visits.get(id);
        if (!v) return missing(id);
        // A visit has no page of its own: it is listed on its company's.
        return { title: tf('records.visit', { company: companyName(v.companyId) }), date: v.date, meta: day(v.date), href: `/companies/${v.companyId}` };
      };
    }
    case 'trialPlacements': {
      const placements = byId(input.trialPlacements);
      return (id) => {
        const p = placements.get(id);
        if (!p) return missing(id);
        return {
          title: tf('records.placement', { seeker: seekerName(p.seekerId), company: companyName(p.companyId) }),
          date: p.startDate,
          meta: joined(dated('records.startedOn', p.startDate), codeLabel(t, 'trialStatus', p.status), dated('records.hiredOn', p.hiredOn)),
          href: `/placements/${id}`,
        };
      };
    }
    case 'successFees': {
      const fees = byId(input.successFees);
      const placements = byId(input.trialPlacements);
      return (id) => {
        const f = fees.get(id);
        const p = f && placements.get(f.placementId);
        if (!f || !p) return missing(id);
        return {
          title: tf('records.fee', { company: companyName(p.companyId), seeker: seekerName(p.seekerId) }),
          date: p.hiredOn,
          meta: joined(formatYen(f.amount), dated('records.hiredOn', p.hiredOn), dated('records.invoicedOn', f.invoicedOn), dated('records.paidOn', f.paidOn)),
          href: `/fees/${id}`,
        };
      };
    }
    case 'schools': {
      const schools = byId(input.schools);
      return (id) => {
        const s = schools.get(id);
        if (!s) return missing(id);
        return { title: s.name, date: '', meta: codeLabel(t, 'town', s.town), href: `/schools/${id}` };
      };
    }
    case 'students': {
      const schools = byId(input.schools);
      return (id) => {
        const s = students.get(id);
        if (!s) return missing(id);
        return { title: studentName(id), date: '', meta: schools.get(s.schoolId)?.name ?? '', href: `/students/${id}` };
      };
    }
    case 'careerPlans': {
      const plans = byId(input.careerPlans);
      return (id) => {
        const c = plans.get(id);
        if (!c) return missing(id);
        return { title: tf('records.careerPlan', { student: studentName(c.studentId) }), date: '', meta: '', href: `/programmes/${c.programmeId}/career-plans/${c.studentId}` };
      };
    }
  }
}

const collator = new Intl.Collator('ja');

export function kpiRecordRows(kpi: Kpi, input: ReportRecords, words: ReportWords): KpiRecordRow[] {
  const describe = describer(kpi.entity, input, words);
  const counted = new Set(kpi.ids);
  const ids = kpi.denominatorIds ? [...new Set([...kpi.denominatorIds, ...kpi.ids])] : [...counted];
  return ids
    .map((id) => ({ id, ...describe(id), inNumerator: kpi.denominatorIds ? counted.has(id) : null }))
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : collator.compare(a.title, b.title)));
}
