/** The sync feature's own words: the header's sync-now answer while offline. */
import { featureMessages } from '../../lib/i18n/feature-messages';

const ja = {
  'now.offline': 'オフラインのため今は送信できません。入力した内容はこの端末に残り、電波が戻ると自動で送信します。',
  'now.offlinePending': 'オフラインのため今は送信できません。未送信の{n}件はこの端末に残り、電波が戻ると自動で送信します。',
};

const en: Record<keyof typeof ja, string> = {
  'now.offline': 'You are offline, so nothing can be sent now. What you enter stays on this device and is sent automatically when the network returns.',
  'now.offlinePending': 'You are offline, so nothing can be sent now. The {n} unsent changes stay on this device and are sent automatically when the network returns.',
};

export const { useFeatureMessages } = featureMessages(ja, en);
