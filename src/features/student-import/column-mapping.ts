/**
 * Which column of a school's CSV holds what. Every school-affairs system names and orders its columns
 * its own way (学年/組/番号/氏名/フリガナ, 姓・名 split, ｶﾅ in half-width, 出席番 …), so a header is
 * recognised by its folded name (NFKC, no spaces or brackets, hiragana as katakana) against the names
 * schools use, in any order; the person can then correct any field by hand. A name and its reading
 * come whole (氏名, split on the space) or in two columns (姓+名, セイ+メイ).
 */
import { hiraganaToKatakana } from '../../shared/kana';

export const IMPORT_FIELDS = [
  'grade',
  'className',
  'number',
  'fullName',
  'familyName',
  'givenName',
  'fullReading',
  'familyReading',
  'givenReading',
  'plan',
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

/** The column index of each field; null = not in the file (or not used). */
export type ColumnMapping = Record<ImportField, number | null>;

/** The names schools give each column, folded as `foldHeader` folds a header. */
const HEADER_NAMES: Record<ImportField, readonly string[]> = {
  grade: ['学年'],
  className: ['組', 'クラス', '学級', '組名', 'クラス名', '学級名'],
  number: ['番号', '出席番号', '出席番', '出席No', '番', 'No'],
  fullName: ['氏名', '名前', '生徒氏名', '生徒名', '氏名漢字', '生徒氏名漢字'],
  familyName: ['姓', '氏', '苗字', '姓漢字'],
  givenName: ['名', '名漢字'],
  fullReading: ['フリガナ', 'フリカナ', 'カナ氏名', '氏名カナ', '氏名フリガナ', 'ヨミ', '読ミ', 'ヨミガナ', 'カナ', 'シメイ', '生徒氏名カナ', '生徒氏名フリガナ'],
  familyReading: ['セイ', '姓カナ', '氏カナ', '姓フリガナ', 'フリガナ姓', 'カナ姓'],
  givenReading: ['メイ', '名カナ', '名フリガナ', 'フリガナ名', 'カナ名'],
  plan: ['進路', '進路希望', '希望進路', '卒業後の進路'],
};

/** A header as compared: NFKC (ﾌﾘｶﾞﾅ → フリガナ, ＮＯ → NO), no spaces or brackets, hiragana as katakana, latin upper-cased. */
export function foldHeader(header: string): string {
  return hiraganaToKatakana(header.normalize('NFKC'))
    .replace(/[\s()（）[\]【】「」.:：・]/gu, '')
    .toUpperCase();
}

const FOLDED_NAMES = Object.fromEntries(
  IMPORT_FIELDS.map((field) => [field, new Set(HEADER_NAMES[field].map(foldHeader))]),
) as Record<ImportField, Set<string>>;

export const emptyMapping = (): ColumnMapping => Object.fromEntries(IMPORT_FIELDS.map((f) => [f, null])) as ColumnMapping;

/** The mapping the header row suggests: each field gets the first column whose name schools use for it. */
export function recogniseColumns(header: readonly string[]): ColumnMapping {
  const mapping = emptyMapping();
  const folded = header.map(foldHeader);
  for (const field of IMPORT_FIELDS) {
    const index = folded.findIndex((name, i) => FOLDED_NAMES[field].has(name) && !Object.values(mapping).includes(i));
    if (index >= 0) mapping[field] = index;
  }
  return mapping;
}

/** Where a name or a reading comes from: two columns when both are mapped, else the whole one. */
export const namesSplit = (m: ColumnMapping) => m.familyName !== null && m.givenName !== null;
export const readingsSplit = (m: ColumnMapping) => m.familyReading !== null && m.givenReading !== null;

/** What a student record cannot do without: a name, its reading, a grade. */
export type RequiredColumn = 'name' | 'reading' | 'grade';

/** The required columns the mapping leaves out (empty when the file can be previewed). */
export function missingColumns(m: ColumnMapping): RequiredColumn[] {
  const missing: RequiredColumn[] = [];
  if (m.fullName === null && !namesSplit(m)) missing.push('name');
  if (m.fullReading === null && !readingsSplit(m)) missing.push('reading');
  if (m.grade === null) missing.push('grade');
  return missing;
}
