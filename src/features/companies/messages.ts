/** The company screens' own words (loaded with their routes). */
import { featureMessages } from '../../lib/i18n/feature-messages';

const ja = {
  openPlaces: '求人の空き',
  openPlacesValue: '{places}名（受付中の求人 {openings}件）',
  noOpenOpenings: '受付中の求人なし',
  'feedback.title': '職場環境の改善へのフィードバック',
  'feedback.intro': 'トライアルワークを通じて企業にお伝えした改善点です。',
  'feedback.empty': 'フィードバックはまだありません',
  'feedback.trial': '{start}〜{end} ・ {job} ・ {status}',
} as const;

const en: Record<keyof typeof ja, string> = {
  openPlaces: 'Open trial places',
  openPlacesValue: '{places} (in {openings} open openings)',
  noOpenOpenings: 'No open openings',
  'feedback.title': 'Feedback for workplace improvement',
  'feedback.intro': 'What the trials showed the company could improve, as passed on to it.',
  'feedback.empty': 'No feedback yet',
  'feedback.trial': '{start} – {end} · {job} · {status}',
};

export const { useFeatureMessages: useCompanyMessages } = featureMessages(ja, en);
