/** The seeker form's own words (loaded with its route). */
import { featureMessages } from '../../lib/i18n/feature-messages';
import { recordLabelsEn, recordLabelsJa } from '../../lib/i18n/record-labels';

// The field labels are shared with the change history and the review screens (record-labels.ts).
const ja = {
  ...recordLabelsJa,
  'seeker.duplicates.title': '同じ人が登録済みかもしれません',
  'seeker.duplicates.hint': 'フリガナと生年月日、または電話番号が一致する求職者がいます。重複登録でないか確認してください。',
  'seeker.counselling.title': '相談記録',
  'seeker.counselling.empty': '相談記録はまだありません',
  'seeker.counselling.add': '相談記録を追加',
  'birth.hint': '和暦（昭和50年4月1日、S50.4.1）でも西暦（1975-04-01）でも入力できます',
  'birth.outsideEra': '{era}は{first}から{last}までです',
  'birth.outsideLastEra': '{era}は{first}からです',
} as const;

const en: Record<keyof typeof ja, string> = {
  ...recordLabelsEn,
  'seeker.duplicates.title': 'This person may already be registered',
  'seeker.duplicates.hint': 'A seeker with the same reading and birth date, or the same phone, exists. Check before registering again.',
  'seeker.counselling.title': 'Counselling records',
  'seeker.counselling.empty': 'No counselling records yet',
  'seeker.counselling.add': 'Add a counselling record',
  'birth.hint': 'Enter it in the Japanese era (昭和50年4月1日, S50.4.1) or the Western calendar (1975-04-01)',
  'birth.outsideEra': '{era} ran from {first} to {last}',
  'birth.outsideLastEra': '{era} began on {first}',
};

export const { useFeatureMessages: useSeekerMessages } = featureMessages(ja, en);
