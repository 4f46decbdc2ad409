/**
 * Recording a seeker's consent to give their data to host companies, behind a 「同意を記録」 toggle:
 * on the seeker's page, and in the placement editor when the seeker has no consent covering the chosen
 * company (that form stays as typed meanwhile: this one is a form of its own beside it, never inside it).
 */
import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { SUBMIT_FIRST, useFocusFirstError } from './form-submit';
import type { z } from 'zod';
import { todayIso } from '../lib/dates';
import { errorKey, useI18n } from '../lib/i18n/i18n';
import type { MessageKey } from '../lib/i18n/ja';
import { saveErrorMessage } from '../lib/i18n/rule-message';
import { useSaveRecord } from '../lib/record-hooks';
import { CONSENT_METHODS, CONSENT_SCOPES } from '../shared/codes';
import { consentFieldsSchema } from '../shared/entities';
import { CompanyPicker } from './company-picker';
import { FormField } from './ui/form-field';
import { Select } from './ui/select';
import { useUnsavedChanges } from './ui/unsaved-guard';

type Input = z.input<typeof consentFieldsSchema>;
type Output = z.output<typeof consentFieldsSchema>;

export function ConsentForm({ seekerId, companyId, takenBy = '', open = false }: {
  seekerId: string;
  /** The company the consent is asked for: the form starts with it named (the scope can still be widened). */
  companyId?: string;
  /** Who is taking the consent (the signed-in staff member's name). */
  takenBy?: string;
  /** Start unfolded. */
  open?: boolean;
}) {
  const { t } = useI18n();
  const save = useSaveRecord('consents');
  const blank = (): Input => ({
    seekerId,
    date: todayIso(),
    takenBy,
    method: 'written',
    scope: companyId ? 'named' : 'all_hosts',
    companyIds: companyId ? [companyId] : [],
    withdrawnOn: '',
    note: '',
  });
  const form = useForm<Input, unknown, Output>({ resolver: zodResolver(consentFieldsSchema), defaultValues: blank(), ...SUBMIT_FIRST });
  const { register, reset, watch, setValue, formState } = form;
  const handleSubmit = useFocusFirstError(form);
  useUnsavedChanges(formState.isDirty);
  const err = (m: string | undefined) => (m ? t(errorKey(m)) : undefined);
  const { errors } = formState;
  const [scope, companyIds] = watch(['scope', 'companyIds']);
  const onSubmit = async (fields: Output) => {
    await save.mutateAsync({ fields });
    reset(blank());
  };
  return (
    <details className="add-form" open={open}>
      <summary className="button button--secondary">{t('consent.add')}</summary>
      <form className="form" noValidate onSubmit={handleSubmit(onSubmit)}>
        {save.error ? (
          <p className="banner banner--error" role="alert">
            {saveErrorMessage(t, 'consents', save.error)}
          </p>
        ) : null}
        <div className="form__grid">
          <FormField label={t('consent.date')} error={err(errors.date?.message)} required>
            <input type="date" {...register('date')} />
          </FormField>
          <FormField label={t('consent.takenBy')} error={err(errors.takenBy?.message)} required>
            <input {...register('takenBy')} />
          </FormField>
          <FormField label={t('consent.method')}>
            <Select options={CONSENT_METHODS.map((m) => ({ value: m, label: t(`consent.method.${m}` as MessageKey) }))} {...register('method')} />
          </FormField>
          <FormField label={t('consent.scope')}>
            <Select options={CONSENT_SCOPES.map((s) => ({ value: s, label: t(`consent.scope.${s}` as MessageKey) }))} {...register('scope')} />
          </FormField>
        </div>
        {scope === 'named' ? (
          <CompanyPicker
            label={t('consent.companyIds')}
            error={err(errors.companyIds?.message)}
            value={companyIds ?? []}
            onChange={(ids) => setValue('companyIds', ids, { shouldDirty: true, shouldValidate: formState.submitCount > 0 })}
          />
        ) : null}
        <FormField label={t('consent.note')} error={err(errors.note?.message)}>
          <input {...register('note')} />
        </FormField>
        <div className="form__actions">
          <button type="submit" className="button button--primary" disabled={formState.isSubmitting}>
            {t('consent.save')}
          </button>
        </div>
      </form>
    </details>
  );
}
