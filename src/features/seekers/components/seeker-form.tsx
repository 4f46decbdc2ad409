/**
 * Register or edit a seeker. Validation is the shared zod schema (the server runs the same one), errors
 * appear next to each field in the chosen language, and nothing is written until the whole record is
 * valid. While a new seeker is typed in, likely duplicates already on the device are shown
 * ("search before register", README.md, Decisions worth knowing).
 */
import { Controller } from 'react-hook-form';
import type { z } from 'zod';
import type { EditorFormProps } from '../../../components/record-editor-screen';
import { useRecordForm } from '../../../components/use-record-form';
import { CheckboxGroup } from '../../../components/ui/checkbox-group';
import { EraDateInput } from '../../../components/ui/era-date-input';
import { FormActions } from '../../../components/ui/form-actions';
import { FormErrorBanners } from '../../../components/ui/form-error-banners';
import { FormField } from '../../../components/ui/form-field';
import { Select } from '../../../components/ui/select';
import { codeOptions } from '../../../lib/code-options';
import { formatDate, todayIso, warekiDate } from '../../../lib/dates';
import { ageOn } from '../../../shared/age-group';
import { GENDERS, INDUSTRIES, SEEKER_STATUSES, TOWNS } from '../../../shared/codes';
import { seekerFieldsSchema } from '../../../shared/entities';
import { parseDateEntry } from '../../../shared/wareki';
import { useSession } from '../../../auth/use-session';
import { LIFECYCLES, nextStatuses } from '../../../domain/transitions';
import { useSeekerMessages } from '../messages';
import { DuplicateWarning } from './duplicate-warning';

type FormInput = z.input<typeof seekerFieldsSchema>;

const emptySeeker = (): FormInput => ({
  familyName: '',
  givenName: '',
  familyNameKana: '',
  givenNameKana: '',
  birthDate: '',
  gender: 'unanswered',
  town: 'asahikawa',
  postalCode: '',
  address: '',
  phone: '',
  email: '',
  desiredIndustries: [],
  status: 'registered',
  registeredOn: todayIso(),
  consentDataUse: false as unknown as true,
  notes: '',
});

export function SeekerForm({ initial, onSubmit, onCancel, submitError, ruleError }: EditorFormProps<'seekers'>) {
  const { t, tf, lang } = useSeekerMessages();
  const { register, control, handleSubmit, watch, formState, err } = useRecordForm(seekerFieldsSchema, initial ?? emptySeeker(), ruleError);
  const { errors, isSubmitting, submitCount, isValid } = formState;
  const role = useSession().user?.role ?? 'counter';
  // Only the statuses the lifecycle allows after the saved one (src/domain/transitions.ts).
  const statusChoices = initial ? nextStatuses('seekers', initial.status, role, SEEKER_STATUSES) : LIFECYCLES.seekers!.initial;
  const [familyNameKana, givenNameKana, birthDate, phone] = watch(['familyNameKana', 'givenNameKana', 'birthDate', 'phone']);
  // Under the birth date: the date as read, in both calendars with the age; why its era has no such
  // day; or, before anything is read, the ways it may be typed.
  const birth = parseDateEntry(birthDate ?? '');
  let birthReading = tf('birth.hint');
  if (birth.kind === 'date') {
    const age = ageOn(birth.iso, todayIso());
    // A date in the future has no age to show (the rules refuse it on save).
    birthReading = age < 0 ? formatDate(birth.iso, lang) : `${formatDate(birth.iso, lang)} ・ ${t('seeker.ageYears', { n: age })}`;
  } else if (birth.kind === 'outside-era') {
    const era = { era: birth.era, first: warekiDate(birth.first) };
    birthReading = birth.last ? tf('birth.outsideEra', { ...era, last: warekiDate(birth.last) }) : tf('birth.outsideLastEra', era);
  }

  return (
    <form className="form" noValidate onSubmit={handleSubmit(onSubmit)} aria-describedby={submitError ? 'seeker-form-error' : undefined}>
      <FormErrorBanners hasInvalidFields={submitCount > 0 && !isValid} submitError={submitError} submitErrorId="seeker-form-error" />

      <div className="form__grid">
        <FormField label={tf('seeker.familyName')} error={err(errors.familyName?.message)} required>
          <input autoComplete="family-name" {...register('familyName')} />
        </FormField>
        <FormField label={tf('seeker.givenName')} error={err(errors.givenName?.message)} required>
          <input autoComplete="given-name" {...register('givenName')} />
        </FormField>
        <FormField label={tf('seeker.familyNameKana')} error={err(errors.familyNameKana?.message)} hint={t('seeker.kanaHint')} required>
          <input {...register('familyNameKana')} />
        </FormField>
        <FormField label={tf('seeker.givenNameKana')} error={err(errors.givenNameKana?.message)} required>
          <input {...register('givenNameKana')} />
        </FormField>
        <Controller
          control={control}
          name="birthDate"
          render={({ field }) => (
            // The field inside the controller: FormField hands its id and aria attributes to the input itself.
            <FormField label={t('seeker.birthDate')} error={err(errors.birthDate?.message)} hint={birthReading} className="field--reading" required>
              <EraDateInput autoComplete="bday" {...field} />
            </FormField>
          )}
        />
        <FormField label={tf('seeker.gender')}>
          <Select options={codeOptions(t, 'gender', GENDERS)} {...register('gender')} />
        </FormField>
        <FormField label={tf('seeker.phone')} error={err(errors.phone?.message)} hint={t('seeker.phoneHint')} required>
          <input type="tel" inputMode="tel" autoComplete="tel" {...register('phone')} />
        </FormField>
        <FormField label={tf('seeker.email')} error={err(errors.email?.message)}>
          <input type="email" autoComplete="email" {...register('email')} />
        </FormField>
        <FormField label={tf('seeker.town')} error={err(errors.town?.message)} required>
          <Select options={codeOptions(t, 'town', TOWNS)} {...register('town')} />
        </FormField>
        <FormField label={tf('seeker.postalCode')} error={err(errors.postalCode?.message)}>
          <input inputMode="numeric" autoComplete="postal-code" {...register('postalCode')} />
        </FormField>
        <FormField label={t('seeker.address')} error={err(errors.address?.message)} className="form__wide">
          <input autoComplete="street-address" {...register('address')} />
        </FormField>
      </div>

      <DuplicateWarning probe={{ familyNameKana, givenNameKana, birthDate, phone, excludeId: initial?.id }} />

      <CheckboxGroup
        legend={tf('seeker.desiredIndustries')}
        options={codeOptions(t, 'industry', INDUSTRIES)}
        register={register('desiredIndustries')}
        error={err(errors.desiredIndustries?.message)}
      />

      <div className="form__grid">
        <FormField label={tf('seeker.status')}>
          <Select options={codeOptions(t, 'seekerStatus', statusChoices)} {...register('status')} />
        </FormField>
        <FormField label={t('seeker.registeredOn')} error={err(errors.registeredOn?.message)} required>
          <input type="date" {...register('registeredOn')} />
        </FormField>
      </div>

      <div className="field">
        <label className="check check--block">
          <input type="checkbox" aria-invalid={Boolean(errors.consentDataUse)} {...register('consentDataUse')} />
          <span>{tf('seeker.consentDataUse')}</span>
        </label>
        {errors.consentDataUse ? (
          <p className="field__error" role="alert">
            {err(errors.consentDataUse.message)}
          </p>
        ) : null}
      </div>

      <FormField label={tf('seeker.notes')} error={err(errors.notes?.message)}>
        <textarea rows={4} {...register('notes')} />
      </FormField>

      <FormActions busy={isSubmitting} onCancel={onCancel} />
    </form>
  );
}
