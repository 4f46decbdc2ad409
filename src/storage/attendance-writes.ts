/**
 * The attendance screen's writes. Each goes through saveRecord (schema, the domain rules, outbox) under
 * the id derived from (session, student), so two teachers marking the same student offline meet on one
 * record and the server merges them field by field. The next mark is worked out from the STORED mark
 * inside the write's transaction, not from what the screen showed: two quick taps move the mark twice.
 */
import { nextMark, type MarkOrNone } from '../domain/school-programme';
import { attendanceId } from '../shared/ids';
import type { FieldDb } from './db';
import { recordWriteScope, saveRecord } from './record-repo';

type Pair = { sessionId: string; studentId: string; schoolId: string };

type Stored = { mark: MarkOrNone; note: string } | undefined;

const stored = (db: FieldDb, pair: Pair): Promise<Stored> => db.attendance.get(attendanceId(pair.sessionId, pair.studentId));

function save(db: FieldDb, pair: Pair, current: Stored, change: { mark?: MarkOrNone; note?: string }, now: Date) {
  const fields = { ...pair, mark: current?.mark ?? '', note: current?.note ?? '', ...change };
  return saveRecord(db, 'attendance', fields, attendanceId(pair.sessionId, pair.studentId), now);
}

/** One tap: the stored mark moves on (未入力 → 出席 → 欠席 → 遅刻 → 早退 → 公欠 → 未入力). Resolves to the new mark. */
export function cycleMark(db: FieldDb, pair: Pair, now: Date = new Date()): Promise<MarkOrNone> {
  return db.transaction('rw', recordWriteScope(db), async () => {
    const current = await stored(db, pair);
    const mark = nextMark(current?.mark ?? '');
    await save(db, pair, current, { mark }, now);
    return mark;
  });
}

/** A note on a student's mark (the mark stays as it is; a note on an unmarked student keeps it unmarked). */
export async function saveAttendanceNote(db: FieldDb, pair: Pair, note: string, now: Date = new Date()): Promise<void> {
  await db.transaction('rw', recordWriteScope(db), async () => {
    await save(db, pair, await stored(db, pair), { note }, now);
  });
}

/**
 * 全員出席: every listed student without a mark becomes 出席, in one transaction; a mark already given
 * (here, or pulled from another teacher meanwhile) is never overwritten. Resolves to how many it marked.
 */
export function markUnmarkedPresent(db: FieldDb, session: { id: string; schoolId: string }, studentIds: readonly string[], now: Date = new Date()): Promise<number> {
  return db.transaction('rw', recordWriteScope(db), async () => {
    const current = await db.attendance.bulkGet(studentIds.map((s) => attendanceId(session.id, s)));
    let marked = 0;
    for (const [i, studentId] of studentIds.entries()) {
      if ((current[i]?.mark ?? '') !== '') continue;
      await save(db, { sessionId: session.id, studentId, schoolId: session.schoolId }, current[i], { mark: 'present' }, now);
      marked++;
    }
    return marked;
  });
}
