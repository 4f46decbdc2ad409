/** The teacher home's words (loaded with its route). */
import { featureMessages } from '../../lib/i18n/feature-messages';

const ja = {
  'loading': '学校のデータを待っています。同期が終わると表示されます。',
  'schoolPage': '学校・生徒',
  'programmes': 'インターンシップ計画',
  'today.title': '今日',
  'today.empty': '今日の回はありません',
  'upcoming.title': '今後の予定',
  'upcoming.empty': '今年度これからの回はありません',
  'past.title': '入力が済んでいない過去の回',
  'past.empty': '過去の回の出欠はすべて入力済みです',
  'missing': '未入力 {n}名',
  'done': '入力済み {n}名',
  'noRoster': '名簿なし',
  'roster': '{n}名',
  'count': '{n}件',
  'time': '{start}〜{end}',
  'intro': '{year}の回です。行をタップすると出欠の画面が開きます。',
} as const;

const en: Record<keyof typeof ja, string> = {
  'loading': 'Waiting for the school data. It appears once syncing finishes.',
  'schoolPage': 'School and students',
  'programmes': 'Internship programmes',
  'today.title': 'Today',
  'today.empty': 'No session today',
  'upcoming.title': 'Coming up',
  'upcoming.empty': 'No more sessions this fiscal year',
  'past.title': 'Past sessions with attendance missing',
  'past.empty': 'Every past session is fully marked',
  'missing': '{n} not marked',
  'done': 'All {n} marked',
  'noRoster': 'No roster',
  'roster': '{n} students',
  'count': '{n}',
  'time': '{start}–{end}',
  'intro': 'Sessions of {year}. Tap a row to take its attendance.',
};

export const { useFeatureMessages: useTeacherMessages } = featureMessages(ja, en);
