/**
 * トライアルワーク: trials started, in progress and ended, hires and their rates, retention at 3 and 6
 * months, days from registration to hire, and university students' holiday stays. Only placements that
 * ran count (grant-report-prepare.ts); a trial counts with the seeker's age on its start date, a hire
 * with the age on its hire date. Town means the seeker's town.
 */
import { TOWNS } from '../shared/codes';
import { addMonths, daysBetween } from './dates';
import {
  countByMonth,
  countKpi,
  idsOf,
  KPI_META,
  matches,
  rateKpi,
  select,
  subjectOf,
  table,
  type ReportContext,
  type SectionFigures,
  type SubjectFilter,
  type Tagged,
} from './grant-report-figures';
import type { Breakdown, Kpi } from './grant-report-model';
import { fiscalYearMonths, within } from './grant-report-period';
import type { PlacementFacts, PreparedReport } from './grant-report-prepare';

const RETENTION = [
  { key: 'retention3m', milestone: '3m', months: 3 },
  { key: 'retention6m', milestone: '6m', months: 6 },
] as const;

/** The middle value (the mean of the two middle ones for an even count); null for none. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

const tag = (p: PlacementFacts, day: string, ageDay: string): Tagged => ({
  id: p.placement.id,
  day,
  subject: subjectOf(p.person, ageDay),
});

/** Hired at a company in the hired person's own town (地元就職). */
const isLocal = (p: PlacementFacts | undefined) => p?.company !== undefined && p.company.town === p.person?.town;

export function trialFigures(prepared: PreparedReport, ctx: ReportContext): SectionFigures {
  const { filter, period, year, asOf, today } = ctx;
  const byId = prepared.trialById;
  const started: Tagged[] = [];
  const inProgress: Tagged[] = [];
  const ended: Tagged[] = [];
  const hired: Tagged[] = [];
  for (const p of prepared.trials) {
    const { startDate, hiredOn, status } = p.placement;
    if (within(startDate, year)) started.push(tag(p, startDate, startDate));
    if (startDate <= asOf && (p.closedOn === null || p.closedOn > asOf)) inProgress.push(tag(p, asOf, startDate));
    if (p.closedOn !== null && within(p.closedOn, period)) ended.push(tag(p, p.closedOn, startDate));
    if (status === 'hired' && within(hiredOn, year)) hired.push(tag(p, hiredOn, hiredOn));
  }
  const rates = (f: SubjectFilter) => hireRates(select(ended, period, f), select(hired, period, f), byId);
  const { hires, toHire, local } = rates(filter);
  const retention = RETENTION.map(({ key, milestone, months }) => {
    const cohort = hires.filter((t) => addMonths(t.day, months) <= today);
    const outcomes = cohort.map((t) => ({ id: t.id, outcome: prepared.retention.get(t.id)?.[milestone] }));
    const checked = outcomes.filter((o) => o.outcome === 'employed' || o.outcome === 'left');
    const employed = checked.filter((o) => o.outcome === 'employed');
    return { milestone, cohort: cohort.length, kpi: rateKpi(key, idsOf(employed), idsOf(checked)) };
  });
  const stays = prepared.stays.map((p) => tag(p, p.placement.startDate, p.placement.startDate));
  const months = fiscalYearMonths(filter.fiscalYear);
  return {
    kpis: {
      trialsStarted: countKpi('trialsStarted', idsOf(select(started, period, filter))),
      trialsInProgress: countKpi('trialsInProgress', idsOf(inProgress.filter((t) => matches(t.subject, filter)))),
      trialsEnded: countKpi('trialsEnded', idsOf(select(ended, period, filter))),
      hires: countKpi('hires', idsOf(hires)),
      trialToHireRate: toHire,
      localHireRate: local,
      retention3m: retention[0]!.kpi,
      retention6m: retention[1]!.kpi,
      medianDaysToHire: daysToHire(hires, byId),
      universityStays: countKpi('universityStays', idsOf(select(stays, period, filter))),
    },
    breakdowns: [ratesByTown(rates, filter), retentionTable(retention)],
    monthly: {
      trialsStarted: countByMonth(
        select(started, year, filter).map((t) => t.day),
        months,
      ),
      hires: countByMonth(
        select(hired, year, filter).map((t) => t.day),
        months,
      ),
    },
  };
}

/** 登録から採用までの日数: the median over the hires whose seeker is on the device. */
function daysToHire(hires: readonly Tagged[], byId: ReadonlyMap<string, PlacementFacts>): Kpi {
  const counted: { id: string; days: number }[] = [];
  for (const t of hires) {
    const p = byId.get(t.id);
    if (p?.person) counted.push({ id: t.id, days: daysBetween(p.person.registeredOn, t.day) });
  }
  return {
    key: 'medianDaysToHire',
    ...KPI_META.medianDaysToHire,
    value: median(counted.map((c) => c.days)),
    ids: idsOf(counted),
  };
}

/** Trials ended and hires (both already selected), the share of the ended that were hires, and of hires that were local. */
function hireRates(ended: readonly Tagged[], hires: readonly Tagged[], byId: ReadonlyMap<string, PlacementFacts>) {
  const hiredIds = idsOf(ended.filter((t) => byId.get(t.id)?.placement.status === 'hired'));
  return {
    ended,
    hires,
    toHire: rateKpi('trialToHireRate', hiredIds, idsOf(ended)),
    local: rateKpi('localHireRate', idsOf(hires.filter((t) => isLocal(byId.get(t.id)))), idsOf(hires)),
  };
}

/** Per seeker's town (the town filter lifted, the age group kept): trials ended, hires and their two rates. */
function ratesByTown(rates: (f: SubjectFilter) => ReturnType<typeof hireRates>, filter: SubjectFilter): Breakdown {
  const perTown = new Map<string, ReturnType<typeof hireRates>>(
    TOWNS.map((town) => [town, rates({ ...filter, town })]),
  );
  const of = (town: string) => perTown.get(town)!;
  return table('ratesByTown', TOWNS, {
    trialsEnded: (town) => of(town).ended.length,
    hires: (town) => of(town).hires.length,
    trialToHireRate: (town) => of(town).toHire.value,
    localHireRate: (town) => of(town).local.value,
  });
}

function retentionTable(rows: readonly { milestone: string; cohort: number; kpi: Kpi }[]): Breakdown {
  const of = (m: string) => rows.find((r) => r.milestone === m)!;
  const employed = (m: string) => of(m).kpi.numerator ?? 0;
  const checked = (m: string) => of(m).kpi.denominator ?? 0;
  return table(
    'retention',
    rows.map((r) => r.milestone),
    {
      cohort: (m) => of(m).cohort,
      checked,
      employed,
      left: (m) => checked(m) - employed(m),
      unchecked: (m) => of(m).cohort - checked(m),
    },
  );
}
