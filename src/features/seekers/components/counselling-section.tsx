/** Counselling records of one seeker, with a short form to add one during the meeting. */
import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { SUBMIT_FIRST, useFocusFirstError } from '../../../components/form-submit';
import type { z } from 'zod';
import { FormField } from '../../../components/ui/form-field';
import { useUnsavedChanges } from '../../../components/ui/unsaved-guard';
import { Select } from '../../../components/ui/select';
import { TimelineCard } from '../../../components/ui/timeline-card';
import { codeLabel, codeOptions } from '../../../lib/code-options';
import { formatDate, todayIso } from '../../../lib/dates';
import { errorKey } from '../../../lib/i18n/i18n';
import { useSaveRecord } from '../../../lib/record-hooks';
import { COUNSELLING_METHODS } from '../../../shared/codes';
import { counsellingRecordFieldsSchema } from '../../../shared/entities';
import { useCounsellingRecords } from '../../../storage/hooks/use-seeker-children';
import { useSeekerMessages } from '../messages';

type Input = z.input<typeof counsellingRecordFieldsSchema>;
type Output = z.output<typeof counsellingRecordFieldsSchema>;

export function CounsellingSection({ seekerId }: { seekerId: string }) {
  const { t, lang, tf } = useSeekerMessages();
  const records = useCounsellingRecords(seekerId);
  const save = useSaveRecord('counsellingRecords');
  const blank = (): Input => ({ seekerId, date: todayIso(), staffName: '', method: 'in_person', summary: '', nextAction: '' });
  const form = useForm<Input, unknown, Output>({ resolver: zodResolver(counsellingRecordFieldsSchema), defaultValues: blank(), ...SUBMIT_FIRST });
  const { register, reset, formState } = form;
  const handleSubmit = useFocusFirstError(form);
  const err = (m: string | undefined) => (m ? t(errorKey(m)) : undefined);
  const { errors } = formState;
  useUnsavedChanges(formState.isDirty);
  const onSubmit = async (fields: Output) => {
    await save.mutateAsync({ fields });
    reset(blank());
  };
  return (
    <TimelineCard
      headingId="counselling-title"
      title={tf('seeker.counselling.title')}
      emptyText={tf('seeker.counselling.empty')}
      items={records}
      renderItem={(r) => (
        <>
          <p className="timeline-item__head">
            {formatDate(r.date, lang)} ・ {codeLabel(t, 'method', r.method)} ・ {r.staffName}
          </p>
          <p className="prewrap">{r.summary}</p>
          {r.nextAction ? (
            <p>
              {t('counselling.nextAction')}: {r.nextAction}
            </p>
          ) : null}
        </>
      )}
    >
      <details className="add-form">
        <summary className="button button--secondary">{tf('seeker.counselling.add')}</summary>
        <form className="form" noValidate onSubmit={handleSubmit(onSubmit)}>
          <div className="form__grid">
            <FormField label={t('counselling.date')} error={err(errors.date?.message)} required>
              <input type="date" {...register('date')} />
            </FormField>
            <FormField label={t('counselling.staffName')} error={err(errors.staffName?.message)} required>
              <input {...register('staffName')} />
            </FormField>
            <FormField label={t('counselling.method')}>
              <Select options={codeOptions(t, 'method', COUNSELLING_METHODS)} {...register('method')} />
            </FormField>
          </div>
          <FormField label={t('counselling.summary')} error={err(errors.summary?.message)} required>
            <textarea rows={4} {...register('summary')} />
          </FormField>
          <FormField label={t('counselling.nextAction')} error={err(errors.nextAction?.message)}>
            <input {...register('nextAction')} />
          </FormField>
          <div className="form__actions">
            <button type="submit" className="button button--primary" disabled={formState.isSubmitting}>
              {t('common.save')}
            </button>
          </div>
        </form>
      </details>
    </TimelineCard>
  );
}
