/**
 * Builders for the high-school internship programme: schools, each school's yearly programme of
 * 事前学習 → インターンシップ → 事後学習 sessions, the students' internships and attendance marks.
 */
import type { Town } from '../codes';
import type { Attendance, CareerPlan, InternshipProgramme, Internship, ProgrammeParticipant, ProgrammeSession, School } from '../entities';
import { INDUSTRIES } from '../codes';
import { attendanceId, careerPlanId, participantId } from '../ids';
import { addDays, minDate, weekday } from './dates';
import { meta } from './meta';
import { fullName } from './names';
import { landLine } from './places';
import type { Rng } from './rng';
import { INTERNSHIP_NOTES } from './texts';

const NAMED_SCHOOLS: readonly (readonly [string, string, Town])[] = [
  ['旭川東高等学校', 'アサヒカワヒガシコウトウガッコウ', 'asahikawa'],
  ['旭川工業高等学校', 'アサヒカワコウギョウコウトウガッコウ', 'asahikawa'],
  ['東川高等学校', 'ヒガシカワコウトウガッコウ', 'higashikawa'],
  ['旭川商業高等学校', 'アサヒカワショウギョウコウトウガッコウ', 'asahikawa'],
  ['美瑛高等学校', 'ビエイコウトウガッコウ', 'biei'],
  ['旭川農業高等学校', 'アサヒカワノウギョウコウトウガッコウ', 'asahikawa'],
  ['上川高等学校', 'カミカワコウトウガッコウ', 'kamikawa'],
  ['旭川北高等学校', 'アサヒカワキタコウトウガッコウ', 'asahikawa'],
  ['鷹栖高等学校', 'タカスコウトウガッコウ', 'takasu'],
  ['当麻総合高等学校', 'トウマソウゴウコウトウガッコウ', 'toma'],
  ['旭川西高等学校', 'アサヒカワニシコウトウガッコウ', 'asahikawa'],
  ['旭川永嶺高等学校', 'アサヒカワエイレイコウトウガッコウ', 'asahikawa'],
  ['東神楽高等学校', 'ヒガシカグラコウトウガッコウ', 'higashikagura'],
  ['比布高等学校', 'ピップコウトウガッコウ', 'pippu'],
  ['愛別高等学校', 'アイベツコウトウガッコウ', 'aibetsu'],
];
const NUMBERS = [
  ['二', 'ニ'],
  ['三', 'サン'],
  ['四', 'ヨン'],
  ['五', 'ゴ'],
  ['六', 'ロク'],
  ['七', 'ナナ'],
  ['八', 'ハチ'],
  ['九', 'キュウ'],
  ['十', 'ジュウ'],
] as const;
/** More schools than the named ones get numbered 旭川第N高等学校, so large test sets stay valid. */
export const MAX_SCHOOLS = NAMED_SCHOOLS.length + NUMBERS.length;

type Ctx = { id: string; now: string };

export function demoSchool(rng: Rng, ctx: Ctx & { index: number }): School {
  if (ctx.index >= MAX_SCHOOLS) throw new RangeError(`at most ${MAX_SCHOOLS} demo schools`);
  const number = NUMBERS[ctx.index - NAMED_SCHOOLS.length];
  const [name, nameKana, town] =
    NAMED_SCHOOLS[ctx.index] ??
    ([`旭川第${number![0]}高等学校`, `アサヒカワダイ${number![1]}コウトウガッコウ`, 'asahikawa'] as const);
  return {
    ...meta(rng, ctx.id, ctx.now, minDate('2020-09-15', ctx.now)),
    name,
    nameKana,
    town,
    teacherInCharge: fullName(rng, rng.int(1965, 1995)),
    phone: landLine(rng, town),
  };
}

/** 令和 year of a fiscal year (2019 = 令和元年), as school documents title their programmes. */
const reiwa = (fiscalYear: number) => (fiscalYear === 2019 ? '元' : String(fiscalYear - 2018));

export function demoProgramme(rng: Rng, ctx: Ctx & { schoolId: string; fiscalYear: number }): InternshipProgramme {
  return {
    ...meta(rng, ctx.id, ctx.now, `${ctx.fiscalYear}-04-${String(rng.int(10, 25))}`),
    schoolId: ctx.schoolId,
    fiscalYear: ctx.fiscalYear,
    title: `令和${reiwa(ctx.fiscalYear)}年度 地元企業インターンシップ`,
    notes: '',
  };
}

/** The year's sessions: two pre-learning classes, the internship days in summer, one post-learning class. */
const SESSION_PLAN = [
  ['pre_learning', '事前学習① 上川中部の産業を知る', '05', 10],
  ['pre_learning', '事前学習② 中小企業の仕事と働き方', '06', 5],
  ['internship', 'インターンシップ（職場体験）', '07', 5],
  ['post_learning', '事後学習 地元で働くキャリアプラン', '09', 10],
] as const;

export function demoSessions(
  rng: Rng,
  programme: InternshipProgramme,
  ctx: { now: string; nextId: () => string },
): ProgrammeSession[] {
  return SESSION_PLAN.map(([kind, title, month, earliestDay]) => {
    const date = weekday(`${programme.fiscalYear}-${month}-${String(earliestDay + rng.int(0, 14)).padStart(2, '0')}`);
    return {
      ...meta(rng, ctx.nextId(), ctx.now, programme.createdAt.slice(0, 10), date),
      programmeId: programme.id,
      schoolId: programme.schoolId,
      kind,
      date,
      title,
      startTime: '',
      endTime: '',
      place: '',
      companyId: '',
      notes: '',
    };
  });
}

export function demoInternship(
  rng: Rng,
  ctx: Ctx & { studentId: string; schoolId: string; companyId: string; programmeId: string; startDate: string },
): Internship {
  const { now, startDate } = ctx;
  const endDate = weekday(addDays(startDate, 2));
  const status: Internship['status'] =
    endDate < now
      ? rng.chance(0.05)
        ? 'cancelled'
        : 'done'
      : startDate <= now
        ? 'active'
        : rng.chance(0.03)
          ? 'cancelled'
          : 'planned';
  return {
    ...meta(rng, ctx.id, now, addDays(startDate, -rng.int(20, 45)), status === 'done' ? endDate : startDate),
    studentId: ctx.studentId,
    schoolId: ctx.schoolId,
    companyId: ctx.companyId,
    programmeId: ctx.programmeId,
    startDate,
    endDate,
    status,
    notes: status === 'done' ? rng.pick(INTERNSHIP_NOTES) : '',
  };
}

const MARKS = [
  ['present', 85],
  ['absent', 6],
  ['late', 4],
  ['left_early', 2],
  ['excused', 3],
] as const;
const MARK_NOTES = {
  absent: ['体調不良', '連絡なし', ''],
  late: ['JRの遅延', '通院のため', ''],
  left_early: ['体調不良', '通院のため'],
  excused: ['部活動の大会', '忌引'],
} as const;

/** One student's mark at one session; the id comes from the pair, as a teacher's device would make it. */
export function demoAttendance(
  rng: Rng,
  ctx: { now: string; session: Pick<ProgrammeSession, 'id' | 'schoolId' | 'date'>; studentId: string },
): Attendance {
  const mark = rng.weighted(MARKS);
  return {
    ...meta(rng, attendanceId(ctx.session.id, ctx.studentId), ctx.now, ctx.session.date),
    sessionId: ctx.session.id,
    studentId: ctx.studentId,
    schoolId: ctx.session.schoolId,
    mark,
    note: mark === 'present' ? '' : rng.pick(MARK_NOTES[mark]),
  };
}

/** A student taking part in a programme, added when the programme was set up. */
export function demoParticipant(rng: Rng, ctx: { now: string; programme: InternshipProgramme; studentId: string }): ProgrammeParticipant {
  return {
    ...meta(rng, participantId(ctx.programme.id, ctx.studentId), ctx.now, ctx.programme.createdAt.slice(0, 10)),
    programmeId: ctx.programme.id,
    studentId: ctx.studentId,
    schoolId: ctx.programme.schoolId,
    withdrawn: false,
  };
}

const COMMENTS = ['地元にも面白い仕事があると知った', '実際に働く人の話が聞けてよかった', '進学してから地元に戻ることも考えたい', '接客の仕事に興味をもった', ''] as const;

/** The post-learning record: interest in working locally usually rises a little after the internship. */
export function demoCareerPlan(rng: Rng, ctx: { now: string; session: ProgrammeSession; studentId: string }): CareerPlan {
  const before = rng.int(1, 4) as 1 | 2 | 3 | 4;
  const after = Math.min(5, before + rng.weighted([[0, 4], [1, 5], [2, 1]] as const)) as CareerPlan['interestAfter'];
  return {
    ...meta(rng, careerPlanId(ctx.session.programmeId, ctx.studentId), ctx.now, ctx.session.date),
    programmeId: ctx.session.programmeId,
    studentId: ctx.studentId,
    schoolId: ctx.session.schoolId,
    interestBefore: before,
    interestAfter: after,
    industries: [rng.pick(INDUSTRIES)],
    comment: rng.pick(COMMENTS),
  };
}
