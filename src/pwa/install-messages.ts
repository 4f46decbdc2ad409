/** Words of the install hint and of the install steps in 設定: loaded with them, not with the first screen. */
import { featureMessages } from '../lib/i18n/feature-messages';

export const { useFeatureMessages: useInstallMessages } = featureMessages(
  {
    title: 'ホーム画面に追加してください',
    iosBody: 'Safari では、しばらく開かないと端末に保存したデータが消えることがあります。ホーム画面に追加したアプリから開くと防げます。',
    iosSteps: '手順: 共有ボタン（□に↑のアイコン）をタップ →「ホーム画面に追加」→「追加」。',
    chromiumBody: 'アプリとしてインストールすると、電波がなくてもすぐに開け、保存したデータも消えにくくなります。',
    later: 'あとからでも「設定」の「アプリ」で確認できます。',
    button: 'アプリをインストール',
    dismiss: '閉じる',
  },
  {
    title: 'Add this app to your home screen',
    iosBody: 'Safari may delete data saved on this device when the site is not opened for some days. Opening the app from the home screen prevents this.',
    iosSteps: 'Steps: tap Share (the square with an arrow) → “Add to Home Screen” → “Add”.',
    chromiumBody: 'Installed, the app opens quickly with no network and its data is less likely to be deleted.',
    later: 'You can find this later under Settings › App.',
    button: 'Install app',
    dismiss: 'Close',
  },
);
