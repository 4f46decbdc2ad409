/** The school and student screens' live reads (school-screen-queries.ts): undefined while loading. */
import { useLiveQuery } from 'dexie-react-hooks';
import type { MarkOrNone } from '../../domain/school-programme';
import { db } from '../db';
import {
  listSchoolRows,
  listSchoolStudents,
  schoolMarks,
  studentProgrammes,
  studentSessions,
  type SchoolFilter,
  type SchoolRow,
  type StudentProgrammeRow,
  type StudentRow,
  type StudentSessionRow,
} from '../school-screen-queries';

export function useSchoolRows(filter: SchoolFilter): SchoolRow[] | undefined {
  return useLiveQuery(() => listSchoolRows(db, filter), [filter.text, filter.town]);
}

export function useSchoolStudents(schoolId: string, text: string): StudentRow[] | undefined {
  return useLiveQuery(() => listSchoolStudents(db, schoolId, text), [schoolId, text]);
}

export function useSchoolMarks(schoolId: string): MarkOrNone[] | undefined {
  return useLiveQuery(() => schoolMarks(db, schoolId), [schoolId]);
}

export function useStudentSessions(studentId: string, today: string): StudentSessionRow[] | undefined {
  return useLiveQuery(() => studentSessions(db, studentId, today), [studentId, today]);
}

export function useStudentProgrammes(studentId: string): StudentProgrammeRow[] | undefined {
  return useLiveQuery(() => studentProgrammes(db, studentId), [studentId]);
}
