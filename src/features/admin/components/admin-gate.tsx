/**
 * Shows its children only to an admin who is online. Admin work reads and writes the server directly
 * (nothing of it is kept on the device), so offline there is nothing to show. Hiding is a courtesy:
 * the server refuses /api/admin to everyone else regardless.
 */
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { PageHeader } from '../../../components/ui/page-header';
import { useAdminAccess } from '../../../auth/use-admin-access';
import { useOnline } from '../../../lib/use-online';
import { useAdminMessages } from '../messages';

export function AdminGate({ title, back = true, children }: { title: string; back?: boolean; children: ReactNode }) {
  const { t, tf } = useAdminMessages();
  const online = useOnline();
  const access = useAdminAccess();
  let body: ReactNode = children;
  if (access === 'denied') body = <p className="banner banner--error" role="alert">{tf('admin.forbidden')}</p>;
  else if (!online) body = <p className="banner banner--warning" role="status">{t('admin.offline')}</p>;
  else if (access === 'unknown') body = <p aria-busy="true">{t('common.loading')}</p>;
  return (
    <section className="screen admin">
      {back ? (
        <Link to="/admin" className="back-link">
          ← {tf('admin.back')}
        </Link>
      ) : null}
      <PageHeader title={title} />
      {body}
    </section>
  );
}
