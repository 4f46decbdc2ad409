/** The seeker form's own words (loaded with its route). */
import { featureMessages } from '../../lib/i18n/feature-messages';

const ja = {
  'birth.hint': '和暦（昭和50年4月1日、S50.4.1）でも西暦（1975-04-01）でも入力できます',
  'birth.outsideEra': '{era}は{first}から{last}までです',
  'birth.outsideLastEra': '{era}は{first}からです',
} as const;

const en: Record<keyof typeof ja, string> = {
  'birth.hint': 'Enter it in the Japanese era (昭和50年4月1日, S50.4.1) or the Western calendar (1975-04-01)',
  'birth.outsideEra': '{era} ran from {first} to {last}',
  'birth.outsideLastEra': '{era} began on {first}',
};

export const { useFeatureMessages: useSeekerMessages } = featureMessages(ja, en);
