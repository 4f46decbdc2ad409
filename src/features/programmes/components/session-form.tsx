/**
 * A session of a programme: its kind in one tap (the title follows the kind until someone types their
 * own), the day and times, the place, and for an internship day the host company (kana-aware picker;
 * a teacher's device lists the hosts its school already uses) and the students going. Saving writes the
 * session and the students' internships together (storage/programme-writes.ts).
 */
import { useEffect, useRef, useState } from 'react';
import { Controller } from 'react-hook-form';
import type { z } from 'zod';
import { CompanyChoiceField } from '../../../components/company-choice-field';
import type { RuleFieldError } from '../../../components/use-record-form';
import { FormActions } from '../../../components/ui/form-actions';
import { FormErrorBanners } from '../../../components/ui/form-error-banners';
import { FormField } from '../../../components/ui/form-field';
import { RadioGroup } from '../../../components/ui/radio-group';
import { useUnsavedChanges } from '../../../components/ui/unsaved-guard';
import { useRecordForm } from '../../../components/use-record-form';
import { codeOptions } from '../../../lib/code-options';
import type { EntityFields } from '../../../lib/record-hooks';
import { SESSION_KINDS } from '../../../shared/codes';
import { programmeSessionFieldsSchema, type ProgrammeSession } from '../../../shared/entities';
import type { ParticipantRow } from '../../../storage/programme-queries';
import { useProgrammeMessages } from '../messages';
import { AssignmentField } from './assignment-field';

type FormInput = z.input<typeof programmeSessionFieldsSchema>;
export type SessionKind = (typeof SESSION_KINDS)[number];

export type SessionFormProps = {
  initial: ProgrammeSession | undefined;
  /** A new session's programme and kind. */
  start: { programmeId: string; schoolId: string; kind: SessionKind; date: string };
  participants: readonly ParticipantRow[];
  /** The students the day has now (an edit), and the ones whose internship spans more days. */
  assigned: readonly string[];
  longer: ReadonlyMap<string, { startDate: string; endDate: string }>;
  onSubmit: (fields: EntityFields<'programmeSessions'>, chosen: readonly string[] | undefined) => Promise<void>;
  onCancel: () => void;
  submitError: string | undefined;
  ruleError: RuleFieldError | undefined;
};

export function SessionForm({ initial, start, participants, assigned, longer, onSubmit, onCancel, submitError, ruleError }: SessionFormProps) {
  const { t, tf } = useProgrammeMessages();
  const defaultTitle = (kind: SessionKind) => tf(`defaultTitle.${kind}`);
  const blank: FormInput = { ...start, title: defaultTitle(start.kind), startTime: '', endTime: '', place: '', companyId: '', notes: '' };
  const { register, control, handleSubmit, formState, err, watch, getValues, setValue } = useRecordForm(programmeSessionFieldsSchema, initial ?? blank, ruleError);
  const { errors, isSubmitting, submitCount, isValid } = formState;
  const [kind, date, companyId] = watch(['kind', 'date', 'companyId']);
  const [chosen, setChosen] = useState<string[]>([...assigned]);
  // The students ticked live outside react-hook-form: a change to them is unsaved input too.
  useUnsavedChanges([...chosen].sort().join() !== [...assigned].sort().join());

  // The title follows the kind while it is still one this form proposed.
  const proposed = useRef(initial ? (SESSION_KINDS.map(defaultTitle).includes(initial.title) ? initial.title : '') : blank.title);
  useEffect(() => {
    if (!kind || !proposed.current || getValues('title') !== proposed.current) return;
    proposed.current = defaultTitle(kind);
    setValue('title', proposed.current, { shouldDirty: true });
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only a change of kind re-proposes the title
  }, [kind]);

  const endError = errors.endTime?.message === 'end_before_start' ? tf('field.endBeforeStart') : err(errors.endTime?.message);
  const internshipDay = kind === 'internship';
  return (
    <form className="form" noValidate onSubmit={handleSubmit((fields) => onSubmit(fields, internshipDay ? chosen : undefined))}>
      <FormErrorBanners hasInvalidFields={submitCount > 0 && !isValid} submitError={submitError} />
      <div className="form__grid">
        <div className="form__wide">
          <RadioGroup legend={tf('field.kind')} required options={codeOptions(t, 'sessionKind', SESSION_KINDS)} register={register('kind')} error={err(errors.kind?.message)} />
        </div>
        <FormField label={tf('field.date')} error={err(errors.date?.message)} required>
          <input type="date" {...register('date')} />
        </FormField>
        <div className="session-form__times">
          <FormField label={tf('field.startTime')} error={err(errors.startTime?.message)}>
            <input type="time" {...register('startTime')} />
          </FormField>
          <FormField label={tf('field.endTime')} error={endError}>
            <input type="time" {...register('endTime')} />
          </FormField>
        </div>
        <FormField label={tf('field.title')} error={err(errors.title?.message)} required>
          <input {...register('title')} />
        </FormField>
        <FormField label={tf('field.place')} hint={tf('field.placeHint')} error={err(errors.place?.message)}>
          <input {...register('place')} />
        </FormField>
        {internshipDay ? (
          <>
            <div className="form__wide">
              <Controller
                control={control}
                name="companyId"
                render={({ field }) => (
                  <CompanyChoiceField label={tf('field.host')} texts={{ change: tf('field.hostChange'), noMatch: tf('field.hostNoMatch') }} value={field.value ?? ''} onChange={field.onChange} error={err(errors.companyId?.message)} />
                )}
              />
            </div>
            <div className="form__wide">
              <AssignmentField
                day={{ id: initial?.id ?? '', programmeId: start.programmeId, schoolId: start.schoolId, kind, date: date ?? '', companyId: companyId ?? '' }}
                participants={participants}
                chosen={chosen}
                onChange={setChosen}
                longer={longer}
              />
            </div>
          </>
        ) : null}
        <FormField label={tf('field.notes')} error={err(errors.notes?.message)} className="form__wide">
          <textarea rows={3} {...register('notes')} />
        </FormField>
      </div>
      <FormActions busy={isSubmitting} onCancel={onCancel} />
    </form>
  );
}
