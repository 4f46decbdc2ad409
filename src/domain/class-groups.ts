/**
 * A school's students as its own class lists: one group per 学年 + 組, in roster order
 * (compareStudents), so a teacher finds a student where the school's paper list has them.
 */
import { compareStudents } from './school-programme';

type StudentLike = Parameters<typeof compareStudents>[0];

export type ClassGroup<S> = { grade: number; className: string; students: S[] };

export function groupByClass<S extends StudentLike>(students: readonly S[]): ClassGroup<S>[] {
  const groups: ClassGroup<S>[] = [];
  for (const student of [...students].sort(compareStudents)) {
    const last = groups.at(-1);
    if (last && last.grade === student.grade && last.className === student.className) last.students.push(student);
    else groups.push({ grade: student.grade, className: student.className, students: [student] });
  }
  return groups;
}
