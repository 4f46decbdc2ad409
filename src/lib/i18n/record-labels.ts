/**
 * What names a record's fields and a refused change's reason, in both languages: the seeker and company
 * forms and pages, the change history (components/record-history.tsx) and the sync review screens all
 * name them, so they have one home here instead of one per feature. Loaded with those screens, not
 * with the first screen (first-screen JS budget, `npm run build:report`).
 */
import { featureMessages } from './feature-messages';
import { hasMessage, type Lang, type Translate } from './i18n';

const ja = {
  'seeker.familyName': '姓',
  'seeker.givenName': '名',
  'seeker.familyNameKana': 'セイ（フリガナ）',
  'seeker.givenNameKana': 'メイ（フリガナ）',
  'seeker.ageGroup': '区分',
  'seeker.gender': '性別',
  'seeker.town': '居住地',
  'seeker.postalCode': '郵便番号',
  'seeker.phone': '電話番号',
  'seeker.email': 'メールアドレス',
  'seeker.desiredIndustries': '希望業種',
  'seeker.status': '状況',
  'seeker.consentDataUse': '利用目的（求職支援・企業とのマッチング）を説明し、同意を得ました',
  'seeker.notes': 'メモ',
  'company.name': '企業名',
  'company.nameKana': '企業名（フリガナ）',
  'company.industry': '業種',
  'company.town': '所在地（市町）',
  'company.postalCode': '郵便番号',
  'company.address': '住所',
  'company.phone': '電話番号',
  'company.contactPerson': '担当者名',
  'company.capacity': 'インターン受入人数',
  'company.conditions': '受入条件',
  'company.status': '状況',
  'company.nextVisitDue': '次回訪問予定日',
  'attention.reason.rule': '業務ルールに合わないため、サーバーが受け付けませんでした',
  'attention.reason.validation': '入力内容がサーバーの規則に合いません',
  'attention.reason.unknown-field': 'サーバーが知らない項目が含まれています',
  'attention.reason.not-found': 'サーバーにこの記録がありません（削除された可能性があります）',
  'attention.reason.forbidden': 'この記録を変更する権限がありません',
} as const;

const en: Record<keyof typeof ja, string> = {
  'seeker.familyName': 'Family name',
  'seeker.givenName': 'Given name',
  'seeker.familyNameKana': 'Family name (reading)',
  'seeker.givenNameKana': 'Given name (reading)',
  'seeker.ageGroup': 'Age group',
  'seeker.gender': 'Gender',
  'seeker.town': 'Town of residence',
  'seeker.postalCode': 'Postal code',
  'seeker.phone': 'Phone',
  'seeker.email': 'Email',
  'seeker.desiredIndustries': 'Desired industries',
  'seeker.status': 'Status',
  'seeker.consentDataUse': 'The purpose of use (job support, matching with companies) was explained and agreed to',
  'seeker.notes': 'Notes',
  'company.name': 'Company name',
  'company.nameKana': 'Company name (reading)',
  'company.industry': 'Industry',
  'company.town': 'Town',
  'company.postalCode': 'Postal code',
  'company.address': 'Address',
  'company.phone': 'Phone',
  'company.contactPerson': 'Contact person',
  'company.capacity': 'Internship places',
  'company.conditions': 'Conditions',
  'company.status': 'Status',
  'company.nextVisitDue': 'Next visit due',
  'attention.reason.rule': 'The server refused it: it breaks a rule of the programme',
  'attention.reason.validation': 'The server found invalid values',
  'attention.reason.unknown-field': 'The change contains a field the server does not know',
  'attention.reason.not-found': 'The server does not have this record (it may have been deleted)',
  'attention.reason.forbidden': 'You may not change this record',
};

export type RecordLabelKey = keyof typeof ja;
export const recordLabelsJa = ja;
export const recordLabelsEn = en;
export const { useFeatureMessages: useRecordLabels, translateFeature: translateRecordLabel } = featureMessages(ja, en);

const isRecordLabel = (key: string): key is RecordLabelKey => key in ja;
/** A key of these labels, else of the app's dictionary, else undefined. */
function labelOf(t: Translate, lang: Lang, key: string): string | undefined {
  if (isRecordLabel(key)) return translateRecordLabel(lang, key);
  return hasMessage(key) ? t(key) : undefined;
}

/** Where an entity's field labels live (seeker.phone …). */
const FIELD_PREFIX: Partial<Record<string, string>> = { seekers: 'seeker', companies: 'company', counsellingRecords: 'counselling' };

/** A field's label (its name when none is known: a field newer than this app). */
export const fieldLabel = (t: Translate, lang: Lang, entity: string, field: string): string => labelOf(t, lang, `${FIELD_PREFIX[entity] ?? entity}.${field}`) ?? field;

/** Why the server set a change aside. */
export const reasonLabel = (t: Translate, lang: Lang, reason: string | null): string => labelOf(t, lang, `attention.reason.${reason ?? ''}`) ?? reason ?? '';
