/**
 * A student's post-learning career plan (/programmes/:id/career-plans/:studentId, `?from=<session>`
 * when opened from a 事後学習 session): interest in working locally before and after (one tap each),
 * industries of interest, a comment. One record per programme and student under its derived id, so
 * two teachers writing it offline meet on one record. 「保存して次の生徒へ」 walks the class in order.
 */
import { Controller } from 'react-hook-form';
import type { z } from 'zod';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { saveFeedback } from '../../../components/record-editor-screen';
import { CheckboxGroup } from '../../../components/ui/checkbox-group';
import { Flash } from '../../../components/ui/flash';
import { FormErrorBanners } from '../../../components/ui/form-error-banners';
import { FormField } from '../../../components/ui/form-field';
import { PageHeader } from '../../../components/ui/page-header';
import { useRecordForm } from '../../../components/use-record-form';
import { codeOptions } from '../../../lib/code-options';
import { saveErrorMessage } from '../../../lib/i18n/rule-message';
import { useSaveRecord } from '../../../lib/record-hooks';
import { INDUSTRIES } from '../../../shared/codes';
import { careerPlanFieldsSchema, type CareerPlan } from '../../../shared/entities';
import { careerPlanId } from '../../../shared/ids';
import { useProgramme } from '../../../storage/hooks/use-programmes';
import type { ParticipantRow, ProgrammeOverview } from '../../../storage/programme-queries';
import { useProgrammeMessages } from '../messages';
import { classAndNumber, studentName } from '../student-label';
import { InterestScale } from './interest-scale';
import '../programmes.css';

type FormInput = z.input<typeof careerPlanFieldsSchema>;

export function CareerPlanScreen() {
  const { t, tf } = useProgrammeMessages();
  const { id = '', studentId = '' } = useParams();
  const overview = useProgramme(id);
  if (overview === undefined) return <p>{t('common.loading')}</p>;
  const row = overview?.participants.find((p) => p.student.id === studentId && !p.participant.withdrawn);
  if (!overview || !row)
    return (
      <section className="screen">
        <p role="alert">{overview ? tf('careerPlan.notParticipant') : t('common.notFound')}</p>
      </section>
    );
  return <CareerPlanEditor key={studentId} overview={overview} row={row} existing={overview.careerPlans.find((c) => c.studentId === studentId)} />;
}

function CareerPlanEditor({ overview, row, existing }: { overview: ProgrammeOverview; row: ParticipantRow; existing: CareerPlan | undefined }) {
  const { t, tf } = useProgrammeMessages();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const from = params.get('from');
  const save = useSaveRecord('careerPlans');
  const { programme } = overview;
  const { student } = row;
  const blank: FormInput = { programmeId: programme.id, studentId: student.id, schoolId: programme.schoolId, interestBefore: null, interestAfter: null, industries: [], comment: '' };
  const feedback = saveFeedback(save.error, (error) => saveErrorMessage(t, 'careerPlans', error));
  const { register, control, handleSubmit, formState, err } = useRecordForm(careerPlanFieldsSchema, existing ?? blank, feedback.ruleError);
  const { errors, isSubmitting, submitCount, isValid } = formState;
  const live = overview.participants.filter((p) => !p.participant.withdrawn);
  const next = live[live.findIndex((p) => p.student.id === student.id) + 1];
  const back = from ? `/sessions/${from}` : `/programmes/${programme.id}`;
  const query = from ? `?from=${from}` : '';

  const saveThen = (to: string) =>
    handleSubmit(async (fields) => {
      const saved = await save.mutateAsync({ fields, id: careerPlanId(programme.id, student.id) }).catch(() => undefined);
      if (saved) navigate(to, { state: { flash: 'common.saved' } });
    });
  const numberWord = (n: number) => tf('number', { n });
  return (
    <section className="screen programmes">
      <Flash />
      <PageHeader
        title={tf('careerPlan.title', { name: studentName(student) })}
        actions={
          <Link to={back} className="button button--secondary">
            {tf('careerPlan.back')}
          </Link>
        }
      >
        <p className="page-header__sub">{tf('careerPlan.sub', { programme: programme.title, class: classAndNumber(student, numberWord) })}</p>
      </PageHeader>
      <form className="form" noValidate onSubmit={saveThen(back)}>
        <FormErrorBanners hasInvalidFields={submitCount > 0 && !isValid} submitError={feedback.submitError} />
        <Controller control={control} name="interestBefore" render={({ field }) => <InterestScale legend={tf('careerPlan.before')} value={field.value} onChange={field.onChange} />} />
        <Controller control={control} name="interestAfter" render={({ field }) => <InterestScale legend={tf('careerPlan.after')} value={field.value} onChange={field.onChange} />} />
        <CheckboxGroup legend={tf('careerPlan.industries')} options={codeOptions(t, 'industry', INDUSTRIES)} register={register('industries')} error={err(errors.industries?.message)} />
        <FormField label={tf('careerPlan.comment')} error={err(errors.comment?.message)}>
          <textarea rows={3} {...register('comment')} />
        </FormField>
        <div className="form__actions">
          {next ? (
            <button type="button" className="button button--secondary" disabled={isSubmitting} onClick={() => void saveThen(`/programmes/${programme.id}/career-plans/${next.student.id}${query}`)()}>
              {tf('careerPlan.saveNext')}
            </button>
          ) : null}
          <button type="submit" className="button button--primary" disabled={isSubmitting}>
            {isSubmitting ? t('common.saving') : t('common.save')}
          </button>
        </div>
      </form>
    </section>
  );
}
