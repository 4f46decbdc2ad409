/**
 * A school's students as its class lists (学年 + 組, by 出席番号), searchable by name or reading in any
 * kana (ひらがな, カタカナ, half-width). The search stays in the URL, so back returns to the same list.
 */
import { useId } from 'react';
import { Link } from 'react-router';
import { groupByClass } from '../../../domain/class-groups';
import { useUrlFilter } from '../../../lib/use-url-filter';
import { useSchoolStudents } from '../../../storage/hooks/use-school-screens';
import type { StudentRow } from '../../../storage/school-screen-queries';
import { classLabel } from '../class-label';
import { useSchoolMessages } from '../messages';

export function SchoolStudentsSection({ schoolId }: { schoolId: string }) {
  const { t, tf } = useSchoolMessages();
  const url = useUrlFilter();
  const text = url.get('q');
  const students = useSchoolStudents(schoolId, text);
  const searchId = useId();
  const groups = students ? groupByClass(students) : [];
  return (
    <section className="card" aria-labelledby="school-students-title">
      <div className="section-head">
        <h2 id="school-students-title">
          {tf('students.title')} {students && !text ? <span className="list-count">{tf('students.count', { n: students.length })}</span> : null}
        </h2>
        <Link to={`/students/new?school=${schoolId}`} className="button button--primary">
          ＋ {tf('students.new')}
        </Link>
      </div>
      <div className="filters" role="search">
        <div className="filters__search">
          <label htmlFor={searchId}>{tf('students.searchLabel')}</label>
          <input id={searchId} type="search" placeholder={tf('students.searchPlaceholder')} value={text} onChange={(e) => url.set('q', e.target.value)} />
        </div>
      </div>
      <p className="list-count" role="status" aria-live="polite">
        {students === undefined ? t('common.loading') : text ? t('common.count', { n: students.length }) : ''}
      </p>
      {students?.length === 0 ? <p className="empty">{text ? tf('students.noMatch') : tf('students.empty')}</p> : null}
      {groups.map((group) => {
        const label = classLabel(group.grade, group.className, tf('grade', { n: group.grade }));
        return (
          <section key={`${group.grade}|${group.className}`} className="class-group" aria-label={label}>
            <h3 className="class-group__title">
              {label} <span className="list-count">{tf('students.count', { n: group.students.length })}</span>
            </h3>
            <ul className="plain-list class-group__list">
              {group.students.map((s) => (
                <li key={s.id}>
                  <StudentLink student={s} />
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </section>
  );
}

function StudentLink({ student: s }: { student: StudentRow }) {
  const { tf } = useSchoolMessages();
  return (
    <Link to={`/students/${s.id}`} className="row-link student-row">
      <span className="student-row__number">{s.number === null ? '—' : tf('students.numberShort', { n: s.number })}</span>
      <span className="row-link__main">
        <span className="row-link__name">
          {s.familyName} {s.givenName}
        </span>
        <span className="row-link__kana">
          {s.familyNameKana} {s.givenNameKana}
        </span>
      </span>
      <span className="row-link__meta">
        <span className="tag">{tf('students.planTag', { plan: tf(`plan.${s.plan}`) })}</span>
      </span>
    </Link>
  );
}
