/**
 * Whether the internship raised the students' interest in working locally: the average before and
 * after (1–5) over the career plans that have both answers (domain/school-programme.ts interestShift).
 */
import { interestShift } from '../../../domain/school-programme';
import type { CareerPlan } from '../../../shared/entities';
import { useProgrammeMessages } from '../messages';

const oneDecimal = (n: number) => n.toFixed(1);

export function InterestShiftCard({ careerPlans }: { careerPlans: readonly CareerPlan[] }) {
  const { tf } = useProgrammeMessages();
  const shift = interestShift(careerPlans);
  return (
    <section className="card" aria-labelledby="programme-interest">
      <h2 id="programme-interest">{tf('interest.title')}</h2>
      {shift === null ? (
        <p className="empty">{tf('interest.none')}</p>
      ) : (
        <>
          <p className="interest-shift">
            {tf('interest.shift', { before: oneDecimal(shift.before), after: oneDecimal(shift.after) })}{' '}
            <span className={`interest-shift__delta interest-shift__delta--${shift.after >= shift.before ? 'up' : 'down'}`}>
              （{shift.after >= shift.before ? '+' : '−'}
              {oneDecimal(Math.abs(shift.after - shift.before))}）
            </span>
          </p>
          <p className="muted">{tf('interest.basis', { n: shift.count })}</p>
        </>
      )}
    </section>
  );
}
