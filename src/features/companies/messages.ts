/** The company screens' own words (loaded with their routes). */
import { featureMessages } from '../../lib/i18n/feature-messages';
import { recordLabelsEn, recordLabelsJa } from '../../lib/i18n/record-labels';

// The field labels are shared with the change history and the review screens (record-labels.ts).
const ja = {
  ...recordLabelsJa,
  'company.list.title': '受入企業',
  'company.list.searchLabel': '企業名・フリガナ・電話番号で検索',
  'company.list.searchPlaceholder': '例: あさひかわ、旭川',
  openPlaces: '求人の空き',
  openPlacesValue: '{places}名（受付中の求人 {openings}件）',
  noOpenOpenings: '受付中の求人なし',
  'feedback.title': '職場環境の改善へのフィードバック',
  'feedback.intro': 'トライアルワークを通じて企業にお伝えした改善点です。',
  'feedback.empty': 'フィードバックはまだありません',
  'feedback.trial': '{start}〜{end} ・ {job} ・ {status}',
  'search.near': '読みが近い',
  noMatch: '「{q}」に合う企業はありません。フリガナの一部（例: あさひかわ）、企業名の一部、電話番号（先頭から{n}桁以上）でも探せます。',
  noMatchFiltered: '絞り込みに合う企業はありません。地域・業種の絞り込みを外してみてください。',
  none: 'まだ企業は登録されていません。',
} as const;

const en: Record<keyof typeof ja, string> = {
  ...recordLabelsEn,
  'company.list.title': 'Host companies',
  'company.list.searchLabel': 'Search by name, reading or phone number',
  'company.list.searchPlaceholder': 'e.g. あさひかわ, 旭川',
  openPlaces: 'Open trial places',
  openPlacesValue: '{places} (in {openings} open openings)',
  noOpenOpenings: 'No open openings',
  'feedback.title': 'Feedback for workplace improvement',
  'feedback.intro': 'What the trials showed the company could improve, as passed on to it.',
  'feedback.empty': 'No feedback yet',
  'feedback.trial': '{start} – {end} · {job} · {status}',
  'search.near': 'Similar reading',
  noMatch: 'No companies match “{q}”. You can also search by part of the reading (e.g. あさひかわ), part of the name, or a phone number (at least its first {n} digits).',
  noMatchFiltered: 'No companies match the filters. Try clearing the town or industry filter.',
  none: 'No companies registered yet.',
};

export const { useFeatureMessages: useCompanyMessages } = featureMessages(ja, en);
