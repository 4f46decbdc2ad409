/**
 * A school's students as the school lists them: the class written in the school's own form, and what
 * makes two student records one person. A school's list is keyed by seat (学年・組・出席番号), and a
 * person by name and reading; either one matching means the same student, so an import of the school's
 * CSV refuses a row that repeats another row of the file or a student already registered.
 */
import { toSearchKey } from '../shared/kana';

export type StudentIdentity = {
  grade: number;
  className: string;
  number: number | null;
  familyName: string;
  givenName: string;
  familyNameKana: string;
  givenNameKana: string;
};

/** How a school writes its classes: with the grade (2年1組) or the class alone (1組). */
export type ClassNameStyle = 'with-grade' | 'class-only';

const WITH_GRADE = /^\d+年/u;

/** The form most of the school's classes are written in; with the grade when it has none yet. */
export function classNameStyle(classNames: readonly string[]): ClassNameStyle {
  const written = classNames.filter((c) => c !== '');
  const withGrade = written.filter((c) => WITH_GRADE.test(c.normalize('NFKC'))).length;
  return written.length === 0 || withGrade * 2 >= written.length ? 'with-grade' : 'class-only';
}

/** 1, １, 1組, A, Ａ組, 2年1組, 2-1 (grade-class): a class's own mark and the grade it names, if any. */
const CLASS_FORMS = [/^(?:(?<grade>\d+)年)?(?<mark>\d+|[A-Z])組?$/u, /^(?<grade>\d+)[-‐ー](?<mark>\d+)$/u];

/**
 * A class as the school writes it: '1', '１', '1組', '2-1' and '2年1組' are all 2年1組 (or 1組 for a
 * school that writes the class alone) for a second-year student; letters are upper-cased (Ａ組 → A組).
 * A class naming another grade, or written some other way (普通科A), is kept as written (NFKC, no spaces).
 */
export function fullClassName(grade: number, written: string, style: ClassNameStyle): string {
  const text = written.normalize('NFKC').replace(/\s+/gu, '').toUpperCase();
  for (const form of CLASS_FORMS) {
    const m = form.exec(text)?.groups;
    if (!m) continue;
    if (m['grade'] !== undefined && Number(m['grade']) !== grade) return text;
    const mark = /^\d+$/u.test(m['mark']!) ? String(Number(m['mark'])) : m['mark']!;
    return style === 'with-grade' ? `${grade}年${mark}組` : `${mark}組`;
  }
  return text;
}

/** The seat (学年・組・出席番号); none without a number. Classes compare in one form, however each was written. */
export function studentSeatKey(s: StudentIdentity): string | null {
  return s.number === null ? null : `${s.grade}/${fullClassName(s.grade, s.className, 'with-grade')}/${s.number}`;
}

/** The person: name without spaces and the reading folded (ﾀｶﾊｼ = たかはし = タカハシ). 髙 and 高 stay apart. */
export function studentNameKey(s: StudentIdentity): string {
  const name = `${s.familyName}${s.givenName}`.normalize('NFKC').replace(/\s+/gu, '');
  return `${name}/${toSearchKey(`${s.familyNameKana}${s.givenNameKana}`)}`;
}
