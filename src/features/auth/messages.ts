/** The passcode setup screen's own words: why a passcode is refused (loaded with that screen). */
import type { PasscodeWeakness } from '../../auth/passcode-schema';
import { featureMessages } from '../../lib/i18n/feature-messages';

const ja: Record<PasscodeWeakness, string> = {
  passcode_repeated: '同じ数字の繰り返し（0000 など）は推測されやすいため使えません',
  passcode_sequence: '連続した数字（1234、4321 など）は推測されやすいため使えません',
  passcode_year: '西暦の年や生年月日（1975、19750401 など）に見える数字は推測されやすいため使えません',
};

const en: Record<PasscodeWeakness, string> = {
  passcode_repeated: 'One digit repeated (such as 0000) is easy to guess; choose another passcode',
  passcode_sequence: 'Digits in a row (such as 1234 or 4321) are easy to guess; choose another passcode',
  passcode_year: 'A year or date of birth (such as 1975 or 19750401) is easy to guess; choose another passcode',
};

export const { useFeatureMessages: useAuthMessages } = featureMessages(ja, en);
