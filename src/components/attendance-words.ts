/**
 * The words of attendance, shared by every screen that shows marks or rates (the attendance screen, a
 * session, a student, a school), loaded with those screens' routes.
 */
import { featureMessages } from '../lib/i18n/feature-messages';

export const { useFeatureMessages: useAttendanceWords } = featureMessages(
  {
    'mark.present': '出席',
    'mark.absent': '欠席',
    'mark.late': '遅刻',
    'mark.left_early': '早退',
    'mark.excused': '公欠',
    'mark.none': '未入力',
    'rate.label': '出席率',
    'rate.none': '—（記録なし）',
    'rate.value': '{percent}%',
    'rate.detail': '出席 {present}・遅刻 {late}・早退 {left_early}・欠席 {absent}・公欠 {excused}',
    'rate.help': '出席・遅刻・早退を出席として、欠席を含めた日数で割った割合です（公欠と未入力は含めません）',
  },
  {
    'mark.present': 'Present',
    'mark.absent': 'Absent',
    'mark.late': 'Late',
    'mark.left_early': 'Left early',
    'mark.excused': 'Excused',
    'mark.none': 'Not marked',
    'rate.label': 'Attendance rate',
    'rate.none': '— (no marks)',
    'rate.value': '{percent}%',
    'rate.detail': 'Present {present} · late {late} · left early {left_early} · absent {absent} · excused {excused}',
    'rate.help': 'Present, late and left early count as attended, divided by those plus absences (excused and unmarked are left out)',
  },
);
