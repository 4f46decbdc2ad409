/** /admin/users: who may sign in, in which role, and (teachers) for which school. */
import { useState } from 'react';
import { SuccessBanner } from '../../../components/ui/banner';
import { useSchools } from '../../../storage/hooks/use-schools';
import { useAdminUsers, useCreateUser, useResetPassword, useUpdateUser } from '../hooks/use-admin-data';
import { AdminGate } from './admin-gate';
import { AdminQueryBody } from './admin-query-body';
import { PasswordResetForm } from './password-reset-form';
import { UserCreateForm } from './user-create-form';
import { UserEditForm } from './user-edit-form';
import { UserTable } from './user-table';
import { useAdminMessages } from '../messages';

export function UsersScreen() {
  const { tf } = useAdminMessages();
  return (
    <AdminGate title={tf('admin.users.title')}>
      <UsersContent />
    </AdminGate>
  );
}

function UsersContent() {
  const { t, tf } = useAdminMessages();
  const users = useAdminUsers();
  const schools = useSchools();
  const create = useCreateUser();
  const update = useUpdateUser();
  const reset = useResetPassword();
  const [editingId, setEditingId] = useState<string | null>(null);
  const [addOpen, setAddOpen] = useState(false);
  const [flash, setFlash] = useState<string | undefined>();

  return (
    <>
      <SuccessBanner message={flash} />
      <details className="card admin-add" open={addOpen} onToggle={(e) => setAddOpen(e.currentTarget.open)}>
        <summary className="button button--primary">{tf('admin.users.createTitle')}</summary>
        <UserCreateForm
          schools={schools}
          onSubmit={async (request) => {
            const user = await create.mutateAsync(request);
            setAddOpen(false);
            setFlash(tf('admin.users.created', { name: user.displayName, login: user.loginId }));
          }}
        />
      </details>
      <AdminQueryBody query={users}>
        {(data) => (
          <>
            <p className="list-count">{t('common.count', { n: data.length })}</p>
            <UserTable
              users={data}
              schools={schools}
              editingId={editingId}
              onEdit={(id) => {
                setFlash(undefined);
                setEditingId(id);
              }}
              renderEditor={(user) => (
                <div className="admin-editor">
                  <UserEditForm
                    user={user}
                    schools={schools}
                    onCancel={() => setEditingId(null)}
                    onSubmit={async (patch) => {
                      const saved = await update.mutateAsync({ id: user.userId, patch });
                      setEditingId(null);
                      setFlash(tf('admin.users.updated', { name: saved.displayName }));
                    }}
                  />
                  <PasswordResetForm user={user} onSubmit={async (password) => void (await reset.mutateAsync({ id: user.userId, password }))} />
                </div>
              )}
            />
          </>
        )}
      </AdminQueryBody>
    </>
  );
}
