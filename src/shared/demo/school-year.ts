/**
 * The schools of the demo and their programme years: students in classes of up to 40 with 出席番号 in
 * reading order, one second-year class taking part each year, its sessions, its internships at host
 * companies within their capacity, and the marks a teacher would have given by `now`.
 * Last fiscal year's programme ran on the usual calendar (May and June classes, July internship,
 * September follow-up) and is fully marked. This year's is laid out around `now` so the demo is alive on
 * the day it is opened: the first school (the demo teacher's) has a class session ON `now` with nobody
 * marked yet, whatever the weekday (a teacher trying the demo on a Saturday still finds a class to
 * mark; 土曜授業 exist), two past classes with marks missing, the internship days a week ahead and the
 * follow-up class after them. The other schools run the same plan shifted by some weeks. Sessions that
 * would fall outside the programme's fiscal year are left out.
 */
import type { Company, EntityName, EntityRecord, ProgrammeSession, Student } from '../entities';
import { addDays, fiscalYearOf, weekday } from './dates';
import { demoStudent } from './people';
import { createRng, type Rng } from './rng';
import { demoAttendance, demoCareerPlan, demoInternship, demoParticipant, demoProgramme, demoSchool, demoSession, type SessionPlan } from './schools';

export type SchoolYearOptions = { schools: number; studentsPerSchool: number; programmeYears: number; now: string };
type Ids = (e: EntityName) => () => string;
type Out = { [E in EntityName]: EntityRecord<E>[] };

const CLASS_MAX = 40;
/** Share of a school's students who are its alumni at university, home for the holidays. */
const UNIVERSITY_SHARE = 0.04;

/** Students of one school: three grades split into classes of at most 40, numbered in reading order. */
function schoolStudents(rng: Rng, count: number, ctx: { now: string; schoolId: string; nextId: () => string }): Student[] {
  const university = Math.floor(count * UNIVERSITY_SHARE);
  const highSchool = count - university;
  const students: Student[] = [];
  for (let grade = 1; grade <= 3; grade++) {
    const inGrade = Math.floor(highSchool / 3) + (grade <= highSchool % 3 ? 1 : 0);
    const classes = Math.max(1, Math.ceil(inGrade / CLASS_MAX));
    for (let c = 0; c < classes; c++) {
      const size = Math.floor(inGrade / classes) + (c < inGrade % classes ? 1 : 0);
      const className = `${grade}年${c + 1}組`;
      const members = Array.from({ length: size }, () => demoStudent(rng, { id: ctx.nextId(), now: ctx.now, schoolId: ctx.schoolId, grade, className, university: false }));
      members.sort((a, b) => `${a.familyNameKana}${a.givenNameKana}`.localeCompare(`${b.familyNameKana}${b.givenNameKana}`, 'ja'));
      students.push(...members.map((s, i) => ({ ...s, number: i + 1 })));
    }
  }
  for (let i = 0; i < university; i++) students.push(demoStudent(rng, { id: ctx.nextId(), now: ctx.now, schoolId: ctx.schoolId, grade: rng.int(1, 4), className: '', university: true }));
  return students;
}

/** Host places taken by internships (every status: the capacity rule saw each one planned once). */
function hostBookings() {
  const taken = new Map<string, { start: string; end: string }[]>();
  const free = (company: Company, start: string, end: string) =>
    company.capacity - (taken.get(company.id) ?? []).filter((b) => b.start <= end && start <= b.end).length;
  return {
    /** A host with `size` places free over the dates (and how many it has free), or undefined. */
    pick(rng: Rng, hosts: readonly Company[], start: string, end: string, size: number): { host: Company; places: number } | undefined {
      const open = hosts.filter((c) => free(c, start, end) >= size);
      if (open.length === 0) return undefined;
      const host = rng.pick(open);
      return { host, places: free(host, start, end) };
    },
    book(companyId: string, start: string, end: string) {
      taken.set(companyId, [...(taken.get(companyId) ?? []), { start, end }]);
    },
  };
}

type Plan = { classes: SessionPlan[]; internship: { start: string; end: string } | null; post: SessionPlan | null };

const CLASS_TIME = { startTime: '13:30', endTime: '15:20' } as const;

/** Last year's calendar, or this year's around `base` (the demo teacher's school: `base` = now, its class on that very day). */
function programmePlan(rng: Rng, fiscalYear: number, base: string | null, className: string): Plan {
  const inYear = (date: string) => fiscalYearOf(date) === fiscalYear;
  const day = (month: string, earliest: number) => weekday(`${fiscalYear}-${month}-${String(earliest + rng.int(0, 14)).padStart(2, '0')}`);
  const dates = base
    ? { pre1: weekday(addDays(base, -28)), pre2: weekday(addDays(base, -14)), pre3: base, internship: weekday(addDays(base, 7)), post: weekday(addDays(base, 21)) }
    : { pre1: day('05', 10), pre2: day('06', 5), pre3: null, internship: day('07', 5), post: day('09', 10) };
  const classes: SessionPlan[] = [
    { kind: 'pre_learning', date: dates.pre1, title: '事前学習① 上川中部の産業を知る', ...CLASS_TIME, place: '視聴覚室', companyId: '' },
    { kind: 'pre_learning', date: dates.pre2, title: '事前学習② 中小企業の仕事と働き方', ...CLASS_TIME, place: '視聴覚室', companyId: '' },
    ...(dates.pre3 ? [{ kind: 'pre_learning' as const, date: dates.pre3, title: '事前学習③ 職場のマナーと挨拶', startTime: '10:45', endTime: '12:35', place: `${className}教室`, companyId: '' }] : []),
  ];
  const end = weekday(addDays(dates.internship, 1));
  const post: SessionPlan = { kind: 'post_learning', date: dates.post, title: '事後学習 地元で働くキャリアプラン', ...CLASS_TIME, place: '図書室', companyId: '' };
  return {
    classes: classes.filter((s) => inYear(s.date)),
    internship: inYear(dates.internship) && inYear(end) ? { start: dates.internship, end } : null,
    post: inYear(post.date) ? post : null,
  };
}

/** The internship's two days, at each host, for the students placed there. */
const internshipDays = (internship: { start: string; end: string }, host: Company): SessionPlan[] =>
  [internship.start, internship.end].map((date, i) => ({ kind: 'internship', date, title: `インターンシップ（職場体験）${i + 1}日目`, startTime: '09:00', endTime: '15:00', place: '', companyId: host.id }));

/** Past sessions of this year left with marks missing (the teacher's to-do): the latest misses four, the one before one. */
const MISSING_MARKS = [4, 1];

export function addSchools(out: Out, hosts: Company[], o: SchoolYearOptions, seed: number, ids: Ids) {
  const { now } = o;
  const rng = createRng(seed, 'schools');
  const [schoolId, studentId, programmeId, sessionId, internshipId] = (['schools', 'students', 'internshipProgrammes', 'programmeSessions', 'internships'] as const).map(ids) as [
    () => string,
    () => string,
    () => string,
    () => string,
    () => string,
  ];
  const studentRng = createRng(seed, 'students');
  const programmeRng = createRng(seed, 'internshipProgrammes');
  const internshipRng = createRng(seed, 'internships');
  const attendanceRng = createRng(seed, 'attendance');
  const bookings = hostBookings();
  const currentYear = fiscalYearOf(now);
  for (let index = 0; index < o.schools; index++) {
    const school = demoSchool(rng, { id: schoolId(), now, index });
    out.schools.push(school);
    const students = schoolStudents(studentRng, o.studentsPerSchool, { now, schoolId: school.id, nextId: studentId });
    out.students.push(...students);
    const addInternship = (student: Student, host: Company, inProgramme: string, start: string, end: string) => {
      bookings.book(host.id, start, end);
      const internship = demoInternship(internshipRng, { id: internshipId(), now, studentId: student.id, schoolId: school.id, companyId: host.id, programmeId: inProgramme, startDate: start, endDate: end });
      out.internships.push(internship);
      return internship;
    };
    for (let back = o.programmeYears - 1; back >= 0; back--) {
      const fiscalYear = currentYear - back;
      const programme = demoProgramme(programmeRng, { id: programmeId(), now, schoolId: school.id, fiscalYear });
      out.internshipProgrammes.push(programme);
      // A second-year class takes part; last year's is this year's third grade. The first class of the grade.
      const className = `${2 + back}年1組`;
      const cohort = students.filter((s) => s.kind === 'high_school' && s.className === className);
      out.programmeParticipants.push(...cohort.map((s) => demoParticipant(programmeRng, { now, programme, studentId: s.id })));
      const shift = index === 0 ? 0 : programmeRng.int(-6, 6) * 7 + programmeRng.int(-2, 2);
      const plan = programmePlan(programmeRng, fiscalYear, back === 0 ? addDays(now, shift) : null, className);
      const session = (p: SessionPlan, arranged?: string) => demoSession(programmeRng, programme, p, { id: sessionId(), now, arranged });
      const classes = plan.classes.map((p) => session(p));
      const post = plan.post ? session(plan.post) : null;
      const days: { session: ProgrammeSession; students: Student[] }[] = [];
      if (plan.internship && hosts.length > 0) {
        const { start, end } = plan.internship;
        // Hosts are arranged some seven weeks ahead, with companies the centre already knows.
        const arranged = addDays(start, -50);
        const known = hosts.filter((c) => c.createdAt.slice(0, 10) <= arranged);
        for (let at = 0; at < cohort.length; ) {
          const group = cohort.slice(at, at + internshipRng.int(2, 4));
          const found = bookings.pick(internshipRng, known, start, end, group.length) ?? bookings.pick(internshipRng, known, start, end, 1);
          if (!found) break;
          const { host, places } = found;
          const placed = group.slice(0, places);
          const made = placed.map((student) => addInternship(student, host, programme.id, start, end));
          const active = placed.filter((_, i) => made[i]!.status !== 'cancelled');
          for (const p of internshipDays(plan.internship, host)) days.push({ session: session(p, arranged), students: active });
          at += placed.length;
        }
      }
      const sessions = [...classes, ...days.map((d) => d.session), ...(post ? [post] : [])].sort((a, b) => a.date.localeCompare(b.date));
      out.programmeSessions.push(...sessions);
      if (post && post.date <= now) out.careerPlans.push(...cohort.map((s) => demoCareerPlan(programmeRng, { now, session: post, studentId: s.id })));
      // Marks up to yesterday; today's class waits for the teacher. This year's latest class sessions miss some.
      const rosterOf = (s: ProgrammeSession) => days.find((d) => d.session === s)?.students ?? cohort;
      const past = sessions.filter((s) => s.date < now);
      const pastClasses = past.filter((s) => s.kind !== 'internship').reverse();
      for (const s of past) {
        const roster = rosterOf(s);
        const missing = back === 0 ? (MISSING_MARKS[pastClasses.indexOf(s)] ?? 0) : 0;
        for (const student of roster.slice(0, roster.length - missing)) out.attendance.push(demoAttendance(attendanceRng, { now, session: s, studentId: student.id }));
      }
    }
    // University students home for the summer holidays try a host company outside any school programme.
    for (const student of students.filter((s) => s.kind === 'university')) {
      const start = weekday(`${currentYear - internshipRng.int(0, 1)}-08-${String(internshipRng.int(10, 25))}`);
      const end = weekday(addDays(start, 2));
      const found = bookings.pick(internshipRng, hosts.filter((c) => c.createdAt.slice(0, 10) <= addDays(start, -50)), start, end, 1);
      if (found) addInternship(student, found.host, '', start, end);
    }
  }
}
