/**
 * The shell of every "new / edit" screen: loads the record when editing, saves through the outbox,
 * then opens the saved record's detail. The form itself is the feature's.
 */
import type { ReactNode } from 'react';
import { useNavigate, useParams } from 'react-router';
import { useI18n } from '../lib/i18n/i18n';
import { ruleField, saveErrorMessage } from '../lib/i18n/rule-message';
import type { RuleFieldError } from './use-record-form';
import type { MessageKey } from '../lib/i18n/ja';
import { useSaveRecord, type EntityFields } from '../lib/record-hooks';
import type { EntityName, EntityRecord } from '../shared/entities';
import { useRecord } from '../storage/hooks/use-record';
import { PageHeader } from './ui/page-header';

export type EditorFormProps<E extends EntityName> = {
  initial?: EntityRecord<E>;
  onSubmit: (fields: EntityFields<E>) => Promise<void>;
  onCancel: () => void;
  submitError?: string | undefined;
  /** The field a domain rule refused, with the rule's message (shown there instead of at the top). */
  ruleError?: RuleFieldError | undefined;
};

export function RecordEditorScreen<E extends EntityName>({ entity, basePath, titles, leaveTo, renderForm }: {
  entity: E;
  basePath: string;
  /** Dictionary keys, or the title in words (a feature's own strings) for a new or an edited record. */
  titles: { create: MessageKey; edit: MessageKey } | ((editing: boolean) => string);
  /**
   * Where saving (with the saved record) or cancelling (with the record being edited, if any) goes;
   * by default the record's page under `basePath`, or the list.
   */
  leaveTo?: (record: EntityRecord<E> | undefined) => string;
  renderForm: (props: EditorFormProps<E>) => ReactNode;
}) {
  const { t } = useI18n();
  const { id } = useParams();
  const navigate = useNavigate();
  const existing = useRecord(entity, id);
  const save = useSaveRecord(entity);
  if (id && existing === undefined) return <p>{t('common.loading')}</p>;
  if (id && existing === null) return <p role="alert">{t('common.notFound')}</p>;
  return (
    <section className="screen">
      <PageHeader title={typeof titles === 'function' ? titles(Boolean(id)) : t(id ? titles.edit : titles.create)} />
      {renderForm({
        ...(existing ? { initial: existing } : {}),
        ...saveFeedback(save.error, (error) => saveErrorMessage(t, entity, error)),
        onCancel: () => navigate(leaveTo ? leaveTo(existing ?? undefined) : id ? `${basePath}/${id}` : basePath),
        onSubmit: async (fields) => {
          // A refusal stays in save.error (shown by the form); nothing to navigate to.
          const saved = await save.mutateAsync({ fields, id }).catch(() => undefined);
          if (!saved) return;
          navigate(leaveTo ? leaveTo(saved) : `${basePath}/${saved.id}`, { replace: true, state: { flash: 'common.saved' } });
        },
      })}
    </section>
  );
}

const feedbackCache = new WeakMap<Error, RuleFieldError>();
/** A rule about one field goes next to it (memoised by the error, so the form sets it once); anything else goes on top. Also for editors outside this shell. */
export function saveFeedback(error: Error | null, message: (error: Error) => string): Pick<EditorFormProps<EntityName>, 'submitError' | 'ruleError'> {
  if (!error) return {};
  const field = ruleField(error);
  if (!field || field === '_') return { submitError: message(error) };
  let ruleError = feedbackCache.get(error);
  if (!ruleError) feedbackCache.set(error, (ruleError = { field, message: message(error) }));
  return { ruleError };
}
