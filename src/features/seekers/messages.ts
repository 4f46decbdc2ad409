/** The seeker form's own words (loaded with its route). */
import { featureMessages } from '../../lib/i18n/feature-messages';

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
