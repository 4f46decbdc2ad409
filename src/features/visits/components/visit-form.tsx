/**
 * Logging a company visit, made to be filled in a car park: the company comes chosen when the form is
 * opened from its page (else typed by name or reading), date and time are now, the purpose is one tap,
 * and the next visit is a tap away (2 weeks, 1 or 3 months after the visit).
 */
import { Controller } from 'react-hook-form';
import type { z } from 'zod';
import { CompanyChoiceField } from '../../../components/company-choice-field';
import type { EditorFormProps } from '../../../components/record-editor-screen';
import { useRecordForm } from '../../../components/use-record-form';
import { FormActions } from '../../../components/ui/form-actions';
import { FormErrorBanners } from '../../../components/ui/form-error-banners';
import { FormField } from '../../../components/ui/form-field';
import { RadioGroup } from '../../../components/ui/radio-group';
import { addDays, addMonths } from '../../../domain/dates';
import { codeOptions } from '../../../lib/code-options';
import { todayIso } from '../../../lib/dates';
import { VISIT_PURPOSES } from '../../../shared/codes';
import { companyVisitFieldsSchema } from '../../../shared/entities';
import { useVisitMessages } from '../messages';

type FormInput = z.input<typeof companyVisitFieldsSchema>;

/** What a new visit starts with: `now` gives the date and the time to the minute. */
export type VisitDefaults = { companyId: string; coordinatorName: string; now: Date };

const hhmm = (now: Date) => `${String(now.getHours()).padStart(2, '0')}:${String(now.getMinutes()).padStart(2, '0')}`;

const newVisit = ({ companyId, coordinatorName, now }: VisitDefaults): FormInput => ({
  companyId,
  date: todayIso(now),
  time: hhmm(now),
  coordinatorName,
  purpose: 'follow_up',
  peopleMet: '',
  notes: '',
  nextAction: '',
  nextVisitDate: '',
});

const QUICK_DATES = [
  ['form.in2Weeks', (day: string) => addDays(day, 14)],
  ['form.in1Month', (day: string) => addMonths(day, 1)],
  ['form.in3Months', (day: string) => addMonths(day, 3)],
] as const;

export function VisitForm({ initial, defaults, onSubmit, onCancel, submitError, ruleError }: EditorFormProps<'companyVisits'> & { defaults: VisitDefaults }) {
  const { t, tf } = useVisitMessages();
  const { register, control, handleSubmit, formState, err, getValues, setValue } = useRecordForm(companyVisitFieldsSchema, initial ?? newVisit(defaults), ruleError);
  const { errors, isSubmitting, submitCount, isValid } = formState;
  // An empty company is a missing choice to the person, not a malformed id.
  const companyError = errors.companyId ? (errors.companyId.type === 'rule' ? err(errors.companyId.message) : tf('form.companyRequired')) : undefined;
  const nextVisitError = errors.nextVisitDate?.message === 'end_before_start' ? tf('form.nextBeforeVisit') : err(errors.nextVisitDate?.message);
  const setNextVisit = (shift: (day: string) => string) => {
    const date = getValues('date');
    setValue('nextVisitDate', shift(/^\d{4}-\d{2}-\d{2}$/u.test(date) ? date : todayIso()), { shouldDirty: true, shouldValidate: submitCount > 0 });
  };
  return (
    <form className="form" noValidate onSubmit={handleSubmit(onSubmit)}>
      <FormErrorBanners hasInvalidFields={submitCount > 0 && !isValid} submitError={submitError} />
      <div className="form__grid">
        <div className="form__wide">
          <Controller
            control={control}
            name="companyId"
            render={({ field }) => <CompanyChoiceField label={tf('form.company')} texts={{ change: tf('form.companyChange'), noMatch: tf('form.companyNoMatch') }} required value={field.value} onChange={field.onChange} error={companyError} />}
          />
        </div>
        <FormField label={tf('form.date')} error={err(errors.date?.message)} required>
          <input type="date" {...register('date')} />
        </FormField>
        <FormField label={tf('form.time')} error={err(errors.time?.message)}>
          <input type="time" {...register('time')} />
        </FormField>
        <div className="form__wide">
          <RadioGroup legend={tf('form.purpose')} required options={codeOptions(t, 'visitPurpose', VISIT_PURPOSES)} register={register('purpose')} error={err(errors.purpose?.message)} />
        </div>
        <FormField label={tf('form.peopleMet')} hint={tf('form.peopleMetHint')} error={err(errors.peopleMet?.message)}>
          <input {...register('peopleMet')} />
        </FormField>
        <FormField label={tf('form.coordinator')} error={err(errors.coordinatorName?.message)} required>
          <input autoComplete="name" {...register('coordinatorName')} />
        </FormField>
        <FormField label={tf('form.notes')} error={err(errors.notes?.message)} className="form__wide">
          <textarea rows={4} {...register('notes')} />
        </FormField>
        <FormField label={tf('form.nextAction')} error={err(errors.nextAction?.message)}>
          <input {...register('nextAction')} />
        </FormField>
        <div className="field">
          <FormField label={tf('form.nextVisitDate')} hint={tf('form.nextVisitHint')} error={nextVisitError}>
            <input type="date" {...register('nextVisitDate')} />
          </FormField>
          <div className="quick-dates" role="group" aria-label={tf('form.quickDates')}>
            {QUICK_DATES.map(([label, shift]) => (
              <button key={label} type="button" className="button button--secondary button--small" onClick={() => setNextVisit(shift)}>
                {tf(label)}
              </button>
            ))}
          </div>
        </div>
      </div>
      <FormActions busy={isSubmitting} onCancel={onCancel} />
    </form>
  );
}
