/**
 * Company names per industry with their readings. A template puts a root (a family name, a local
 * place name, or a soft hiragana word as care homes use) around a business word: 佐藤製作所,
 * 旭川〇〇食品, デイサービスひまわり. Readings omit the legal form (株式会社), as 50音 lists do.
 */
import type { Industry } from '../codes';
import { FAMILY_NAMES, type NamePart } from './names';
import type { Rng } from './rng';

const PLACE_ROOTS: readonly NamePart[] = [
  ['旭川', 'アサヒカワ'],
  ['大雪', 'タイセツ'],
  ['北海', 'ホッカイ'],
  ['上川', 'カミカワ'],
  ['忠別', 'チュウベツ'],
  ['神楽', 'カグラ'],
  ['北斗', 'ホクト'],
  ['北星', 'ホクセイ'],
  ['旭岳', 'アサヒダケ'],
  ['道北', 'ドウホク'],
  ['石狩', 'イシカリ'],
  ['永山', 'ナガヤマ'],
  ['東川', 'ヒガシカワ'],
  ['美瑛', 'ビエイ'],
  ['当麻', 'トウマ'],
];

const SOFT_ROOTS: readonly NamePart[] = [
  ['ひまわり', 'ヒマワリ'],
  ['すずらん', 'スズラン'],
  ['なごみ', 'ナゴミ'],
  ['やすらぎ', 'ヤスラギ'],
  ['ほほえみ', 'ホホエミ'],
  ['あおぞら', 'アオゾラ'],
  ['こもれび', 'コモレビ'],
  ['はまなす', 'ハマナス'],
  ['ななかまど', 'ナナカマド'],
  ['ゆきあかり', 'ユキアカリ'],
];

type Root = 'f' | 'p' | 's';
/** [template with @ for the root, its reading with @, root kind, takes a legal form]. */
type Template = readonly [name: string, kana: string, root: Root, incorporated: boolean];

const TEMPLATES: Record<Industry, readonly Template[]> = {
  manufacturing: [
    ['@製作所', '@セイサクショ', 'f', true],
    ['@工業', '@コウギョウ', 'p', true],
    ['@精機', '@セイキ', 'p', true],
    ['@木工所', '@モッコウショ', 'f', true],
    ['@家具製作所', '@カグセイサクショ', 'p', true],
    ['@食品', '@ショクヒン', 'p', true],
    ['@製麺', '@セイメン', 'p', true],
    ['@醸造', '@ジョウゾウ', 'f', true],
  ],
  construction: [
    ['@建設', '@ケンセツ', 'f', true],
    ['@組', '@グミ', 'f', true],
    ['@工務店', '@コウムテン', 'f', true],
    ['@設備工業', '@セツビコウギョウ', 'p', true],
    ['@電気工事', '@デンキコウジ', 'p', true],
    ['@塗装', '@トソウ', 'f', true],
  ],
  retail: [
    ['@商店', '@ショウテン', 'f', false],
    ['@ストア', '@ストア', 'p', true],
    ['@薬局', '@ヤッキョク', 's', true],
    ['@書店', '@ショテン', 'f', true],
    ['@自動車販売', '@ジドウシャハンバイ', 'p', true],
  ],
  food_service: [
    ['@食堂', '@ショクドウ', 'f', false],
    ['@ラーメン', '@ラーメン', 'p', true],
    ['@寿司', '@スシ', 'p', false],
    ['珈琲@', 'コーヒー@', 's', false],
    ['@給食センター', '@キュウショクセンター', 'p', true],
    ['お弁当の@', 'オベントウノ@', 's', true],
  ],
  care_welfare: [
    ['@介護センター', '@カイゴセンター', 'p', true],
    ['デイサービス@', 'デイサービス@', 's', false],
    ['グループホーム@', 'グループホーム@', 's', false],
    ['特別養護老人ホーム@', 'トクベツヨウゴロウジンホーム@', 's', false],
    ['@訪問介護ステーション', '@ホウモンカイゴステーション', 'p', true],
  ],
  medical: [
    ['@内科クリニック', '@ナイカクリニック', 'f', false],
    ['@整形外科', '@セイケイゲカ', 'f', false],
    ['@病院', '@ビョウイン', 'p', false],
    ['@歯科医院', '@シカイイン', 'f', false],
    ['@調剤薬局', '@チョウザイヤッキョク', 's', true],
  ],
  agriculture: [
    ['@農園', '@ノウエン', 'f', false],
    ['@ファーム', '@ファーム', 'p', true],
    ['農事組合法人@', '@', 'p', false],
    ['@ライスセンター', '@ライスセンター', 'p', false],
  ],
  logistics: [
    ['@運輸', '@ウンユ', 'p', true],
    ['@運送', '@ウンソウ', 'f', true],
    ['@物流センター', '@ブツリュウセンター', 'p', true],
    ['@倉庫', '@ソウコ', 'p', true],
  ],
  tourism: [
    ['@観光ホテル', '@カンコウホテル', 'p', true],
    ['@温泉旅館', '@オンセンリョカン', 's', false],
    ['ホテル@', 'ホテル@', 'p', true],
    ['@観光バス', '@カンコウバス', 'p', true],
  ],
  it: [
    ['@システム', '@システム', 'p', true],
    ['@ソフトウェア', '@ソフトウェア', 'p', true],
    ['@情報サービス', '@ジョウホウサービス', 'p', true],
  ],
  office: [
    ['@会計事務所', '@カイケイジムショ', 'f', false],
    ['@司法書士事務所', '@シホウショシジムショ', 'f', false],
    ['@事務サービス', '@ジムサービス', 'p', true],
  ],
  services: [
    ['@クリーニング', '@クリーニング', 'f', true],
    ['@ビルメンテナンス', '@ビルメンテナンス', 'p', true],
    ['@警備保障', '@ケイビホショウ', 'p', true],
    ['@自動車整備', '@ジドウシャセイビ', 'f', true],
  ],
  other: [
    ['@商事', '@ショウジ', 'f', true],
    ['@産業', '@サンギョウ', 'p', true],
  ],
};

/** How host companies spread over industries: care, manufacturing and construction are short of hands. */
export const INDUSTRY_WEIGHTS: readonly (readonly [Industry, number])[] = [
  ['care_welfare', 16],
  ['manufacturing', 14],
  ['construction', 12],
  ['retail', 10],
  ['food_service', 10],
  ['agriculture', 8],
  ['logistics', 8],
  ['medical', 6],
  ['tourism', 6],
  ['services', 6],
  ['it', 3],
  ['office', 3],
  ['other', 2],
];

export function companyName(rng: Rng, industry: Industry): { name: string; nameKana: string } {
  const [template, kanaTemplate, root, incorporated] = rng.pick(TEMPLATES[industry]);
  const [rootName, rootKana] = rng.pick(root === 'f' ? FAMILY_NAMES : root === 'p' ? PLACE_ROOTS : SOFT_ROOTS);
  const bare = template.replace('@', rootName);
  const form = incorporated
    ? rng.weighted([
        ['株式会社', 6],
        ['有限会社', 2],
        ['', 2],
      ] as const)
    : '';
  const name = form && rng.chance(0.3) ? `${bare}${form}` : `${form}${bare}`;
  return { name, nameKana: kanaTemplate.replace('@', rootKana) };
}

const JOB_TITLES: Record<Industry, readonly string[]> = {
  manufacturing: ['製造補助', '検品・梱包', '木工加工', '機械オペレーター', '食品加工'],
  construction: ['現場作業員', '施工管理補助', '設備保守', '重機オペレーター見習い'],
  retail: ['品出し・レジ', '売場スタッフ', '配達'],
  food_service: ['調理補助', 'ホールスタッフ', '洗い場'],
  care_welfare: ['介護補助', '送迎ドライバー', '生活支援員', '清掃・環境整備'],
  medical: ['看護助手', '医療事務', '受付'],
  agriculture: ['農作業補助', '選果・出荷作業', '除雪作業'],
  logistics: ['仕分け作業', '配送ドライバー', 'フォークリフト作業'],
  tourism: ['客室清掃', 'フロント', '売店スタッフ'],
  it: ['プログラマー見習い', 'ヘルプデスク', 'データ入力'],
  office: ['一般事務', '経理補助', 'データ入力'],
  services: ['ビル清掃', 'クリーニング受付', '施設警備'],
  other: ['軽作業', '一般事務'],
};

export const jobTitle = (rng: Rng, industry: Industry) => rng.pick(JOB_TITLES[industry]);
