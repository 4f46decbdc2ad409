/**
 * Register or edit a student. Readings may be typed in ひらがな or half-width ｶﾅ (as school lists often
 * have them): the shared schema stores katakana. The school is the one the screen names (the school page's
 * link, a teacher's own); only a student registered from nowhere in particular gets a school select.
 */
import type { z } from 'zod';
import type { EditorFormProps } from '../../../components/record-editor-screen';
import { useRecordForm } from '../../../components/use-record-form';
import { FormActions } from '../../../components/ui/form-actions';
import { FormErrorBanners } from '../../../components/ui/form-error-banners';
import { FormField } from '../../../components/ui/form-field';
import { RadioGroup } from '../../../components/ui/radio-group';
import { Select } from '../../../components/ui/select';
import { STUDENT_PLANS } from '../../../shared/codes';
import { studentFieldsSchema } from '../../../shared/entities';
import type { SchoolOption } from '../../../storage/school-queries';
import { useSchoolMessages } from '../messages';

type FormInput = z.input<typeof studentFieldsSchema>;

const emptyStudent = (schoolId: string): FormInput => ({
  schoolId,
  kind: 'high_school',
  familyName: '',
  givenName: '',
  familyNameKana: '',
  givenNameKana: '',
  grade: 1,
  className: '',
  number: null,
  plan: 'undecided',
});

/** High schools have three years; a university student (registered before the holiday placements) up to six. */
const gradesOf = (kind: FormInput['kind']) => (kind === 'university' ? [1, 2, 3, 4, 5, 6] : [1, 2, 3]);

/** An empty 出席番号 is "not given" (null), not 0. */
const numberOrNull = (value: unknown) => (value === '' || value === null || value === undefined ? null : Number(value));

export function StudentForm({ initial, schoolId, schools, onSubmit, onCancel, submitError, ruleError }: EditorFormProps<'students'> & {
  /** The school of a new student ('' when the screen names none: the form asks). */
  schoolId: string;
  schools: SchoolOption[] | undefined;
}) {
  const { tf } = useSchoolMessages();
  const { register, handleSubmit, formState, err } = useRecordForm(studentFieldsSchema, initial ?? emptyStudent(schoolId), ruleError);
  const { errors, isSubmitting, submitCount, isValid } = formState;
  const fixedSchool = initial?.schoolId ?? schoolId;
  const schoolName = schools?.find((s) => s.id === fixedSchool)?.name;
  return (
    <form className="form" noValidate onSubmit={handleSubmit(onSubmit)}>
      <FormErrorBanners hasInvalidFields={submitCount > 0 && !isValid} submitError={submitError} />
      {fixedSchool ? (
        <p className="form__context">
          {tf('student.school')}: <strong>{schoolName ?? ''}</strong>
        </p>
      ) : (
        <FormField label={tf('student.school')} error={errors.schoolId ? tf('student.schoolPlaceholder') : undefined} required>
          <Select options={(schools ?? []).map((s) => ({ value: s.id, label: s.name }))} placeholder={tf('student.schoolPlaceholder')} {...register('schoolId')} />
        </FormField>
      )}
      {/* Family and given name side by side, their readings under them, as on a school's own lists. */}
      <div className="form__grid form__grid--pairs">
        <FormField label={tf('student.familyName')} error={err(errors.familyName?.message)} required>
          <input autoComplete="off" {...register('familyName')} />
        </FormField>
        <FormField label={tf('student.givenName')} error={err(errors.givenName?.message)} required>
          <input autoComplete="off" {...register('givenName')} />
        </FormField>
        <FormField label={tf('student.familyNameKana')} error={err(errors.familyNameKana?.message)} hint={tf('student.kanaHint')} required>
          <input autoComplete="off" {...register('familyNameKana')} />
        </FormField>
        <FormField label={tf('student.givenNameKana')} error={err(errors.givenNameKana?.message)} required>
          <input autoComplete="off" {...register('givenNameKana')} />
        </FormField>
      </div>
      <div className="form__grid">
        <FormField label={tf('student.grade')} error={err(errors.grade?.message)} required>
          <Select options={gradesOf(initial?.kind).map((n) => ({ value: String(n), label: tf('grade', { n }) }))} {...register('grade', { valueAsNumber: true })} />
        </FormField>
        <FormField label={tf('student.className')} error={err(errors.className?.message)} hint={tf('student.classHint')}>
          <input autoComplete="off" {...register('className')} />
        </FormField>
        <FormField label={tf('student.number')} error={err(errors.number?.message)}>
          <input type="number" inputMode="numeric" min={1} max={99} {...register('number', { setValueAs: numberOrNull })} />
        </FormField>
      </div>
      <RadioGroup
        legend={tf('student.plan')}
        options={STUDENT_PLANS.map((plan) => ({ value: plan, label: tf(`plan.${plan}`) }))}
        register={register('plan')}
        error={err(errors.plan?.message)}
        required
      />
      <FormActions busy={isSubmitting} onCancel={onCancel} />
    </form>
  );
}
