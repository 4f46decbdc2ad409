/** Recording one retention check (定着確認) of a hire: the date, 在職 / 離職 (with why) / 確認できず, a note. */
import { useEffect, useRef } from 'react';
import { useSession } from '../../../auth/use-session';
import { ErrorBanner } from '../../../components/ui/banner';
import { FormField } from '../../../components/ui/form-field';
import { Select } from '../../../components/ui/select';
import { useRecordForm } from '../../../components/use-record-form';
import { codeLabel, codeOptions } from '../../../lib/code-options';
import { todayIso } from '../../../lib/dates';
import { LEAVE_REASONS, RETENTION_OUTCOMES } from '../../../shared/codes';
import { retentionCheckFieldsSchema, type RetentionCheck, type RetentionCheckFields } from '../../../shared/entities';
import { useFeatureMessages } from '../messages';
import { useInlineSave } from '../use-inline-save';
import type { EntityFields } from '../../../lib/record-hooks';
import { FormActions } from '../../../components/ui/form-actions';

const SHOWN = ['date', 'outcome', 'leftReason', 'staffName', 'note'] as const;

export function RetentionForm({ placementId, milestone, onSaved, onCancel }: {
  placementId: string;
  milestone: RetentionCheck['milestone'];
  onSaved: () => void;
  onCancel: () => void;
}) {
  const { t, tf } = useFeatureMessages();
  const user = useSession().user;
  const { save, ruleError, banner } = useInlineSave('retentionChecks', SHOWN);
  const blank: RetentionCheckFields = { placementId, milestone, date: todayIso(), outcome: 'employed', leftReason: '', staffName: user?.displayName ?? '', note: '' };
  const { register, handleSubmit, formState, err, watch } = useRecordForm(retentionCheckFieldsSchema, blank, ruleError);
  const { errors, isSubmitting } = formState;
  const outcome = watch('outcome');
  const ref = useRef<HTMLFormElement>(null);
  useEffect(() => ref.current?.querySelector('input')?.focus(), []);
  const onSubmit = async (fields: EntityFields<'retentionChecks'>) => {
    const kept = fields.outcome === 'left' ? fields : { ...fields, leftReason: '' as const };
    if (await save.mutateAsync({ fields: kept }).catch(() => undefined)) onSaved();
  };
  const label = codeLabel(t, 'retentionMilestone', milestone);
  return (
    <form ref={ref} className="form" noValidate onSubmit={handleSubmit(onSubmit)} aria-label={tf('retention.record', { milestone: label })}>
      <ErrorBanner message={banner} />
      <div className="form__grid">
        <FormField label={tf('field.date')} error={err(errors.date?.message)} required>
          <input type="date" {...register('date')} />
        </FormField>
        <FormField label={tf('field.outcome')} error={err(errors.outcome?.message)} required>
          <Select options={codeOptions(t, 'retentionOutcome', RETENTION_OUTCOMES)} {...register('outcome')} />
        </FormField>
        {outcome === 'left' ? (
          <FormField label={tf('field.leftReason')} error={err(errors.leftReason?.message)} required>
            <Select options={codeOptions(t, 'leaveReason', LEAVE_REASONS)} placeholder={tf('choose')} {...register('leftReason')} />
          </FormField>
        ) : null}
        <FormField label={tf('field.staffName')} error={err(errors.staffName?.message)} required>
          <input {...register('staffName')} />
        </FormField>
      </div>
      <FormField label={tf('field.note')} error={err(errors.note?.message)}>
        <textarea rows={2} {...register('note')} />
      </FormField>
      <FormActions busy={isSubmitting} onCancel={onCancel} />
    </form>
  );
}
