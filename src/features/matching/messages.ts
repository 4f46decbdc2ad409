/** The match sections' own words (the seeker's page and the company's page), loaded with those routes. */
import { featureMessages } from '../../lib/i18n/feature-messages';

const ja = {
  'suggestions.title': 'おすすめの求人',
  'suggestions.how': '希望業種・通勤時間・受入枠の空き・同年代の採用実績から、合う順に最大{limit}件並べています。',
  'suggestions.empty': '今、提案できる求人はありません（受入中の企業に、有効で空きのある求人がありません）。',
  'suggestions.notLooking': 'トライアル中・採用・終了の求職者には、求人の提案を表示しません。',
  'candidates.title': 'この企業に合う求職者',
  'candidates.how': 'この企業の有効で空きのある求人に希望業種が合う求職者（登録済・マッチング中）を、通勤時間・受入枠の空き・同年代の採用実績も見て、合う順に最大{limit}名並べています。',
  'candidates.empty': '合う求職者はいません（有効で空きのある求人がないか、希望業種の合う求職者がいません）。',
  'candidates.opening': '求人: {jobType}',
  'reasons.label': '理由',
  'reason.industry': '希望業種: {industry}が一致',
  'reason.commute': '通勤: {from}→{to} 約{minutes}分',
  'reason.commuteWithin': '通勤: {town}内 約{minutes}分',
  'reason.places': '受入枠 {open}名空き',
  'reason.history': '同年代の採用実績 {hired}/{of}件',
  'reason.consentGiven': '同意あり',
  'reason.consentMissing': '同意未取得',
  propose: 'この求人で提案',
  'propose.seekerContext': '（{company}・{jobType}）',
  'propose.candidateContext': '（{name}さん・{jobType}）',
} as const;

const en: Record<keyof typeof ja, string> = {
  'suggestions.title': 'Suggested openings',
  'suggestions.how': 'Up to {limit}, ordered by desired industry, commute, open places and hires of people of the same age group.',
  'suggestions.empty': 'No opening to suggest now (no host company has a valid opening with a place left).',
  'suggestions.notLooking': 'Openings are not suggested for a seeker in a trial, hired or closed.',
  'candidates.title': 'Seekers who fit',
  'candidates.how': 'Up to {limit} seekers (registered or matching) who want the industry of one of this company’s valid openings with a place left, ordered by fit, commute, open places and hires of the same age group.',
  'candidates.empty': 'No seeker fits (no valid opening with a place left, or nobody wants its industry).',
  'candidates.opening': 'Opening: {jobType}',
  'reasons.label': 'Why',
  'reason.industry': 'Wants {industry}',
  'reason.commute': 'Commute: {from} → {to} about {minutes} min',
  'reason.commuteWithin': 'Commute: within {town}, about {minutes} min',
  'reason.places': '{open} place(s) open',
  'reason.history': 'Same age group hired: {hired} of {of}',
  'reason.consentGiven': 'Consent given',
  'reason.consentMissing': 'No consent yet',
  propose: 'Propose for this opening',
  'propose.seekerContext': ' ({company}, {jobType})',
  'propose.candidateContext': ' ({name}, {jobType})',
};

export const { useFeatureMessages: useMatchingMessages } = featureMessages(ja, en);
