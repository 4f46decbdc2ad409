/**
 * The ledger screen's own words (loaded with its route). The CSV headers are the item names of the labour
 * bureau's guidance on the 求人求職管理簿 and 手数料管理簿, in its order; both languages keep the Japanese
 * item names in the files, since the files are kept for and shown to the labour bureau.
 */
import { featureMessages } from '../../lib/i18n/feature-messages';

const JOB_COLUMNS = {
  'job.company': '求人者の氏名又は名称',
  'job.address': '求人者の所在地',
  'job.contact': '求人に係る連絡先',
  'job.receivedOn': '求人受付年月日',
  'job.validity': '求人の有効期間',
  'job.places': '求人数',
  'job.jobType': '求人に係る職種',
  'job.workplace': '求人に係る就業場所',
  'job.employmentPeriod': '求人に係る雇用期間',
  'job.wage': '求人に係る賃金',
  'job.referredOn': '職業紹介の取扱状況：紹介年月日',
  'job.seeker': '職業紹介の取扱状況：紹介した求職者の氏名',
  'job.outcome': '職業紹介の取扱状況：採否',
  'job.hiredOn': '職業紹介の取扱状況：採用年月日',
  'job.earlyLeave': '無期雇用就職者の6か月以内の離職（解雇を除く）の有無',
} as const;

const SEEKER_COLUMNS = {
  'seeker.name': '求職者の氏名',
  'seeker.address': '求職者の住所',
  'seeker.birthDate': '求職者の生年月日',
  'seeker.desired': '求職者の希望職種',
  'seeker.registeredOn': '求職受付年月日',
  'seeker.validity': '求職の有効期間',
  'seeker.referredOn': '職業紹介の取扱状況：紹介年月日',
  'seeker.company': '職業紹介の取扱状況：紹介した求人者の氏名又は名称',
  'seeker.outcome': '職業紹介の取扱状況：採否',
  'seeker.hiredOn': '職業紹介の取扱状況：採用年月日',
  'seeker.earlyLeave': '無期雇用就職者の6か月以内の離職（解雇を除く）の有無',
} as const;

const FEE_COLUMNS = {
  'fee.company': '求人者の氏名又は名称',
  'fee.kind': '手数料の種類',
  'fee.amount': '手数料の額（円）',
  'fee.paidOn': '手数料の徴収年月日',
  'fee.seeker': '紹介により就職した者の氏名',
  'fee.hiredOn': '採用年月日',
  'fee.invoicedOn': '請求年月日',
} as const;

/** What goes into the ledgers' files and cells: always Japanese, as they are kept for the labour bureau. */
const LEDGER_CELLS = {
  fileName: '{year}_{ledger}.csv',
  'file.jobs': '求人管理簿',
  'file.seekers': '求職管理簿',
  'file.fees': '手数料管理簿',
  'outcome.hired': '採用',
  'outcome.not_hired': '不採用',
  'outcome.withdrawn': '辞退',
  'outcome.pending': '選考中',
  'earlyLeave.left': '有（解雇か要確認）',
  'earlyLeave.stayed': '無',
  'earlyLeave.unconfirmed': '未確認（6か月未満）',
  feeKind: '紹介手数料（成功報酬）',
  validUntil: '{from}〜{to}',
  closedOn: '（{date} 取扱終了）',
  wage: '{unit} {amount}円',
  ...JOB_COLUMNS,
  ...SEEKER_COLUMNS,
  ...FEE_COLUMNS,
} as const;

export const { useFeatureMessages: useLedgerMessages, translateFeature: translateLedger } = featureMessages(
  {
    title: '職業紹介の管理簿',
    intro: '求人管理簿・求職管理簿・手数料管理簿を、記録から年度ごとに作成します（職業安定法 第32条の15、施行規則 第24条の7）。各記載の完結後2年間保存してください。',
    handNote: '雇用期間・求職の有効期間・手数料の種類（上限制／届出制）など、アプリが持たない項目はCSVを開いて書き加えてください。',
    year: '年度',
    loading: '読み込み中…',
    'ledger.jobs': '求人管理簿',
    'ledger.seekers': '求職管理簿',
    'ledger.fees': '手数料管理簿',
    rows: '{n}行',
    preview: '先頭{n}行を表示（全{total}行）',
    empty: 'この年度の記載はありません。',
    export: '{ledger}のCSVを書き出す',
    ...LEDGER_CELLS,
  },
  {
    title: 'Placement ledgers',
    intro: 'The job-opening, job-seeker and fee ledgers, built per fiscal year from the records (Employment Security Act art. 32-15, ordinance art. 24-7), in Japanese as they are kept for the labour bureau. Keep each entry for two years after it is completed.',
    handNote: 'Items the app does not hold (employment period, the seeker’s validity period, the fee type: capped or notified) must be added in the CSV by hand.',
    year: 'Fiscal year',
    loading: 'Loading…',
    'ledger.jobs': '求人管理簿 (job openings)',
    'ledger.seekers': '求職管理簿 (job seekers)',
    'ledger.fees': '手数料管理簿 (fees)',
    rows: '{n} rows',
    preview: 'First {n} of {total} rows',
    empty: 'No entries in this fiscal year.',
    export: 'Export {ledger} as CSV',
    ...LEDGER_CELLS,
  },
);

export type LedgerMessageKey = Parameters<ReturnType<typeof useLedgerMessages>['tf']>[0];
