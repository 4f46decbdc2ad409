/**
 * 受入企業への情報提供の同意 and 第三者提供の記録 on the seeker's page: consents as records (date, who
 * took it, how, which companies, withdrawal), recorded or withdrawn on the spot, and every provision of
 * the seeker's data to a company, which the rules write when a trial is proposed.
 */
import { useState } from 'react';
import { ConsentForm } from '../../../components/consent-form';
import { TimelineCard } from '../../../components/ui/timeline-card';
import { consentState } from '../../../domain/consent';
import { formatDate, todayIso } from '../../../lib/dates';
import { useI18n } from '../../../lib/i18n/i18n';
import { joinLabels } from '../../../lib/i18n/join-labels';
import { saveErrorMessage } from '../../../lib/i18n/rule-message';
import { useSaveRecord } from '../../../lib/record-hooks';
import type { Consent } from '../../../shared/entities';
import { useCompanyNames, useConsents, useProvisions } from '../../../storage/consent-queries';

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
  const scope = consent.scope === 'named' ? joinLabels(consent.companyIds.map((id) => names?.get(id) ?? '…'), lang) : t('consent.scope.all_hosts');
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
            items: joinLabels(p.items.map((i) => t(`provision.item.${i}`)), lang),
          })}
        </p>
      )}
    />
  );
}
