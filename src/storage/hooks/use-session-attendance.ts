/** The attendance screen's live read and its writes, on the device database. */
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { readSessionAttendance, type SessionAttendance } from '../attendance-queries';
import { cycleMark, markUnmarkedPresent, saveAttendanceNote } from '../attendance-writes';
import { db } from '../db';

/** undefined while loading, null when the session is not on this device; live, so a tap shows the stored mark. */
export function useSessionAttendance(sessionId: string | undefined): SessionAttendance | null | undefined {
  return useLiveQuery(async () => (sessionId ? ((await readSessionAttendance(db, sessionId)) ?? null) : null), [sessionId]);
}

type Pair = Parameters<typeof cycleMark>[1];

export function useAttendanceWrites() {
  return useMemo(
    () => ({
      cycle: (pair: Pair) => cycleMark(db, pair),
      saveNote: (pair: Pair, note: string) => saveAttendanceNote(db, pair, note),
      allPresent: (session: { id: string; schoolId: string }, studentIds: readonly string[]) => markUnmarkedPresent(db, session, studentIds),
    }),
    [],
  );
}
