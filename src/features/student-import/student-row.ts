/**
 * One row of a school's CSV as a student record, or what is wrong with it. The cells are read the way
 * schools write them (２年 / 2年 / 2, ﾀｶﾊｼ ｲﾁﾛｳ, 山田 太郎 with a full- or half-width space, 進学希望) and the result
 * goes through the student schema, the same one every write passes (grade 1–3 for a high school, a
 * katakana reading), so the import refuses exactly what the student form would. One problem per field.
 */
import { fullClassName, type ClassNameStyle } from '../../domain/student-identity';
import { studentFieldsSchema, type Student } from '../../shared/entities';
import { namesSplit, readingsSplit, type ColumnMapping, type ImportField } from './column-mapping';

/** A student as the import writes it: the record's fields, without the sync meta. */
export type ImportedStudent = Omit<Student, 'id' | 'createdAt' | 'updatedAt' | 'version' | 'deleted'>;

export type RowProblem =
  | { kind: 'no-name' }
  | { kind: 'name-not-split'; value: string }
  | { kind: 'no-reading' }
  | { kind: 'reading-not-split'; value: string }
  | { kind: 'bad-reading'; value: string }
  | { kind: 'no-grade' }
  | { kind: 'bad-grade'; value: string }
  | { kind: 'bad-number'; value: string }
  | { kind: 'bad-plan'; value: string }
  | { kind: 'too-long'; field: 'name' | 'reading' | 'className' }
  | { kind: 'duplicate-in-file'; row: number }
  | { kind: 'registered' };

/** What the preview shows of a row, as the file has it, whether or not it can be imported. */
export type ShownRow = { name: string; reading: string; grade: string; className: string; number: string; plan: string };

export type StudentRow = { row: number; shown: ShownRow; student: ImportedStudent | null; problems: RowProblem[] };

/** Splits 氏名 at its first space, full- or half-width (U+3000): 山田 太郎 → 山田 / 太郎 (null when there is none). */
export function splitAtSpace(text: string): [string, string] | null {
  const m = /^(\S+)\s+(.+)$/u.exec(text.trim());
  return m ? [m[1]!, m[2]!.replace(/\s+/gu, ' ')] : null;
}

/** 2, ２, 2年, 第2学年, 2年生 → 2; anything else → NaN (the schema then calls it a bad grade). */
export function parseGrade(text: string): number {
  const core = text.normalize('NFKC').replace(/\s+/gu, '').replace(/^第/u, '').replace(/(学年|年生|年)$/u, '');
  return /^\d+$/u.test(core) ? Number(core) : Number.NaN;
}

/** 出席番号: 1, ０１, 1番 → 1; blank → null; anything else → NaN. */
export function parseNumber(text: string): number | null {
  const core = text.normalize('NFKC').replace(/\s+/gu, '').replace(/番$/u, '');
  if (core === '') return null;
  return /^\d+$/u.test(core) ? Number(core) : Number.NaN;
}

/** The plan code of 進学 (大学・短大・専門学校も) / 就職 / 未定 or blank; anything else as written (the schema refuses it). */
export function parsePlan(text: string): string {
  const t = text.normalize('NFKC').trim();
  if (t === '' || t.includes('未定')) return 'undecided';
  if (/進学|大学|短大|専門/u.test(t)) return 'further_study';
  if (t.includes('就職')) return 'employment';
  return t;
}

type Slot = 'name' | 'reading' | 'grade' | 'number' | 'plan' | 'className';

/** Which field a schema issue is about, and the problem it is. */
function schemaProblem(path: PropertyKey | undefined, message: string, shown: ShownRow): [Slot, RowProblem] | null {
  switch (path) {
    case 'familyName':
    case 'givenName':
      return ['name', message === 'too_long' ? { kind: 'too-long', field: 'name' } : { kind: 'no-name' }];
    case 'familyNameKana':
    case 'givenNameKana':
      if (message === 'too_long') return ['reading', { kind: 'too-long', field: 'reading' }];
      return ['reading', message === 'required' ? { kind: 'no-reading' } : { kind: 'bad-reading', value: shown.reading }];
    case 'grade':
      return ['grade', shown.grade === '' ? { kind: 'no-grade' } : { kind: 'bad-grade', value: shown.grade }];
    case 'number':
      return ['number', { kind: 'bad-number', value: shown.number }];
    case 'plan':
      return ['plan', { kind: 'bad-plan', value: shown.plan }];
    case 'className':
      return ['className', { kind: 'too-long', field: 'className' }];
    default:
      return null;
  }
}

/** A name or reading from its two columns, or from the whole one split at the space. */
function twoParts(whole: string, family: string, given: string, split: boolean): { parts: [string, string] | null; shown: string } {
  if (split) return { parts: [family, given], shown: `${family} ${given}`.trim() };
  return { parts: whole === '' ? ['', ''] : splitAtSpace(whole), shown: whole };
}

export type RowContext = { schoolId: string; classStyle: ClassNameStyle };

/** The row as a student record (not yet checked against other rows or registered students). */
export function studentRow(row: number, cells: readonly string[], mapping: ColumnMapping, ctx: RowContext): StudentRow {
  const cell = (field: ImportField) => {
    const i = mapping[field];
    return i === null ? '' : (cells[i] ?? '').trim();
  };
  const name = twoParts(cell('fullName'), cell('familyName'), cell('givenName'), namesSplit(mapping));
  const reading = twoParts(cell('fullReading'), cell('familyReading'), cell('givenReading'), readingsSplit(mapping));
  const grade = parseGrade(cell('grade'));
  const shown: ShownRow = { name: name.shown, reading: reading.shown, grade: cell('grade'), className: cell('className'), number: cell('number'), plan: cell('plan') };

  const problems = new Map<Slot, RowProblem>();
  if (name.shown === '') problems.set('name', { kind: 'no-name' });
  else if (!name.parts) problems.set('name', { kind: 'name-not-split', value: name.shown });
  if (reading.shown !== '' && !reading.parts) problems.set('reading', { kind: 'reading-not-split', value: reading.shown });

  const parsed = studentFieldsSchema.safeParse({
    schoolId: ctx.schoolId,
    kind: 'high_school',
    familyName: name.parts?.[0] ?? '',
    givenName: name.parts?.[1] ?? '',
    familyNameKana: reading.parts?.[0] ?? '',
    givenNameKana: reading.parts?.[1] ?? '',
    grade,
    className: Number.isNaN(grade) ? shown.className : fullClassName(grade, shown.className, ctx.classStyle),
    number: parseNumber(shown.number),
    plan: parsePlan(shown.plan),
  });
  for (const issue of parsed.error?.issues ?? []) {
    const found = schemaProblem(issue.path[0], issue.message, shown);
    if (found && !problems.has(found[0])) problems.set(found[0], found[1]);
  }
  const list = [...problems.values()];
  return { row, shown, student: list.length === 0 && parsed.success ? parsed.data : null, problems: list };
}
