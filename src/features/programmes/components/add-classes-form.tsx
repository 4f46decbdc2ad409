/**
 * 「2年の1組、2組を追加」: pick the grade (one tap), tick its classes (each with how many it would add),
 * and one tap adds every student of them not yet on the roster — one participant record each, in one
 * transaction (storage/programme-writes.ts), so a refusal adds nobody.
 */
import { useState } from 'react';
import { ErrorBanner, SuccessBanner } from '../../../components/ui/banner';
import { classChoices, gradesOf, studentsToAdd } from '../../../domain/programme-roster';
import { joinLabels } from '../../../lib/i18n/join-labels';
import { saveErrorMessage } from '../../../lib/i18n/rule-message';
import type { ProgrammeOverview } from '../../../storage/programme-queries';
import { useAddParticipants } from '../hooks/use-programme-writes';
import { useProgrammeMessages } from '../messages';
import { classInGrade } from '../student-label';

export function AddClassesForm({ overview }: { overview: ProgrammeOverview }) {
  const { t, tf, lang } = useProgrammeMessages();
  const students = overview.schoolStudents;
  const participants = overview.participants.map((p) => p.participant);
  const grades = gradesOf(students);
  const [grade, setGrade] = useState<number | null>(null);
  const [ticked, setTicked] = useState<string[]>([]);
  const [done, setDone] = useState<string>('');
  const add = useAddParticipants();
  const chosenGrade = grade ?? (grades.includes(2) ? 2 : (grades[0] ?? null));
  if (chosenGrade === null) return <p className="empty">{tf('addClasses.noStudents')}</p>;

  const choices = classChoices(students, participants, chosenGrade);
  const adding = studentsToAdd(students, participants, chosenGrade, ticked);
  const className = (name: string) => (name ? classInGrade(name, chosenGrade) : tf('addClasses.noClass'));
  const pickGrade = (g: number) => {
    setGrade(g);
    setTicked([]);
    setDone('');
  };
  const tick = (name: string, on: boolean) => {
    setTicked(on ? [...ticked, name] : ticked.filter((n) => n !== name));
    setDone('');
  };
  const tickAll = () => {
    setTicked(choices.filter((c) => c.toAdd > 0).map((c) => c.className));
    setDone('');
  };
  const submit = async () => {
    const result = await add.mutateAsync({ programme: overview.programme, studentIds: adding.map((s) => s.id) }).catch(() => undefined);
    if (result === undefined) return;
    setDone(tf('addClasses.done', { n: result }));
    setTicked([]);
  };
  return (
    <div className="add-classes">
      <fieldset className="field radio-group">
        <legend className="field__label">{tf('addClasses.grade')}</legend>
        <div className="radio-group__items">
          {grades.map((g) => (
            <label key={g} className="radio-group__chip">
              <input type="radio" name="add-classes-grade" checked={g === chosenGrade} onChange={() => pickGrade(g)} />
              <span>{tf('addClasses.gradeN', { n: g })}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <fieldset className="field checkbox-group">
        <legend className="field__label">{tf('addClasses.classes')}</legend>
        <div className="checkbox-group__items add-classes__classes">
          {choices.map((c) => (
            <label key={c.className} className="check check--block">
              <input
                type="checkbox"
                checked={ticked.includes(c.className)}
                disabled={c.toAdd === 0}
                onChange={(e) => tick(c.className, e.target.checked)}
              />
              <span>{c.toAdd === 0 ? tf('addClasses.allIn', { name: className(c.className) }) : tf('addClasses.option', { name: className(c.className), n: c.toAdd })}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <div>
        <button type="button" className="button button--secondary button--small" disabled={choices.every((c) => c.toAdd === 0)} onClick={tickAll}>
          {tf('addClasses.all', { grade: chosenGrade })}
        </button>
      </div>
      <p className="field__hint">{tf('addClasses.withdrawnKept')}</p>
      <div className="form__actions add-classes__actions">
        <button type="button" className="button button--primary" disabled={adding.length === 0 || add.isPending} onClick={() => void submit()}>
          {adding.length === 0
            ? tf('addClasses.pick')
            : tf('addClasses.button', { grade: chosenGrade, classes: joinLabels(choices.filter((c) => ticked.includes(c.className)).map((c) => className(c.className)), lang), n: adding.length })}
        </button>
      </div>
      <ErrorBanner message={add.error ? saveErrorMessage(t, 'programmeParticipants', add.error) : undefined} />
      {done && !add.isPending ? <SuccessBanner message={done} /> : null}
    </div>
  );
}
