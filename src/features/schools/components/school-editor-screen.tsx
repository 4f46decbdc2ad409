import { RecordEditorScreen } from '../../../components/record-editor-screen';
import { useSchoolMessages } from '../messages';
import { SchoolForm } from './school-form';

export function SchoolEditorScreen() {
  const { tf } = useSchoolMessages();
  return (
    <RecordEditorScreen
      entity="schools"
      basePath="/schools"
      titles={(editing) => tf(editing ? 'school.edit' : 'school.new')}
      renderForm={(props) => <SchoolForm {...props} />}
    />
  );
}
