/**
 * A teacher's home: their school, its students (name, reading, grade/class) and the
 * programme's upcoming sessions, read from the device database. Read-only: attendance entry is not
 * built yet. A teacher's device holds no seekers at all (the server never sends them).
 */
import { useSession } from '../../../auth/use-session';
import { PageHeader } from '../../../components/ui/page-header';
import { todayIso } from '../../../lib/dates';
import { useI18n } from '../../../lib/i18n/i18n';
import type { MessageKey } from '../../../lib/i18n/ja';
import { useTeacherHome } from '../../../storage/hooks/use-teacher-home';

export function TeacherHomeScreen() {
  const { t } = useI18n();
  // Schools often write the grade into the class name (「2年1組」): do not say the grade twice.
  const gradeClass = (grade: number, className: string | undefined) => {
    const year = t('teacher.grade', { n: grade });
    if (!className) return year;
    return className.startsWith(year) || className.startsWith(String(grade)) ? className : `${year} ${className}`;
  };
  const { user } = useSession();
  const home = useTeacherHome(user?.schoolId, todayIso());
  if (!home?.school) {
    return (
      <section className="screen">
        <p className="banner banner--info" role="status" aria-busy={home === undefined}>
          {t('teacher.loading')}
        </p>
      </section>
    );
  }
  const { school, students, sessions } = home;
  return (
    <section className="screen teacher-home">
      <PageHeader title={school.name}>
        <p className="page-header__sub">
          {t(`town.${school.town}` as MessageKey)} ・ {t('teacher.readOnly')}
        </p>
      </PageHeader>
      <div className="teacher-home__grid">
        <section className="card" aria-labelledby="teacher-sessions">
          <h2 id="teacher-sessions">{t('teacher.sessions.title')}</h2>
          {sessions.length === 0 ? (
            <p className="empty">{t('teacher.sessions.empty')}</p>
          ) : (
            <ul className="plain-list">
              {sessions.map((s) => (
                <li key={s.id} className="timeline-item">
                  <p className="timeline-item__head">
                    <time dateTime={s.date}>{s.date}</time> <span className="tag">{t(`sessionKind.${s.kind}`)}</span>
                  </p>
                  <p>{s.title}</p>
                </li>
              ))}
            </ul>
          )}
        </section>
        <section className="card" aria-labelledby="teacher-students">
          <h2 id="teacher-students">
            {t('teacher.students.title')} <span className="list-count">{t('teacher.students.count', { n: students.length })}</span>
          </h2>
          {students.length === 0 ? (
            <p className="empty">{t('teacher.students.empty')}</p>
          ) : (
            <table className="data-table">
              <thead>
                <tr>
                  <th scope="col">{t('teacher.students.name')}</th>
                  <th scope="col">{t('teacher.students.reading')}</th>
                  <th scope="col">{t('teacher.students.gradeClass')}</th>
                </tr>
              </thead>
              <tbody>
                {students.map((s) => (
                  <tr key={s.id}>
                    <td>
                      {s.familyName} {s.givenName}
                    </td>
                    <td>
                      {s.familyNameKana} {s.givenNameKana}
                    </td>
                    <td>{gradeClass(s.grade, s.className)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
      </div>
    </section>
  );
}
