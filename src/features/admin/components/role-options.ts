/** Role and school labels shared by the admin screens. */
import type { Option } from '../../../components/ui/form-field';
import { codeLabel, codeOptions } from '../../../lib/code-options';
import type { Translate } from '../../../lib/i18n/i18n';
import { ROLES, type Role } from '../../../shared/auth-protocol';
import type { AdminTranslate } from '../messages';
import type { SchoolOption } from '../../../storage/school-queries';

export const roleOptions = (t: Translate): Option[] => codeOptions(t, 'role', ROLES);
export const roleLabel = (t: Translate, role: Role): string => codeLabel(t, 'role', role);

export const schoolOptions = (schools: readonly SchoolOption[] | undefined): Option[] => (schools ?? []).map((s) => ({ value: s.id, label: s.name }));

/** A school not (yet) synced to this device still shows as something an admin can recognise. */
export function schoolName(tf: AdminTranslate, schools: readonly SchoolOption[] | undefined, schoolId: string | null): string {
  if (!schoolId) return '';
  return schools?.find((s) => s.id === schoolId)?.name ?? tf('admin.users.unknownSchool');
}
