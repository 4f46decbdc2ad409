/**
 * /students/new?school=<id> and /students/:id/edit. A new student belongs to the school the link names
 * (a teacher's: its own); saving opens the student, cancelling a new one goes back to its school.
 */
import { useSearchParams } from 'react-router';
import { useSession } from '../../../auth/use-session';
import { RecordEditorScreen } from '../../../components/record-editor-screen';
import { useSchools } from '../../../storage/hooks/use-schools';
import { useSchoolMessages } from '../messages';
import { StudentForm } from './student-form';

export function StudentEditorScreen() {
  const { tf } = useSchoolMessages();
  const { user } = useSession();
  const [params] = useSearchParams();
  const schools = useSchools();
  const schoolId = (user?.role === 'teacher' ? user.schoolId : params.get('school')) ?? '';
  return (
    <RecordEditorScreen
      entity="students"
      basePath="/students"
      titles={(editing) => tf(editing ? 'student.edit' : 'student.new')}
      leaveTo={(student) => (student ? `/students/${student.id}` : schoolId ? `/schools/${schoolId}` : '/schools')}
      renderForm={(props) => <StudentForm {...props} schoolId={schoolId} schools={schools} />}
    />
  );
}
