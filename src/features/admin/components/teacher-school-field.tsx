/**
 * The school select of the user forms. Only a teacher is bound to a school (their scope is that
 * school's students), so the field exists only while the role is teacher.
 */
import type { UseFormRegisterReturn } from 'react-hook-form';
import { FormField } from '../../../components/ui/form-field';
import { Select } from '../../../components/ui/select';
import { useI18n } from '../../../lib/i18n/i18n';
import type { Role } from '../../../shared/auth-protocol';
import type { SchoolOption } from '../../../storage/school-queries';
import { schoolOptions } from './role-options';

export function TeacherSchoolField({ role, schools, error, registration }: {
  role: Role;
  schools: SchoolOption[] | undefined;
  error: string | undefined;
  registration: UseFormRegisterReturn<'schoolId'>;
}) {
  const { t } = useI18n();
  if (role !== 'teacher') return null;
  return (
    <FormField label={t('admin.user.school')} hint={t('admin.user.schoolHint')} error={error} required>
      <Select options={schoolOptions(schools)} placeholder={t('admin.user.schoolPlaceholder')} {...registration} />
    </FormField>
  );
}
