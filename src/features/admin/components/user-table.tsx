/**
 * Every user with role, school and whether they can sign in. Editing opens under the user's own row,
 * so the admin never loses track of whose account is being changed.
 */
import { Fragment, type ReactNode } from 'react';
import type { AdminUser } from '../../../shared/auth-protocol';
import type { SchoolOption } from '../../../storage/school-queries';
import { AdminTable, AdminTablePanel } from './admin-table';
import { roleLabel, schoolName } from './role-options';
import { useAdminMessages } from '../messages';

type Props = {
  users: AdminUser[];
  schools: SchoolOption[] | undefined;
  editingId: string | null;
  onEdit: (id: string | null) => void;
  renderEditor: (user: AdminUser) => ReactNode;
};

export function UserTable({ users, schools, editingId, onEdit, renderEditor }: Props) {
  const { t, tf } = useAdminMessages();
  const columns = [tf('admin.user.displayName'), tf('admin.user.role'), tf('admin.user.school'), tf('admin.user.state')];
  return (
    <AdminTable caption={tf('admin.users.title')} columns={columns}>
      {users.map((user) => {
        const open = editingId === user.userId;
        return (
          <Fragment key={user.userId}>
            <tr className={user.disabled ? 'admin-table__row--off' : undefined}>
              <th scope="row">
                <span className="admin-table__name">{user.displayName}</span>
                <span className="admin-table__sub">{user.loginId}</span>
              </th>
              <td>{roleLabel(t, user.role)}</td>
              <td>{schoolName(tf, schools, user.schoolId) || '—'}</td>
              <td>
                <span className={`tag ${user.disabled ? 'tag--off' : 'tag--on'}`}>{user.disabled ? tf('admin.user.disabled') : tf('admin.user.active')}</span>
              </td>
              <td className="admin-table__actions">
                <button
                  type="button"
                  className="button button--secondary"
                  aria-expanded={open}
                  aria-label={tf('admin.users.editOf', { name: user.displayName })}
                  onClick={() => onEdit(open ? null : user.userId)}
                >
                  {open ? tf('admin.close') : t('common.edit')}
                </button>
              </td>
            </tr>
            {open ? <AdminTablePanel columns={columns.length}>{renderEditor(user)}</AdminTablePanel> : null}
          </Fragment>
        );
      })}
    </AdminTable>
  );
}
