/** An attendance rate with its counts, for a student, a session or a school (src/domain/school-programme.ts). */
import type { AttendanceTally } from '../domain/school-programme';
import { useAttendanceWords } from './attendance-words';

export function AttendanceRate({ tally, compact = false }: { tally: AttendanceTally; compact?: boolean }) {
  const { tf } = useAttendanceWords();
  const value = tally.rate === null ? tf('rate.none') : tf('rate.value', { percent: Math.round(tally.rate * 100) });
  return (
    <span className="attendance-rate" title={tf('rate.help')}>
      <span className="attendance-rate-value">
        {tf('rate.label')} {value}
      </span>
      {!compact && tally.counted + tally.excused > 0 && (
        <span className="attendance-rate-detail">
          {' '}
          （{tf('rate.detail', { present: tally.present, late: tally.late, left_early: tally.left_early, absent: tally.absent, excused: tally.excused })}）
        </span>
      )}
    </span>
  );
}
