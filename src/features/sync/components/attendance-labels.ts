/**
 * An attendance mark in the review screens' words: whose mark at which session (the record alone holds
 * only ids), its fields by name and its marks as 出席/欠席/…, from the shared attendance words.
 */
import { markWordKey, useAttendanceWords } from '../../../components/attendance-words';
import { formatDate } from '../../../lib/dates';
import type { AttendanceSubject } from '../../../storage/attendance-queries';
import { valueText } from './sync-labels';

export function useAttendanceLabels(subject: AttendanceSubject | undefined) {
  const { t, tf, lang } = useAttendanceWords();
  const session = subject ? [formatDate(subject.sessionDate, lang), subject.sessionTitle].filter(Boolean).join(' ') : '';
  return {
    name: subject ? `${subject.studentName}${session ? `（${session}）` : ''}` : t('entity.attendance'),
    field: (field: string) => (field === 'mark' || field === 'note' ? tf(`field.${field}`) : field),
    value: (field: string, value: unknown) => (field === 'mark' ? tf(markWordKey(value)) : valueText(t, lang, value)),
  };
}
