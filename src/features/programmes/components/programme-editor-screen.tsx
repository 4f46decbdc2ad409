/**
 * Creating a programme (/programmes/new, `?school=` and `?year=` preset from the list or a school's
 * page) or editing one (/programmes/:id/edit). A teacher's is always its own school's.
 */
import { useSearchParams } from 'react-router';
import { useSession } from '../../../auth/use-session';
import { RecordEditorScreen } from '../../../components/record-editor-screen';
import { fiscalYearOf } from '../../../domain/fiscal-year';
import { todayIso } from '../../../lib/dates';
import { useSchools } from '../../../storage/hooks/use-schools';
import { useProgrammeMessages } from '../messages';
import { ProgrammeForm } from './programme-form';
import '../programmes.css';

export function ProgrammeEditorScreen() {
  const { t, tf } = useProgrammeMessages();
  const [params] = useSearchParams();
  const user = useSession().user;
  const schools = useSchools();
  if (!schools) return <p>{t('common.loading')}</p>;
  const thisYear = fiscalYearOf(todayIso());
  const years = [thisYear - 1, thisYear, thisYear + 1];
  const asked = Number(params.get('year'));
  const teacherSchool = user?.role === 'teacher' ? (user.schoolId ?? '') : null;
  const schoolId = teacherSchool ?? (schools.some((s) => s.id === params.get('school')) ? params.get('school')! : '');
  return (
    <RecordEditorScreen
      entity="internshipProgrammes"
      basePath="/programmes"
      titles={(editing) => tf(editing ? 'programme.editTitle' : 'programme.newTitle')}
      renderForm={(props) => (
        <ProgrammeForm {...props} schools={schools} schoolFixed={teacherSchool !== null} start={{ schoolId, fiscalYear: years.includes(asked) ? asked : thisYear, years }} />
      )}
    />
  );
}
