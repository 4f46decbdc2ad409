/**
 * A programme: which school, which fiscal year (令和N年度), its title and notes. The title starts as
 * 「令和N年度 地元企業インターンシップ」 and follows the year until someone types their own. A teacher's
 * programme is its own school's (the school is fixed).
 */
import { useEffect, useRef } from 'react';
import type { z } from 'zod';
import type { EditorFormProps } from '../../../components/record-editor-screen';
import { FormActions } from '../../../components/ui/form-actions';
import { FormErrorBanners } from '../../../components/ui/form-error-banners';
import { FormField } from '../../../components/ui/form-field';
import { Select } from '../../../components/ui/select';
import { useRecordForm } from '../../../components/use-record-form';
import { fiscalYearLabel } from '../../../domain/fiscal-year';
import { internshipProgrammeFieldsSchema } from '../../../shared/entities';
import type { SchoolOption } from '../../../storage/school-queries';
import { useProgrammeMessages } from '../messages';

type FormInput = z.input<typeof internshipProgrammeFieldsSchema>;

export type ProgrammeStart = { schoolId: string; fiscalYear: number; years: readonly number[] };

export function ProgrammeForm({ initial, start, schools, schoolFixed, onSubmit, onCancel, submitError, ruleError }: EditorFormProps<'internshipProgrammes'> & {
  start: ProgrammeStart;
  schools: readonly SchoolOption[];
  schoolFixed: boolean;
}) {
  const { tf, lang } = useProgrammeMessages();
  const defaultTitle = (year: number) => tf('programme.defaultTitle', { year: fiscalYearLabel(year, lang) });
  const blank: FormInput = { schoolId: start.schoolId, fiscalYear: start.fiscalYear, title: defaultTitle(start.fiscalYear), notes: '' };
  const { register, handleSubmit, formState, err, watch, getValues, setValue } = useRecordForm(internshipProgrammeFieldsSchema, initial ?? blank, ruleError);
  const { errors, isSubmitting, submitCount, isValid } = formState;
  const fiscalYear = Number(watch('fiscalYear'));
  // The title follows the year while it is still the one this form proposed.
  const proposed = useRef(initial ? '' : blank.title);
  useEffect(() => {
    if (!proposed.current || getValues('title') !== proposed.current) return;
    proposed.current = defaultTitle(fiscalYear);
    setValue('title', proposed.current);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only a change of year re-proposes the title
  }, [fiscalYear]);
  const years = [...new Set([...start.years, ...(initial ? [initial.fiscalYear] : [])])].sort((a, b) => a - b);
  const schoolError = errors.schoolId ? (errors.schoolId.type === 'rule' ? err(errors.schoolId.message) : tf('field.schoolRequired')) : undefined;
  return (
    <form className="form" noValidate onSubmit={handleSubmit(onSubmit)}>
      <FormErrorBanners hasInvalidFields={submitCount > 0 && !isValid} submitError={submitError} />
      <div className="form__grid">
        {schoolFixed || initial ? (
          <div className="field">
            <span className="field__label">{tf('field.school')}</span>
            <output className="programme-form__fixed">{schools.find((s) => s.id === getValues('schoolId'))?.name ?? '…'}</output>
          </div>
        ) : (
          <FormField label={tf('field.school')} error={schoolError} required>
            <Select options={schools.map((s) => ({ value: s.id, label: s.name }))} placeholder={tf('field.schoolChoose')} {...register('schoolId')} />
          </FormField>
        )}
        <FormField label={tf('field.fiscalYear')} error={err(errors.fiscalYear?.message)} required>
          <Select options={years.map((y) => ({ value: String(y), label: fiscalYearLabel(y, lang) }))} {...register('fiscalYear', { valueAsNumber: true })} />
        </FormField>
        <FormField label={tf('field.title')} error={err(errors.title?.message)} required className="form__wide">
          <input {...register('title')} />
        </FormField>
        <FormField label={tf('field.notes')} error={err(errors.notes?.message)} className="form__wide">
          <textarea rows={3} {...register('notes')} />
        </FormField>
      </div>
      <FormActions busy={isSubmitting} onCancel={onCancel} />
    </form>
  );
}
