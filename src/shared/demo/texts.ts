/**
 * Free text for notes fields, assembled from sentences a counter or coordinator would plausibly write.
 * Lengths are controllable because the sync benchmark needs seekers of a known size (~1.1 KB).
 */
import type { Rng } from './rng';

export const SEEKER_NOTES = [
  '前職は市内の製造業で二十年勤務。',
  '体力面に不安はなく、立ち仕事も問題ないとのこと。',
  '通勤は自家用車、冬期は路線バスを利用予定。',
  '午前中のみの勤務を希望している。',
  '週三日程度から始めたいとの希望あり。',
  '介護職員初任者研修を修了済み。',
  'フォークリフト運転技能講習修了。',
  '普通自動車免許あり（AT限定）。',
  '札幌から旭川へUターンし、地元での就職を希望。',
  '家族の介護があるため、土日は勤務できない。',
  '腰痛の既往があり、重量物の運搬は避けたい。',
  'パソコンは文書作成と表計算が使える程度。',
  '定年退職後、社会とのつながりを求めて来所。',
  '接客経験が長く、人と話すことが好き。',
  '子どもの送迎があるため、九時半以降の始業を希望。',
  '冬期間の除雪作業にも抵抗はない。',
  'ハローワークからの紹介で来所。',
  '農業に関心があり、東川町や美瑛町での仕事も検討したい。',
  'トライアルワークを通じて職場の雰囲気を確かめたいとのこと。',
  '過去に短期間での離職が続いたため、慎重に職場を選びたい意向。',
];

export const COUNSELLING_SUMMARIES = [
  '希望職種と勤務条件を確認した。',
  'これまでの職歴を振り返り、強みを整理した。',
  '受入企業の候補を三社紹介し、見学の意向を確認した。',
  'トライアルワークの流れと期間について説明した。',
  '前回紹介した企業の見学結果を聞き取った。',
  '通勤手段と冬期の通勤経路について相談した。',
  '体調面の不安について聞き取り、無理のない勤務時間を検討した。',
  '履歴書の書き方について助言した。',
  'トライアル中の様子を聞き取り、困りごとはないとのこと。',
  '採用後の勤務状況を確認した。職場にも慣れてきたとのこと。',
];

export const NEXT_ACTIONS = [
  '候補企業への打診',
  '次回面談で企業見学の日程を決める',
  '受入企業と条件を調整する',
  'トライアル開始前に持ち物を案内する',
  '二週間後に電話で様子を確認',
  '',
];

export const VISIT_NOTES = {
  recruit: [
    '事業の概要を説明し、受入企業としての登録を依頼した。',
    '人手不足が続いており、シニアの受け入れにも前向き。',
    '社長と面談。冬期の繁忙期に人を増やしたいとのこと。',
    '既存社員の高齢化が進み、若手の確保が課題とのこと。',
  ],
  arrange: [
    'トライアルの業務内容と期間、受入担当者を確認した。',
    '作業手順書を事前に用意してもらうことになった。',
    '開始日と勤務時間を調整した。',
    '送迎や駐車場の利用について確認した。',
  ],
  follow_up: [
    'トライアル実施者の様子を担当者から聞き取った。',
    '採用後の定着状況を確認した。問題なし。',
    '職場環境の改善点について意見交換した。',
    '次年度も受け入れを継続したいとのこと。',
  ],
  other: [
    '求人票の内容を確認し、募集人数の変更を受け付けた。',
    '冬期の業務内容について説明を受けた。',
    '事業所見学会の日程を相談した。',
  ],
} as const;

/** Whom a coordinator meets at a company (面会者), before the contact person's family name. */
export const PEOPLE_MET_ROLES = ['社長', '総務部長', '店長', '工場長', '人事担当', '現場責任者'] as const;

export const CHECK_IN_NOTES = [
  '作業手順を覚え、一人で任される作業が増えてきた。',
  '初日は緊張していたが、周囲の声かけで落ち着いて作業できた。',
  '通勤に問題なし。体調も良好。',
  '立ち仕事で疲れが出ているため、休憩の取り方を相談した。',
  '担当者からの評価は良好。本人も継続を希望。',
  '作業のスピードに不安があるとのこと。慣れの範囲と思われる。',
];

/** A check-in's concerns (懸念事項) when the trial is not simply going well. */
export const CHECK_IN_CONCERNS = [
  '朝の通勤に時間がかかり、遅刻が一度あった。',
  '腰の痛みを訴えている。作業内容の調整を事業所に相談する。',
  '作業指示が伝わりにくい場面がある。手順書の用意を依頼した。',
  '本人が続けられるか迷っている。次回は本人と個別に面談する。',
  '担当者との相性に不安があるとのこと。',
];

export const EMPLOYER_FEEDBACK = {
  hired: [
    '真面目で丁寧な仕事ぶり。ぜひ続けてほしい。',
    '経験が活きており、即戦力として期待している。',
    '職場になじむのが早かった。',
  ],
  not_hired: [
    '業務内容とのミスマッチがあった。',
    '体力面で業務の継続は難しいと判断した。',
    '勤務時間の条件が折り合わなかった。',
  ],
  withdrawn: ['本人から辞退の申し出があった。', '他社での就職が決まったため終了。'],
} as const;

export const COMPANY_CONDITIONS = [
  '勤務時間 8:30〜17:00。',
  '勤務時間 9:00〜15:00、時間は相談可。',
  '週三日から相談可。',
  '車通勤可（駐車場あり）。',
  'シニア歓迎。',
  '未経験可、丁寧に指導します。',
  '制服貸与。',
  '冬期は除雪作業あり。',
  '土日祝休み。',
  'シフト制（月八日休み）。',
];

/** An opening's job content (仕事の内容), whatever the job type. */
export const JOB_CONTENT = [
  '先輩社員の指導のもと、基本的な作業から始めます。',
  '慣れてきたら一人で担当する作業もお願いします。',
  '重い物を持つ作業はほとんどありません。',
  '冬期は除雪作業が加わります。',
  '未経験の方にも丁寧に教えます。',
  '作業の手順は写真付きの手順書で確認できます。',
];
export const WORKING_HOURS = ['8:30〜17:00（休憩60分）', '9:00〜15:00', '9:00〜16:00（休憩45分）', '13:00〜17:00', '7:00〜16:00（休憩60分）', 'シフト制 6:00〜22:00のうち4〜8時間'] as const;
export const WORKING_DAYS = ['週5日（土日祝休み）', '週3〜4日', 'シフト制（月20日程度）', '週3日から相談可', '月〜金のうち週4日'] as const;
/** Why a placement goes beyond its opening's places (the company agreed to one more). */
export const OVER_PLACES_REASONS = ['事業所が本人の経験を評価し、一名追加での受入に同意した。', '繁忙期のため、事業所から受入人数の追加の申し出があった。'] as const;

export const INTERNSHIP_NOTES = [
  '現場見学と簡単な作業体験。',
  '接客の基本を学んだ。',
  '社員との座談会で地元で働く魅力を聞いた。',
  '',
];

/**
 * Whole sentences from `pool` until the text is exactly `length` characters: the last one is shortened
 * to fit and still ends on 。; a single spare character becomes a line break, as notes often have.
 */
export function textOfLength(rng: Rng, pool: readonly string[], length: number): string {
  if (length <= 0) return '';
  if (length === 1) return '。';
  const parts: string[] = [];
  let size = 0;
  while (size < length) {
    const sentence = rng.pick(pool);
    parts.push(sentence);
    size += sentence.length;
  }
  if (size > length) {
    const last = parts.pop()!;
    const room = length - (size - last.length);
    if (room >= 2) parts.push(`${last.slice(0, room - 1)}。`);
    else if (room === 1) parts.splice(1, 0, '\n');
  }
  return parts.join('');
}

/** A few sentences from a pool, for fields without a length requirement. */
export function sentences(rng: Rng, pool: readonly string[], min: number, max: number): string {
  const count = rng.int(min, max);
  const picked = new Set<string>();
  for (let i = 0; i < count * 3 && picked.size < count; i++) picked.add(rng.pick(pool));
  return [...picked].join('');
}

/** 定着確認 notes when the person is still employed. */
export const RETENTION_NOTES = [
  '本人と電話で確認。仕事に慣れてきたとのこと。',
  '事業所を訪問。担当者から勤務態度は良好との評価。',
  '本人と面談。通勤も問題なく、継続して勤務中。',
  'シフトが増え、本人も意欲的。',
  '冬季の通勤に不安があり、事業所と時差出勤を相談中。',
] as const;

