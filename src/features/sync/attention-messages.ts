/** The words of the screen listing changes the server refused (loaded with its route). */
import { featureMessages } from '../../lib/i18n/feature-messages';
import { recordLabelsEn, recordLabelsJa } from '../../lib/i18n/record-labels';

export const { useFeatureMessages: useAttentionMessages } = featureMessages(
  {
    ...recordLabelsJa,
    'attention.title': '要確認の変更',
    'attention.intro':
      'サーバーが受け付けなかった変更です。ほかの変更は送信済みです。内容を直して再送するか、破棄してください。',
    'attention.empty': '要確認の変更はありません',
    'attention.rejectedAt': '{time} に送信を断られました',
    'attention.sentValues': '送ろうとした内容',
    'attention.discard': '破棄',
    'attention.resend': '修正して再送',
    'attention.resending': '編集画面で保存すると再送されます',
    'attention.confirmDiscard': 'この変更を破棄しますか？ 元に戻せません。',
    'attention.noEditor': 'この種類の記録はこの画面では編集できません。破棄して入力し直してください。',
  },
  {
    ...recordLabelsEn,
    'attention.title': 'Changes that need attention',
    'attention.intro':
      'The server did not accept these changes; all other changes were sent. Fix and resend them, or discard them.',
    'attention.empty': 'No changes need attention',
    'attention.rejectedAt': 'Refused at {time}',
    'attention.sentValues': 'What was sent',
    'attention.discard': 'Discard',
    'attention.resend': 'Fix and resend',
    'attention.resending': 'Saving on the edit screen resends it',
    'attention.confirmDiscard': 'Discard this change? This cannot be undone.',
    'attention.noEditor': 'This kind of record cannot be edited here. Discard it and enter it again.',
  },
);
