/**
 * Proposing a trial placement (or editing one): who (seeker) and where (company, and the opening it
 * fills), then the job, the period and who coordinates it. The two pickers and the consent prompt
 * sit outside the <form> element because the consent form is a form of its own (forms cannot nest);
 * react-hook-form holds the chosen ids all the same, so the shared schema validates them on save.
 * The rules speak before the save where they can: a missing consent and an opening with no place
 * left are shown as soon as they apply, and the device's refusal lands on the same fields.
 */
import { useEffect, useRef } from 'react';
import type { z } from 'zod';
import { useSession } from '../../../auth/use-session';
import type { EditorFormProps } from '../../../components/record-editor-screen';
import { ErrorBanner } from '../../../components/ui/banner';
import { FormActions } from '../../../components/ui/form-actions';
import { FormErrorBanners } from '../../../components/ui/form-error-banners';
import { FormField } from '../../../components/ui/form-field';
import { RadioGroup } from '../../../components/ui/radio-group';
import { Select } from '../../../components/ui/select';
import { useRecordForm } from '../../../components/use-record-form';
import { anyConsentCovers } from '../../../domain/consent';
import { HOLDS_PLACE } from '../../../domain/cross-record';
import { LIFECYCLES } from '../../../domain/transitions';
import { codeOptions } from '../../../lib/code-options';
import { todayIso } from '../../../lib/dates';
import { PLACEMENT_KINDS } from '../../../shared/codes';
import { trialPlacementFieldsSchema } from '../../../shared/entities';
import { useConsents } from '../../../storage/consent-queries';
import { useCompanyOpenings } from '../../../storage/hooks/use-openings';
import { useFeatureMessages } from '../messages';
import { openingText, textToReplace, type OpeningText } from '../opening-defaults';
import { ConsentPrompt } from './consent-prompt';
import { OpeningSelect, OverPlacesWarning, placesExceeded } from './opening-field';
import { CompanyPickField, SeekerPickField } from './party-pickers';

type FormInput = z.input<typeof trialPlacementFieldsSchema>;

/** Where a new placement starts from: the seeker's page, or a company's page (and one of its openings). */
export type PlacementStart = { seekerId: string; companyId: string; openingId: string };

const blankPlacement = (start: PlacementStart, coordinatorUserId: string): FormInput => ({
  ...start,
  kind: 'trial',
  jobTitle: '',
  jobContent: '',
  workingHours: '',
  wage: '',
  startDate: '',
  endDate: '',
  status: 'proposed',
  hiredOn: '',
  employmentType: '',
  endReason: '',
  employerFeedback: '',
  overPlacesReason: '',
  coordinatorUserId,
});

export function PlacementForm({ initial, start, onSubmit, onCancel, submitError, ruleError }: EditorFormProps<'trialPlacements'> & { start: PlacementStart }) {
  const { t, tf, lang } = useFeatureMessages();
  const user = useSession().user;
  const today = todayIso();
  const editing = initial !== undefined;
  const { register, handleSubmit, formState, err, watch, setValue, getValues, clearErrors } = useRecordForm(
    trialPlacementFieldsSchema,
    initial ?? blankPlacement(start, user?.userId ?? ''),
    ruleError,
  );
  const { errors, isSubmitting, submitCount, isValid } = formState;
  const [seekerId, companyId, openingId, status, overPlacesReason, coordinatorUserId] = watch(['seekerId', 'companyId', 'openingId', 'status', 'overPlacesReason', 'coordinatorUserId']);
  const openings = useCompanyOpenings(companyId, today);
  const consents = useConsents(seekerId);

  // Choosing an opening (here, or on the company's page) fills the job from it, once its openings have
  // loaded, replacing only what the previous opening filled in. An edit starts with its opening's text as typed.
  const filledFor = useRef(initial?.openingId ?? '');
  const filledText = useRef<Partial<OpeningText>>({});
  useEffect(() => {
    const opening = openings?.find((o) => o.id === openingId);
    if (!opening || filledFor.current === openingId) return;
    const next = openingText(t, lang, opening);
    const replace = textToReplace(getValues(), filledText.current, next);
    for (const [field, value] of Object.entries(replace)) setValue(field as keyof OpeningText, value, { shouldValidate: submitCount > 0 });
    filledFor.current = openingId ?? '';
    filledText.current = next;
  }, [openings, openingId, t, lang, getValues, setValue, submitCount]);

  // Consent recorded beside the form: the refusal shown on the company no longer holds.
  const needsConsent = !editing && seekerId !== '' && companyId !== '';
  const covered = consents !== undefined && anyConsentCovers(consents, companyId, today);
  useEffect(() => {
    if (covered && errors.companyId?.type === 'rule') clearErrors('companyId');
  }, [covered, errors.companyId?.type, clearErrors]);

  // An edit that keeps its opening takes no new place (and already counts among those held).
  const chosenOpening = openings?.find((o) => o.id === openingId);
  const takesPlace = (!editing || initial.openingId !== openingId) && (HOLDS_PLACE as readonly string[]).includes(status ?? 'proposed');
  const exceeded = takesPlace ? placesExceeded(chosenOpening) : undefined;
  const showReason = exceeded !== undefined || Boolean(overPlacesReason) || errors.overPlacesReason !== undefined;

  const pick = (field: 'seekerId' | 'companyId', id: string) => {
    setValue(field, id, { shouldDirty: true, shouldValidate: submitCount > 0 });
    if (field === 'companyId') setValue('openingId', '', { shouldDirty: true });
  };
  const coordinatorOptions = [
    ...(user ? [{ value: user.userId, label: tf('coordinator.you', { name: user.displayName }) }] : []),
    ...(coordinatorUserId && coordinatorUserId !== user?.userId ? [{ value: coordinatorUserId, label: coordinatorUserId }] : []),
  ];
  const outsideError = err(errors.seekerId?.message) ?? err(errors.companyId?.message);

  return (
    // The parties sit outside the <form> (the consent form comes between): a refused save still focuses the first of them in error.
    <div className="form-scope" data-form-scope>
      <section className="card placement-parties" aria-label={tf('editor.parties')}>
        <SeekerPickField value={seekerId} onChange={(id) => pick('seekerId', id)} error={err(errors.seekerId?.message)} fixed={editing} />
        <CompanyPickField value={companyId} onChange={(id) => pick('companyId', id)} error={err(errors.companyId?.message)} fixed={editing} />
      </section>
      {needsConsent ? <ConsentPrompt seekerId={seekerId} companyId={companyId} covered={consents === undefined ? undefined : covered} /> : null}
      <form className="form" noValidate onSubmit={handleSubmit(onSubmit)} aria-label={tf('editor.details')}>
        <FormErrorBanners hasInvalidFields={submitCount > 0 && !isValid} submitError={submitError} />
        <div className="form__grid">
          <div className="form__wide">
            <RadioGroup legend={tf('field.kind')} options={codeOptions(t, 'placementKind', PLACEMENT_KINDS)} register={register('kind')} error={err(errors.kind?.message)} required />
          </div>
          {companyId ? (
            <OpeningSelect
              openings={openings ?? []}
              value={openingId ?? ''}
              error={err(errors.openingId?.message)}
              registration={register('openingId')}
            />
          ) : null}
          {exceeded ? <OverPlacesWarning {...exceeded} /> : null}
          {showReason ? (
            <FormField label={tf('field.overPlacesReason')} error={err(errors.overPlacesReason?.message)} required={exceeded !== undefined} className="form__wide">
              <input {...register('overPlacesReason')} />
            </FormField>
          ) : null}
          <FormField label={tf('field.jobTitle')} error={err(errors.jobTitle?.message)} required>
            <input {...register('jobTitle')} />
          </FormField>
          <FormField label={tf('field.workingHours')} error={err(errors.workingHours?.message)} hint={tf('field.workingHoursHint')}>
            <input {...register('workingHours')} />
          </FormField>
          <FormField label={tf('field.wage')} error={err(errors.wage?.message)} hint={tf('field.wageHint')}>
            <input {...register('wage')} />
          </FormField>
          <FormField label={tf('field.startDate')} error={err(errors.startDate?.message)} required>
            <input type="date" {...register('startDate')} />
          </FormField>
          <FormField label={tf('field.endDate')} error={err(errors.endDate?.message)} required>
            <input type="date" {...register('endDate')} />
          </FormField>
          {editing ? null : (
            <FormField label={tf('field.status')} hint={tf('field.statusHint')}>
              <Select options={codeOptions(t, 'trialStatus', LIFECYCLES.trialPlacements!.initial)} {...register('status')} />
            </FormField>
          )}
          <FormField label={tf('field.coordinator')}>
            <Select options={coordinatorOptions} placeholder={tf('coordinator.none')} {...register('coordinatorUserId')} />
          </FormField>
        </div>
        <FormField label={tf('field.jobContent')} error={err(errors.jobContent?.message)}>
          <textarea rows={3} {...register('jobContent')} />
        </FormField>
        <ErrorBanner message={outsideError} />
        <FormActions busy={isSubmitting} onCancel={onCancel} {...(editing ? {} : { submitLabel: tf('editor.propose') })} />
      </form>
    </div>
  );
}
