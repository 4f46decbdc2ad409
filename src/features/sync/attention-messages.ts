/** The words of the screen listing changes the server refused (loaded with its route). */
import { featureMessages } from '../../lib/i18n/feature-messages';

export const { useFeatureMessages: useAttentionMessages } = featureMessages(
  {
    'attention.title': '要確認の変更',
    'attention.intro':
      'サーバーが受け付けなかった変更です。ほかの変更は送信済みです。内容を直して再送するか、破棄してください。',
    'attention.empty': '要確認の変更はありません',
    'attention.reason.rule': '業務ルールに合わないため、サーバーが受け付けませんでした',
    'attention.reason.validation': '入力内容がサーバーの規則に合いません',
    'attention.reason.unknown-field': 'サーバーが知らない項目が含まれています',
    'attention.reason.not-found': 'サーバーにこの記録がありません（削除された可能性があります）',
    'attention.reason.forbidden': 'この記録を変更する権限がありません',
    'attention.rejectedAt': '{time} に送信を断られました',
    'attention.sentValues': '送ろうとした内容',
    'attention.discard': '破棄',
    'attention.resend': '修正して再送',
    'attention.resending': '編集画面で保存すると再送されます',
    'attention.confirmDiscard': 'この変更を破棄しますか？ 元に戻せません。',
    'attention.noEditor': 'この種類の記録はこの画面では編集できません。破棄して入力し直してください。',
  },
  {
    'attention.title': 'Changes that need attention',
    'attention.intro':
      'The server did not accept these changes; all other changes were sent. Fix and resend them, or discard them.',
    'attention.empty': 'No changes need attention',
    'attention.reason.rule': 'The server refused it: it breaks a rule of the programme',
    'attention.reason.validation': 'The server found invalid values',
    'attention.reason.unknown-field': 'The change contains a field the server does not know',
    'attention.reason.not-found': 'The server does not have this record (it may have been deleted)',
    'attention.reason.forbidden': 'You may not change this record',
    'attention.rejectedAt': 'Refused at {time}',
    'attention.sentValues': 'What was sent',
    'attention.discard': 'Discard',
    'attention.resend': 'Fix and resend',
    'attention.resending': 'Saving on the edit screen resends it',
    'attention.confirmDiscard': 'Discard this change? This cannot be undone.',
    'attention.noEditor': 'This kind of record cannot be edited here. Discard it and enter it again.',
  },
);
