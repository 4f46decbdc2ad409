/**
 * Japanese names with their readings (フリガナ), for demo people. Family names lean to those common in
 * Hokkaido (佐藤, 高橋, 佐々木 top the lists there). Given names carry the era they were popular in so a
 * 70-year-old is a 幸子 or 茂 and a high-school student a 結衣 or 陽翔.
 */
import type { Rng } from './rng';

export type NamePart = readonly [kanji: string, kana: string];
/** o: born before ~1965, m: ~1965–1990, y: after ~1990. */
type Era = 'o' | 'm' | 'y';

const parse = (list: string): NamePart[] =>
  list
    .trim()
    .split(/\s+/u)
    .map((entry) => entry.split(':') as unknown as NamePart);

export const FAMILY_NAMES: readonly NamePart[] = parse(`
  佐藤:サトウ 高橋:タカハシ 佐々木:ササキ 鈴木:スズキ 伊藤:イトウ 田中:タナカ 渡辺:ワタナベ 小林:コバヤシ
  斎藤:サイトウ 中村:ナカムラ 加藤:カトウ 吉田:ヨシダ 山本:ヤマモト 工藤:クドウ 山田:ヤマダ 阿部:アベ
  松本:マツモト 菅原:スガワラ 清水:シミズ 木村:キムラ 林:ハヤシ 山口:ヤマグチ 村上:ムラカミ 池田:イケダ
  藤田:フジタ 石川:イシカワ 近藤:コンドウ 森:モリ 千葉:チバ 武田:タケダ 後藤:ゴトウ 坂本:サカモト
  三浦:ミウラ 橋本:ハシモト 小野:オノ 長谷川:ハセガワ 遠藤:エンドウ 岡田:オカダ 菊地:キクチ 中川:ナカガワ
  松田:マツダ 今井:イマイ 野村:ノムラ 西村:ニシムラ 菅野:カンノ 大野:オオノ 桜井:サクライ 成田:ナリタ
  丸山:マルヤマ 福田:フクダ 太田:オオタ 金子:カネコ 原田:ハラダ 小山:コヤマ 藤井:フジイ 青木:アオキ
  前田:マエダ 竹内:タケウチ 北村:キタムラ 上田:ウエダ 内田:ウチダ 岩崎:イワサキ 荒木:アラキ 宮本:ミヤモト
`);

const MALE = parse(`
  茂:シゲル:o 勝:マサル:o 清:キヨシ:o 博:ヒロシ:o 隆:タカシ:o 明:アキラ:o 修:オサム:o 進:ススム:o
  正人:マサト:o 一郎:イチロウ:o 健一:ケンイチ:o 昭:アキラ:o 武:タケシ:o 弘:ヒロシ:o
  雅之:マサユキ:m 達也:タツヤ:m 哲也:テツヤ:m 秀樹:ヒデキ:m 剛:ツヨシ:m 聡:サトシ:m 徹:トオル:m
  大輔:ダイスケ:m 健太:ケンタ:m 拓也:タクヤ:m 和也:カズヤ:m 直樹:ナオキ:m 誠:マコト:m 浩二:コウジ:m
  翔太:ショウタ:y 翼:ツバサ:y 蓮:レン:y 悠斗:ユウト:y 陽翔:ハルト:y 大和:ヤマト:y 湊:ミナト:y
  海斗:カイト:y 颯太:ソウタ:y 亮:リョウ:y 智也:トモヤ:y 優斗:ユウト:y 光:ヒカル:y 大翔:ヒロト:y
`) as unknown as (readonly [string, string, Era])[];

const FEMALE = parse(`
  幸子:サチコ:o 和子:カズコ:o 節子:セツコ:o 恵子:ケイコ:o 洋子:ヨウコ:o 京子:キョウコ:o 敏子:トシコ:o
  良子:ヨシコ:o 順子:ジュンコ:o 悦子:エツコ:o 弘子:ヒロコ:o 美智子:ミチコ:o 照子:テルコ:o 春江:ハルエ:o
  久美子:クミコ:m 由美子:ユミコ:m 真由美:マユミ:m 直美:ナオミ:m 恵美:エミ:m 智子:トモコ:m 裕子:ユウコ:m
  美香:ミカ:m 明美:アケミ:m 沙織:サオリ:m 香織:カオリ:m 美穂:ミホ:m 理恵:リエ:m 千尋:チヒロ:m
  麻衣:マイ:y 愛:アイ:y 彩:アヤ:y 美咲:ミサキ:y 結衣:ユイ:y 陽菜:ヒナ:y 葵:アオイ:y 凛:リン:y
  芽衣:メイ:y 結菜:ユイナ:y さくら:サクラ:y 七海:ナナミ:y 遥:ハルカ:y 優花:ユウカ:y 奈々:ナナ:y
`) as unknown as (readonly [string, string, Era])[];

export type PersonName = {
  familyName: string;
  givenName: string;
  familyNameKana: string;
  givenNameKana: string;
  gender: 'female' | 'male';
};

const byEra = (names: readonly (readonly [string, string, Era])[]) => ({
  o: names.filter((n) => n[2] === 'o'),
  m: names.filter((n) => n[2] === 'm'),
  y: names.filter((n) => n[2] === 'y'),
});
const BY_ERA = { female: byEra(FEMALE), male: byEra(MALE) };

function eraOf(birthYear: number): Era {
  return birthYear < 1965 ? 'o' : birthYear < 1990 ? 'm' : 'y';
}

/** A person's name; `birthYear` picks given names of that generation (mostly: some names cross eras). */
export function personName(rng: Rng, birthYear: number, gender?: 'female' | 'male'): PersonName {
  const g = gender ?? (rng.chance(0.5) ? 'female' : 'male');
  const era = rng.chance(0.85) ? eraOf(birthYear) : rng.pick(['o', 'm', 'y'] as const);
  const [givenName, givenNameKana] = rng.pick(BY_ERA[g][era]);
  const [familyName, familyNameKana] = rng.pick(FAMILY_NAMES);
  return { familyName, givenName, familyNameKana, givenNameKana, gender: g };
}

/** "佐藤 健一": how staff, contact persons and teachers appear in free-text name fields. */
export function fullName(rng: Rng, birthYear = 1975): string {
  const n = personName(rng, birthYear);
  return `${n.familyName} ${n.givenName}`;
}

/** The centre's own people, fixed so that records reuse a handful of names as a real team would. */
export const COUNTER_STAFF = ['中村 由美子', '高橋 直樹', '佐々木 恵', '小野寺 亮'] as const;
export const COORDINATORS = ['菅原 哲也', '工藤 美穂', '千葉 健太', '石川 秀樹', '阿部 沙織'] as const;
