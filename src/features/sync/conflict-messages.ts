/** The conflicts screen's words, loaded with its route (not with the first screen). */
import { featureMessages } from '../../lib/i18n/feature-messages';

export const { useFeatureMessages: useConflictMessages } = featureMessages(
  {
    'conflicts.title': '競合',
    'conflicts.intro':
      '同じ項目が複数の端末で変更されました。現在の値を確認し、必要なら上書きされた値に戻してください。',
    'conflicts.empty': '確認が必要な競合はありません',
    'conflicts.current': '現在の値',
    'conflicts.lost': '上書きされた値',
    'conflicts.keep': '現在の値のままにする',
    'conflicts.restore': '上書きされた値に戻す',
    'conflicts.who': '{time} ・ {user}の変更が保存されました',
    'conflicts.byYou': 'あなた',
    'conflicts.byOther': '別の利用者',
    'conflicts.deleteEdit': '削除と編集が重なりました（削除が優先されました）',
    'conflicts.deletedValue': '削除済み',
    'conflicts.open': '記録を開く',
  },
  {
    'conflicts.title': 'Conflicts',
    'conflicts.intro':
      'The same field was changed on more than one device. Check the current value and restore the overwritten one if needed.',
    'conflicts.empty': 'No conflicts to review',
    'conflicts.current': 'Current value',
    'conflicts.lost': 'Overwritten value',
    'conflicts.keep': 'Keep the current value',
    'conflicts.restore': 'Restore the overwritten value',
    'conflicts.who': '{time} · saved from {user}',
    'conflicts.byYou': 'you',
    'conflicts.byOther': 'another user',
    'conflicts.deleteEdit': 'A deletion and an edit met (the deletion was kept)',
    'conflicts.deletedValue': 'Deleted',
    'conflicts.open': 'Open the record',
  },
);
