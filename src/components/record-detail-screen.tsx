/**
 * The shell of every record's detail screen: waits for the record, says so when there is none (a
 * stale link, or deleted on another device and pulled since), and offers edit and delete. Delete
 * asks first, naming the record, then leaves for the list: the screen would show a record now gone.
 * The body is the feature's, like the form in record-editor-screen.tsx.
 */
import { useState, type ReactNode } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useI18n } from '../lib/i18n/i18n';
import { saveErrorMessage } from '../lib/i18n/rule-message';
import { useDeleteRecord } from '../lib/record-hooks';
import type { EntityName, EntityRecord } from '../shared/entities';
import { useRecord } from '../storage/hooks/use-record';
import { ConfirmDialog } from './ui/confirm-dialog';
import { Flash } from './ui/flash';
import { PageHeader } from './ui/page-header';

export function RecordDetailScreen<E extends EntityName>({ entity, basePath, backTo, backLabel, canDelete = true, title, subtitle, renderBody, deleteTitle, renderDeleteDetails }: {
  entity: E;
  /** `${basePath}/${id}/edit` edits the record; `basePath` is also the list the back link and a delete lead to. */
  basePath: string;
  /** Where back and a delete lead instead, when the record's list is another record's page (a school's students). */
  backTo?: (record: EntityRecord<E>) => string;
  /** What the back link says when it leads to such a page (default: 一覧へ戻る). */
  backLabel?: string;
  /** false hides delete (the user may edit the record but should not remove it). */
  canDelete?: boolean;
  /** The heading; the delete confirmation names the record by it too. */
  title: (record: EntityRecord<E>) => string;
  subtitle: (record: EntityRecord<E>) => string;
  renderBody: (record: EntityRecord<E>) => ReactNode;
  /** The confirmation's heading (default: "delete {name}?"). */
  deleteTitle?: string;
  /** What the delete will take with it, shown in the confirmation. */
  renderDeleteDetails?: (record: EntityRecord<E>) => ReactNode;
}) {
  const { t } = useI18n();
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const record = useRecord(entity, id);
  const remove = useDeleteRecord(entity);
  const [confirming, setConfirming] = useState(false);
  if (record === undefined) return <p>{t('common.loading')}</p>;
  if (record === null)
    return (
      <section className="screen">
        <p role="alert">{t('common.notFound')}</p>
        <Link to={basePath}>{t('common.back')}</Link>
      </section>
    );
  const name = title(record);
  const back = backTo?.(record) ?? basePath;
  const onDelete = async () => {
    await remove.mutateAsync(record.id);
    navigate(back, { replace: true });
  };
  return (
    <section className="screen">
      <Flash />
      <Link to={back} className="back-link">
        ← {backLabel ?? t('common.back')}
      </Link>
      <PageHeader
        title={name}
        actions={
          <>
            <Link to={`${basePath}/${record.id}/edit`} className="button button--primary">
              {t('common.edit')}
            </Link>
            {canDelete ? (
              <button type="button" className="button button--danger" onClick={() => setConfirming(true)}>
                {t('common.delete')}
              </button>
            ) : null}
          </>
        }
      >
        <p className="page-header__sub">{subtitle(record)}</p>
      </PageHeader>
      {renderBody(record)}
      {confirming ? (
        <ConfirmDialog
          title={deleteTitle ?? t('common.confirmDelete', { name })}
          confirmLabel={t('common.delete')}
          cancelLabel={t('common.cancel')}
          danger
          busy={remove.isPending}
          onConfirm={() => void onDelete().catch(() => setConfirming(false))}
          onCancel={() => setConfirming(false)}
        >
          {remove.error ? (
            <p className="banner banner--error" role="alert">
              {saveErrorMessage(t, entity, remove.error)}
            </p>
          ) : null}
          {renderDeleteDetails?.(record)}
        </ConfirmDialog>
      ) : null}
    </section>
  );
}
