import { RecordEditorScreen } from '../../../components/record-editor-screen';
import { SeekerForm } from './seeker-form';

export function SeekerEditorScreen() {
  return (
    <RecordEditorScreen
      entity="seekers"
      basePath="/seekers"
      titles={{ create: 'seeker.new.title', edit: 'seeker.edit.title' }}
      renderForm={(props) => <SeekerForm {...props} />}
    />
  );
}
