/**
 * 受入企業への情報提供の同意 and 第三者提供の記録 on the seeker's page: consents as records (date, who
 * took it, how, which companies, withdrawal), recorded or withdrawn on the spot, and every provision of
 * the seeker's data to a company, which the rules write when a trial is proposed.
 */
import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { FormField } from '../../../components/ui/form-field';
import { Select } from '../../../components/ui/select';
import { TimelineCard } from '../../../components/ui/timeline-card';
import { useUnsavedChanges } from '../../../components/ui/unsaved-guard';
import { consentState } from '../../../domain/consent';
import { formatDate, todayIso } from '../../../lib/dates';
import { errorKey, useI18n } from '../../../lib/i18n/i18n';
import type { MessageKey } from '../../../lib/i18n/ja';
import { saveErrorMessage } from '../../../lib/i18n/rule-message';
import { useSaveRecord } from '../../../lib/record-hooks';
import { CONSENT_METHODS, CONSENT_SCOPES } from '../../../shared/codes';
import { consentFieldsSchema, type Consent } from '../../../shared/entities';
import { useCompanyNames, useConsents, useProvisions } from '../../../storage/consent-queries';
import { CompanyPicker } from '../../../components/company-picker';

type Input = z.input<typeof consentFieldsSchema>;
type Output = z.output<typeof consentFieldsSchema>;

export function ConsentSection({ seekerId }: { seekerId: string }) {
  const { t, lang } = useI18n();
  const consents = useConsents(seekerId);
  const today = todayIso();
  return (
    <>
      <TimelineCard
        headingId="consent-title"
        title={t('consent.title')}
        emptyText={t('consent.none')}
        items={consents}
        renderItem={(c) => <ConsentItem consent={c} today={today} />}
      >
        <ConsentForm seekerId={seekerId} />
      </TimelineCard>
      <ProvisionList seekerId={seekerId} lang={lang} />
    </>
  );
}

function ConsentItem({ consent, today }: { consent: Consent; today: string }) {
  const { t, lang } = useI18n();
  const names = useCompanyNames(consent.companyIds);
  const state = consentState(consent, today);
  const scope = consent.scope === 'named' ? consent.companyIds.map((id) => names?.get(id) ?? '…').join('、') : t('consent.scope.all_hosts');
  return (
    <>
      <p className="timeline-item__head">
        <span className={`tag ${state === 'active' ? 'tag--ok' : 'tag--muted'}`}>{t(`consent.state.${state}`)}</span> {formatDate(consent.date, lang)} ・{' '}
        {t(`consent.method.${consent.method}`)} ・ {consent.takenBy}
      </p>
      <p>
        {t('consent.scope')}: {scope}
      </p>
      {consent.withdrawnOn ? (
        <p>
          {t('consent.withdrawnOn')}: {formatDate(consent.withdrawnOn, lang)}
        </p>
      ) : null}
      {consent.note ? <p className="prewrap">{consent.note}</p> : null}
      {!consent.withdrawnOn ? <WithdrawForm consent={consent} /> : null}
    </>
  );
}

function ConsentForm({ seekerId }: { seekerId: string }) {
  const { t } = useI18n();
  const save = useSaveRecord('consents');
  const blank = (): Input => ({ seekerId, date: todayIso(), takenBy: '', method: 'written', scope: 'all_hosts', companyIds: [], withdrawnOn: '', note: '' });
  const { register, handleSubmit, reset, watch, setValue, formState } = useForm<Input, unknown, Output>({ resolver: zodResolver(consentFieldsSchema), defaultValues: blank() });
  useUnsavedChanges(formState.isDirty);
  const err = (m: string | undefined) => (m ? t(errorKey(m)) : undefined);
  const { errors } = formState;
  const [scope, companyIds] = watch(['scope', 'companyIds']);
  const onSubmit = async (fields: Output) => {
    await save.mutateAsync({ fields });
    reset(blank());
  };
  return (
    <details className="add-form">
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

function WithdrawForm({ consent }: { consent: Consent }) {
  const { t } = useI18n();
  const save = useSaveRecord('consents');
  const [open, setOpen] = useState(false);
  const [day, setDay] = useState(todayIso());
  const inputId = `withdraw-${consent.id}`;
  if (!open)
    return (
      <button type="button" className="button button--secondary" onClick={() => setOpen(true)}>
        {t('consent.withdraw')}
      </button>
    );
  const { id: _id, createdAt: _c, updatedAt: _u, version: _v, deleted: _d, ...fields } = consent;
  return (
    <div className="inline-form">
      {save.error ? (
        <p className="banner banner--error" role="alert">
          {saveErrorMessage(t, 'consents', save.error)}
        </p>
      ) : null}
      <label htmlFor={inputId}>{t('consent.withdrawnOn')}</label>
      <input id={inputId} type="date" value={day} onChange={(e) => setDay(e.target.value)} />
      <button type="button" className="button button--danger" disabled={!day || save.isPending} onClick={() => void save.mutateAsync({ fields: { ...fields, withdrawnOn: day }, id: consent.id }).then(() => setOpen(false), () => undefined)}>
        {t('consent.withdrawSave')}
      </button>
      <button type="button" className="button" onClick={() => setOpen(false)}>
        {t('consent.cancel')}
      </button>
    </div>
  );
}

function ProvisionList({ seekerId, lang }: { seekerId: string; lang: 'ja' | 'en' }) {
  const { t } = useI18n();
  const provisions = useProvisions(seekerId);
  return (
    <TimelineCard
      headingId="provision-title"
      title={t('provision.title')}
      emptyText={t('provision.none')}
      items={provisions}
      renderItem={(p) => (
        <p>
          {t('provision.row', {
            date: formatDate(p.date, lang),
            company: p.companyName || t('provision.unknownCompany'),
            purpose: t(`provision.purpose.${p.purpose}`),
            items: p.items.map((i) => t(`provision.item.${i}`)).join('、'),
          })}
        </p>
      )}
    />
  );
}
