/** How a student is named on the programme screens: 氏名, and 組・出席番号 as the school writes them. */
import type { Student } from '../../shared/entities';

type Named = Pick<Student, 'familyName' | 'givenName'>;
type InClass = Pick<Student, 'className' | 'number'>;

export const studentName = (s: Named) => `${s.familyName} ${s.givenName}`;

/** 「2年1組 3番」; `numberWord` words the number (the feature's 'number' message). */
export const classAndNumber = (s: InClass, numberWord: (n: number) => string) => [s.className, s.number === null ? '' : numberWord(s.number)].filter(Boolean).join(' ');

/** A class named under its grade: 「1組」 for 「2年1組」 in grade 2 (schools often write the grade into the class). */
export const classInGrade = (className: string, grade: number) => (className.startsWith(`${grade}年`) && className.length > `${grade}年`.length ? className.slice(`${grade}年`.length) : className);
