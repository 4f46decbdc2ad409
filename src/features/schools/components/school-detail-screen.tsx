/**
 * One school: its details, its attendance rate over every mark given there, links to its programmes
 * and to the student import, and its students as class lists. A teacher sees its own school here and
 * may edit it, but not delete it (that would take its own scope away).
 */
import { Link } from 'react-router';
import { useSession } from '../../../auth/use-session';
import { AttendanceRate } from '../../../components/attendance-rate';
import { RecordDetailScreen } from '../../../components/record-detail-screen';
import { DetailList } from '../../../components/ui/detail-list';
import { tallyMarks } from '../../../domain/school-programme';
import { codeLabel } from '../../../lib/code-options';
import type { School } from '../../../shared/entities';
import { useSchoolMarks } from '../../../storage/hooks/use-school-screens';
import { useSchoolMessages } from '../messages';
import { SchoolStudentsSection } from './school-students-section';

export function SchoolDetailScreen() {
  const { tf } = useSchoolMessages();
  const teacher = useSession().user?.role === 'teacher';
  return (
    <RecordDetailScreen
      entity="schools"
      basePath="/schools"
      backTo={teacher ? () => '/teacher' : undefined}
      backLabel={teacher ? tf('school.backHome') : undefined}
      canDelete={!teacher}
      title={(school) => school.name}
      subtitle={(school) => school.nameKana}
      renderBody={(school) => <SchoolDetailBody school={school} />}
      renderDeleteDetails={() => <p>{tf('school.deleteDetails')}</p>}
    />
  );
}

function SchoolDetailBody({ school }: { school: School }) {
  const { t, tf } = useSchoolMessages();
  const marks = useSchoolMarks(school.id);
  return (
    <>
      <DetailList
        items={[
          [tf('school.town'), codeLabel(t, 'town', school.town)],
          [tf('school.teacherInCharge'), school.teacherInCharge],
          [tf('school.phone'), school.phone],
        ]}
      />
      <section className="card school-summary" aria-labelledby="school-attendance-title">
        <h2 id="school-attendance-title">{tf('school.attendance')}</h2>
        <p className="school-summary__rate">{marks ? <AttendanceRate tally={tallyMarks(marks)} /> : t('common.loading')}</p>
        <p className="school-summary__links">
          <Link to={`/programmes?school=${school.id}`} className="button button--secondary">
            {tf('school.programmes')}
          </Link>
          <Link to={`/schools/${school.id}/import`} className="button button--secondary">
            {tf('school.import')}
          </Link>
        </p>
      </section>
      <SchoolStudentsSection schoolId={school.id} />
    </>
  );
}
