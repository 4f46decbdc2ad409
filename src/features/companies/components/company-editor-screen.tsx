import { RecordEditorScreen } from '../../../components/record-editor-screen';
import { CompanyForm } from './company-form';

export function CompanyEditorScreen() {
  return (
    <RecordEditorScreen
      entity="companies"
      basePath="/companies"
      titles={{ create: 'company.new.title', edit: 'company.edit.title' }}
      renderForm={(props) => <CompanyForm {...props} />}
    />
  );
}
