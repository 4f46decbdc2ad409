/** The counts of each mark and the session's rate, above the roster, with 全員出席 beside them. */
import { AttendanceRate } from '../../../components/attendance-rate';
import { useAttendanceWords } from '../../../components/attendance-words';
import { ATTENDANCE_MARKS } from '../../../shared/codes';
import type { SessionAttendance } from '../../../storage/attendance-queries';
import { useAttendanceMessages } from '../messages';

export function AttendanceSummary({ data, onAllPresent }: { data: SessionAttendance; onAllPresent: () => void }) {
  const { tf } = useAttendanceMessages();
  const words = useAttendanceWords();
  const counts = [...ATTENDANCE_MARKS.map((mark) => ({ mark, n: data.tally[mark] })), { mark: 'none' as const, n: data.unmarked }];
  return (
    <div className="card attendance__summary">
      <ul className="plain-list attendance__counts" aria-label={words.tf('rate.label')}>
        {counts.map(({ mark, n }) => (
          <li key={mark} className={`mark-count mark-badge--${mark}`} data-testid={`count-${mark}`}>
            {tf('count', { label: words.tf(`mark.${mark}`), n })}
          </li>
        ))}
      </ul>
      <p className="attendance__rate" data-testid="session-rate">
        <AttendanceRate tally={data.tally} compact />
      </p>
      <div className="attendance__all">
        <button type="button" className="button button--primary attendance__all-button" onClick={onAllPresent} disabled={data.unmarked === 0} aria-describedby="all-present-help">
          {tf('allPresent')}
        </button>
        <span id="all-present-help" className="attendance__all-help">
          {tf('allPresentHelp')}
        </span>
      </div>
    </div>
  );
}
