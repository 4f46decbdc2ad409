/**
 * The school select of the user forms. Only a teacher is bound to a school (their scope is that
 * school's students), so the field exists only while the role is teacher.
 */
import type { UseFormRegisterReturn } from 'react-hook-form';
import { FormField } from '../../../components/ui/form-field';
import { Select } from '../../../components/ui/select';
import type { Role } from '../../../shared/auth-protocol';
import type { SchoolOption } from '../../../storage/school-queries';
import { schoolOptions } from './role-options';
import { useAdminMessages } from '../messages';

export function TeacherSchoolField({ role, schools, error, registration }: {
  role: Role;
  schools: SchoolOption[] | undefined;
  error: string | undefined;
  registration: UseFormRegisterReturn<'schoolId'>;
}) {
  const { tf } = useAdminMessages();
  if (role !== 'teacher') return null;
  return (
    <FormField label={tf('admin.user.school')} hint={tf('admin.user.schoolHint')} error={error} required>
      <Select options={schoolOptions(schools)} placeholder={tf('admin.user.schoolPlaceholder')} {...registration} />
    </FormField>
  );
}
