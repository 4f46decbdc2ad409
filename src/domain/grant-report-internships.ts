/**
 * 高校生インターンシップ: the schools with a session in the period, the students who attended each kind of
 * session and the attendance rate at each (tallyMarks), and the change in interest in working locally
 * over the year's career plans. These follow the school's town; the age group does not apply, and the
 * interest shift ignores the month filter (a career plan has no date).
 */
import { SESSION_KINDS } from '../shared/codes';
import { countKpi, KPI_META, table, type ReportContext, type SectionFigures } from './grant-report-figures';
import type { Kpi, KpiKey } from './grant-report-model';
import { within } from './grant-report-period';
import type { PreparedReport, SessionFacts } from './grant-report-prepare';
import { interestShift, tallyMarks } from './school-programme';

type SessionKind = (typeof SESSION_KINDS)[number];

const KIND_KPIS: Record<SessionKind, { students: KpiKey; rate: KpiKey }> = {
  pre_learning: { students: 'studentsPreLearning', rate: 'attendanceRatePreLearning' },
  internship: { students: 'studentsInternship', rate: 'attendanceRateInternship' },
  post_learning: { students: 'studentsPostLearning', rate: 'attendanceRatePostLearning' },
};

const ATTENDED = new Set(['present', 'late', 'left_early']);

/** The students who attended these sessions, and the attendance rate over every mark given at them. */
function attendance(kind: SessionKind, sessions: readonly SessionFacts[]) {
  const marks = sessions.flatMap((s) => s.marks);
  const tally = tallyMarks(marks.map((m) => m.mark));
  const attended = [...new Set(marks.filter((m) => ATTENDED.has(m.mark)).map((m) => m.studentId))];
  const counted = [...new Set(marks.filter((m) => m.mark !== 'excused').map((m) => m.studentId))];
  const { students, rate } = KIND_KPIS[kind];
  const rateKpi: Kpi = {
    key: rate,
    ...KPI_META[rate],
    value: tally.rate,
    numerator: tally.attended,
    denominator: tally.counted,
    ids: attended,
    denominatorIds: counted,
  };
  return { sessions: sessions.length, students: countKpi(students, attended), rate: rateKpi };
}

function interest(prepared: PreparedReport, ctx: ReportContext): Kpi {
  const { fiscalYear, town } = ctx.filter;
  const plans = prepared.careerPlans
    .filter((c) => c.fiscalYear === fiscalYear && (town === null || c.school.town === town))
    .map((c) => c.plan);
  const answered = plans.filter((p) => p.interestBefore !== null && p.interestAfter !== null);
  const shift = interestShift(answered);
  return {
    key: 'interestShift',
    ...KPI_META.interestShift,
    value: shift ? shift.after - shift.before : null,
    numerator: answered.filter((p) => p.interestAfter! > p.interestBefore!).length,
    denominator: answered.length,
    ids: answered.filter((p) => p.interestAfter! > p.interestBefore!).map((p) => p.id),
    denominatorIds: answered.map((p) => p.id),
  };
}

export function internshipFigures(prepared: PreparedReport, ctx: ReportContext): SectionFigures {
  const { filter, period } = ctx;
  const sessions = prepared.sessions.filter(
    (s) =>
      s.fiscalYear === filter.fiscalYear &&
      within(s.session.date, period) &&
      (filter.town === null || s.school.town === filter.town),
  );
  const byKind = new Map(
    SESSION_KINDS.map((kind) => [
      kind,
      attendance(
        kind,
        sessions.filter((s) => s.session.kind === kind),
      ),
    ]),
  );
  const of = (kind: string) => byKind.get(kind as SessionKind)!;
  const kpis: SectionFigures['kpis'] = {
    schools: countKpi('schools', [...new Set(sessions.map((s) => s.school.id))]),
    interestShift: interest(prepared, ctx),
  };
  for (const [kind, figures] of byKind) {
    kpis[KIND_KPIS[kind].students] = figures.students;
    kpis[KIND_KPIS[kind].rate] = figures.rate;
  }
  return {
    kpis,
    breakdowns: [
      table('internshipsBySessionKind', SESSION_KINDS, {
        sessions: (k) => of(k).sessions,
        students: (k) => of(k).students.value,
        attendanceRate: (k) => of(k).rate.value,
      }),
    ],
  };
}
