/**
 * 確認記録: the coordinator's check-ins during the trial, newest first, added in place. Each is a
 * record of its own, so two coordinators adding one offline both keep theirs. `startOpen` (the day
 * list's link, ?checkIn=1) opens the form at once.
 */
import { useEffect, useRef, useState } from 'react';
import { useSession } from '../../../auth/use-session';
import { ErrorBanner, SuccessBanner } from '../../../components/ui/banner';
import { FormField } from '../../../components/ui/form-field';
import { Select } from '../../../components/ui/select';
import { useRecordForm } from '../../../components/use-record-form';
import { nextCheckInDue } from '../../../domain/day-list';
import { codeLabel, codeOptions } from '../../../lib/code-options';
import { formatDate, todayIso } from '../../../lib/dates';
import { CHECK_IN_WITH, TRIAL_PROGRESS } from '../../../shared/codes';
import { checkInFieldsSchema, type CheckIn, type CheckInFields, type TrialPlacement } from '../../../shared/entities';
import { useFeatureMessages } from '../messages';
import { useInlineSave } from '../use-inline-save';
import type { EntityFields } from '../../../lib/record-hooks';
import { FormActions } from '../../../components/ui/form-actions';

const PROGRESS_TAG: Record<CheckIn['progress'], string> = { good: 'tag--ok', some_concerns: 'tag--senior', at_risk: 'tag--danger' };

export function CheckInsCard({ placement, checkIns, startOpen }: { placement: TrialPlacement; checkIns: readonly CheckIn[] | undefined; startOpen: boolean }) {
  const { t, tf, lang } = useFeatureMessages();
  const [adding, setAdding] = useState(startOpen);
  const [added, setAdded] = useState(false);
  const due = checkIns ? nextCheckInDue(placement, checkIns) : '';
  return (
    <section className="card" aria-labelledby="check-ins-title">
      <h2 id="check-ins-title">{tf('checkIn.title')}</h2>
      {due ? <p className="muted">{tf('checkIn.next', { date: formatDate(due, lang) })}</p> : null}
      {added ? <SuccessBanner message={tf('checkIn.saved')} /> : null}
      {adding ? (
        <CheckInForm
          placementId={placement.id}
          onCancel={() => setAdding(false)}
          onSaved={() => {
            setAdding(false);
            setAdded(true);
          }}
        />
      ) : (
        <button
          type="button"
          className="button button--secondary"
          onClick={() => {
            setAdded(false);
            setAdding(true);
          }}
        >
          {tf('checkIn.add')}
        </button>
      )}
      {checkIns && checkIns.length === 0 ? <p className="empty">{tf('checkIn.none')}</p> : null}
      <ul className="plain-list">
        {checkIns?.map((c) => (
          <li key={c.id} className="timeline-item">
            <p className="timeline-item__head">
              {formatDate(c.date, lang)} ・ {codeLabel(t, 'checkInWith', c.withWhom)} ・ <span className={`tag ${PROGRESS_TAG[c.progress]}`}>{codeLabel(t, 'trialProgress', c.progress)}</span> ・{' '}
              {c.staffName}
            </p>
            <p className="prewrap">{c.note}</p>
            {c.concerns ? (
              <p className="prewrap">
                <strong>{tf('field.concerns')}:</strong> {c.concerns}
              </p>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}

const SHOWN = ['date', 'withWhom', 'progress', 'note', 'concerns', 'staffName'] as const;

function CheckInForm({ placementId, onSaved, onCancel }: { placementId: string; onSaved: () => void; onCancel: () => void }) {
  const { t, tf } = useFeatureMessages();
  const user = useSession().user;
  const { save, ruleError, banner } = useInlineSave('checkIns', SHOWN);
  const blank: CheckInFields = { placementId, date: todayIso(), staffName: user?.displayName ?? '', withWhom: 'both', progress: 'good', note: '', concerns: '' };
  const { register, handleSubmit, formState, err } = useRecordForm(checkInFieldsSchema, blank, ruleError);
  const { errors, isSubmitting } = formState;
  const first = useRef<HTMLFormElement>(null);
  useEffect(() => first.current?.querySelector('input')?.focus(), []);
  const onSubmit = async (fields: EntityFields<'checkIns'>) => {
    if (await save.mutateAsync({ fields }).catch(() => undefined)) onSaved();
  };
  return (
    <form ref={first} className="form" noValidate onSubmit={handleSubmit(onSubmit)} aria-label={tf('checkIn.add')}>
      <ErrorBanner message={banner} />
      <div className="form__grid">
        <FormField label={tf('field.date')} error={err(errors.date?.message)} required>
          <input type="date" {...register('date')} />
        </FormField>
        <FormField label={tf('field.withWhom')}>
          <Select options={codeOptions(t, 'checkInWith', CHECK_IN_WITH)} {...register('withWhom')} />
        </FormField>
        <FormField label={tf('field.progress')}>
          <Select options={codeOptions(t, 'trialProgress', TRIAL_PROGRESS)} {...register('progress')} />
        </FormField>
        <FormField label={tf('field.staffName')} error={err(errors.staffName?.message)} required>
          <input {...register('staffName')} />
        </FormField>
      </div>
      <FormField label={tf('field.note')} error={err(errors.note?.message)} hint={tf('field.noteHint')} required>
        <textarea rows={3} {...register('note')} />
      </FormField>
      <FormField label={tf('field.concerns')} error={err(errors.concerns?.message)}>
        <textarea rows={2} {...register('concerns')} />
      </FormField>
      <FormActions busy={isSubmitting} onCancel={onCancel} submitLabel={tf('checkIn.save')} />
    </form>
  );
}
