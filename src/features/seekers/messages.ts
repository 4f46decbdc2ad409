/** The seeker screens' own words (loaded with their routes). */
import { featureMessages } from '../../lib/i18n/feature-messages';

const ja = {
  'birth.hint': '和暦（昭和50年4月1日、S50.4.1）でも西暦（1975-04-01）でも入力できます',
  'birth.outsideEra': '{era}は{first}から{last}までです',
  'birth.outsideLastEra': '{era}は{first}からです',
  'search.near': '読みが近い',
  'miss.text': '「{q}」に合う求職者はいません。フリガナの一部（例: やまだ）、姓だけ、電話番号でも探せます。',
  'miss.phone': '電話番号が「{q}」で始まる求職者はいません。別の番号（自宅・携帯）や、氏名・フリガナでも探せます。',
  'miss.phone-too-short': '電話番号は先頭から{n}桁以上入力してください（例: 0166-23）。',
  'miss.filters': '絞り込みに合う求職者はいません。',
  'miss.none': 'まだ求職者は登録されていません。',
  'miss.dropFilters': '地域・年齢層・業種の絞り込みを外すと見つかるかもしれません。',
} as const;

const en: Record<keyof typeof ja, string> = {
  'birth.hint': 'Enter it in the Japanese era (昭和50年4月1日, S50.4.1) or the Western calendar (1975-04-01)',
  'birth.outsideEra': '{era} ran from {first} to {last}',
  'birth.outsideLastEra': '{era} began on {first}',
  'search.near': 'Similar reading',
  'miss.text': 'No seekers match “{q}”. You can also search by part of the reading (e.g. やまだ), the family name alone, or a phone number.',
  'miss.phone': 'No seeker has a phone number starting “{q}”. Try another number (home or mobile), or search by name or reading.',
  'miss.phone-too-short': 'Enter at least the first {n} digits of a phone number (e.g. 0166-23).',
  'miss.filters': 'No seekers match the filters.',
  'miss.none': 'No seekers registered yet.',
  'miss.dropFilters': 'Clearing the town, age group or industry filter may find them.',
};

export const { useFeatureMessages: useSeekerMessages } = featureMessages(ja, en);
