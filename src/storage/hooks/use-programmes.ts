/** The internship programme screens' live reads (storage/programme-queries.ts): undefined while loading. */
import { useLiveQuery } from 'dexie-react-hooks';
import type { ProgrammeSession } from '../../shared/entities';
import { db } from '../db';
import { hostPlaces, listProgrammes, matchStudents, programmeYears, readProgramme, readSession } from '../programme-queries';

export const useProgrammeList = (fiscalYear: number, schoolId: string, today: string) =>
  useLiveQuery(() => listProgrammes(db, { fiscalYear, schoolId, today }), [fiscalYear, schoolId, today]);

export const useProgrammeYears = () => useLiveQuery(() => programmeYears(db), []);

/** null when there is no such programme. */
export const useProgramme = (id: string) => useLiveQuery(() => readProgramme(db, id), [id]);

/** null when there is no such session. */
export const useSessionDetail = (id: string | undefined) => useLiveQuery(async () => (id ? readSession(db, id) : null), [id]);

type HostDay = Pick<ProgrammeSession, 'id' | 'programmeId' | 'schoolId' | 'kind' | 'date' | 'companyId'>;
export const useHostPlaces = (day: HostDay) =>
  useLiveQuery(() => hostPlaces(db, day), [day.id, day.programmeId, day.schoolId, day.kind, day.date, day.companyId]);

export const useStudentMatches = (schoolId: string, text: string, limit = 8) => useLiveQuery(() => matchStudents(db, schoolId, text, limit), [schoolId, text, limit]);
