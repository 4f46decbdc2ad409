/**
 * Who goes to the host on an internship day: the programme's participants as one checklist (a tap
 * each), with the host's capacity and the places other internships already hold that day. Going over
 * is said before saving in the capacity rule's own words (internship-capacity); the save then refuses it.
 */
import { ruleMessage } from '../../../lib/i18n/rule-message';
import type { ProgrammeSession } from '../../../shared/entities';
import { useHostPlaces } from '../../../storage/hooks/use-programmes';
import type { ParticipantRow } from '../../../storage/programme-queries';
import { sessionDay } from '../format';
import { useProgrammeMessages } from '../messages';
import { classAndNumber, studentName } from '../student-label';

type Day = Pick<ProgrammeSession, 'id' | 'programmeId' | 'schoolId' | 'kind' | 'date' | 'companyId'>;

export function AssignmentField({ day, participants, chosen, onChange, longer }: {
  day: Day;
  /** The live participants, and anyone assigned now though withdrawn since (so they can be taken off). */
  participants: readonly ParticipantRow[];
  chosen: readonly string[];
  onChange: (studentIds: string[]) => void;
  /** Students whose internship covering the day spans more days: its period, shown beside them. */
  longer: ReadonlyMap<string, { startDate: string; endDate: string }>;
}) {
  const { t, tf, lang } = useProgrammeMessages();
  const places = useHostPlaces(day);
  const numberWord = (n: number) => tf('number', { n });
  if (day.companyId === '')
    return (
      <fieldset className="field assignment">
        <legend className="field__label">{tf('assign.title')}</legend>
        <p className="muted">{tf('assign.needHost')}</p>
      </fieldset>
    );
  const left = places?.capacity == null ? null : places.capacity - places.heldByOthers - chosen.length;
  return (
    <fieldset className="field assignment">
      <legend className="field__label">
        {tf('assign.title')} <span className="list-count">{tf('assign.chosen', { n: chosen.length })}</span>
      </legend>
      {places === undefined ? null : places === null || places.capacity === null ? (
        <p className="muted">{tf('assign.capacityUnknown')}</p>
      ) : (
        <p className={left !== null && left < 0 ? 'assignment__places assignment__places--over' : 'assignment__places'}>
          {tf('assign.capacity', { capacity: places.capacity, others: places.heldByOthers, left: Math.max(0, left ?? 0) })}
        </p>
      )}
      {left !== null && left < 0 && places?.capacity != null ? (
        <p className="banner banner--warning" role="alert">
          {ruleMessage(t, 'internships', { rule: 'internship-capacity', capacity: String(places.capacity) })}
        </p>
      ) : null}
      {participants.length === 0 ? (
        <p className="muted">{tf('assign.noParticipants')}</p>
      ) : (
        <div className="checkbox-group__items assignment__students">
          {participants.map(({ student }) => {
            const period = longer.get(student.id);
            return (
              <label key={student.id} className="check check--block assignment__student">
                <input
                  type="checkbox"
                  checked={chosen.includes(student.id)}
                  onChange={(e) => onChange(e.target.checked ? [...chosen, student.id] : chosen.filter((id) => id !== student.id))}
                />
                <span>
                  {studentName(student)} <span className="muted">{classAndNumber(student, numberWord)}</span>
                  {period ? <span className="muted assignment__period"> {tf('assign.longer', { from: sessionDay(period.startDate, lang), to: sessionDay(period.endDate, lang) })}</span> : null}
                </span>
              </label>
            );
          })}
        </div>
      )}
      <p className="field__hint">{tf('assign.hint')}</p>
    </fieldset>
  );
}
