/**
 * One student: details, attendance rate with the mark of every session (未入力 for a past session nobody
 * marked), and the programmes the student takes part in. Back and a delete (a tombstone, as the registry
 * has it) lead to the student's school.
 */
import { Link } from 'react-router';
import { AttendanceRate } from '../../../components/attendance-rate';
import { useAttendanceWords } from '../../../components/attendance-words';
import { RecordDetailScreen } from '../../../components/record-detail-screen';
import { DetailList } from '../../../components/ui/detail-list';
import { fiscalYearLabel } from '../../../domain/fiscal-year';
import { tallyMarks } from '../../../domain/school-programme';
import { formatDate, todayIso } from '../../../lib/dates';
import type { Student } from '../../../shared/entities';
import { useRecord } from '../../../storage/hooks/use-record';
import { useStudentProgrammes, useStudentSessions } from '../../../storage/hooks/use-school-screens';
import { classLabel } from '../class-label';
import { useSchoolMessages } from '../messages';

export function StudentDetailScreen() {
  const { tf } = useSchoolMessages();
  return (
    <RecordDetailScreen
      entity="students"
      basePath="/students"
      backTo={(student) => `/schools/${student.schoolId}`}
      backLabel={tf('student.backToSchool')}
      title={(s) => `${s.familyName} ${s.givenName}`}
      subtitle={(s) => `${s.familyNameKana} ${s.givenNameKana}`}
      renderBody={(student) => <StudentDetailBody student={student} />}
    />
  );
}

function StudentDetailBody({ student }: { student: Student }) {
  const { tf } = useSchoolMessages();
  const school = useRecord('schools', student.schoolId);
  return (
    <>
      <DetailList
        items={[
          [tf('student.school'), school?.name ?? ''],
          [tf('student.gradeClass'), classLabel(student.grade, student.className, tf('grade', { n: student.grade }))],
          [tf('student.number'), student.number === null ? '' : String(student.number)],
          [tf('student.plan'), tf(`plan.${student.plan}`)],
          ...(student.kind === 'university' ? [[tf('student.kind'), tf('kind.university')] as [string, string]] : []),
        ]}
      />
      <StudentSessionsSection studentId={student.id} />
      <StudentProgrammesSection studentId={student.id} />
    </>
  );
}

function StudentSessionsSection({ studentId }: { studentId: string }) {
  const { t, tf, lang } = useSchoolMessages();
  const words = useAttendanceWords();
  const rows = useStudentSessions(studentId, todayIso());
  return (
    <section className="card" aria-labelledby="student-sessions-title">
      <h2 id="student-sessions-title">{tf('student.sessions')}</h2>
      {rows === undefined ? <p>{t('common.loading')}</p> : <p className="school-summary__rate"><AttendanceRate tally={tallyMarks(rows.map((r) => r.mark))} /></p>}
      {rows?.length === 0 ? <p className="empty">{tf('student.sessionsEmpty')}</p> : null}
      {rows && rows.length > 0 ? (
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{tf('student.sessionDate')}</th>
              <th scope="col">{tf('student.sessionTitle')}</th>
              <th scope="col">{tf('student.sessionMark')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.sessionId}>
                <td>
                  <time dateTime={r.date}>{formatDate(r.date, lang)}</time>
                </td>
                <td>
                  <span className="tag">{t(`sessionKind.${r.kind}`)}</span> {r.title}
                </td>
                <td>
                  <span className={`mark mark--${r.mark || 'none'}`}>{words.tf(r.mark ? `mark.${r.mark}` : 'mark.none')}</span>
                  {r.note ? <span className="muted"> {r.note}</span> : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </section>
  );
}

function StudentProgrammesSection({ studentId }: { studentId: string }) {
  const { t, tf, lang } = useSchoolMessages();
  const programmes = useStudentProgrammes(studentId);
  return (
    <section className="card" aria-labelledby="student-programmes-title">
      <h2 id="student-programmes-title">{tf('student.programmes')}</h2>
      {programmes === undefined ? <p>{t('common.loading')}</p> : null}
      {programmes?.length === 0 ? <p className="empty">{tf('student.programmesEmpty')}</p> : null}
      <ul className="plain-list">
        {programmes?.map((p) => (
          <li key={p.id} className="timeline-item">
            <Link to={`/programmes/${p.id}`} className="touch-link">
              {p.title}
            </Link>{' '}
            {/* Schools title a programme with its year (令和7年度 …): say the year only when the title does not. */}
            {p.title.includes(fiscalYearLabel(p.fiscalYear, lang)) ? null : <span className="muted">{fiscalYearLabel(p.fiscalYear, lang)}</span>}
            {p.withdrawn ? <span className="tag tag--muted">{tf('student.withdrawn')}</span> : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
