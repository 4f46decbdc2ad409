/**
 * One student on the roster: the whole row is one button that moves the mark on (a big target for a
 * thumb), and a small メモ button opens the student's note below it. The mark's badge has a fixed width
 * and its own colour AND word, so a change neither moves the row nor relies on colour alone.
 */
import { useState, type FormEvent } from 'react';
import { AttendanceRate } from '../../../components/attendance-rate';
import { markWordKey, useAttendanceWords } from '../../../components/attendance-words';
import type { RosterRow } from '../../../storage/attendance-queries';
import { useAttendanceMessages } from '../messages';

export function AttendanceRow({ row, onTap, onSaveNote }: { row: RosterRow; onTap: () => void; onSaveNote: (note: string) => Promise<void> }) {
  const { tf } = useAttendanceMessages();
  const words = useAttendanceWords();
  const [noteOpen, setNoteOpen] = useState(false);
  const [draft, setDraft] = useState(row.note);
  const { student, mark } = row;
  const name = `${student.familyName} ${student.givenName}`;
  const noteId = `note-${student.id}`;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    await onSaveNote(draft.trim());
    setNoteOpen(false);
  };

  return (
    <li className="roster-row" data-mark={mark || 'none'}>
      <div className="roster-row__main">
        <button type="button" className="roster-row__tap" onClick={onTap} aria-describedby={row.note && !noteOpen ? `${noteId}-text` : undefined}>
          <span className="roster-row__number" aria-hidden={student.number === null}>
            {student.number === null ? '—' : tf('number', { n: student.number })}
          </span>
          <span className="roster-row__who">
            <span className="roster-row__name">{name}</span>
            <span className="roster-row__reading">
              {student.familyNameKana} {student.givenNameKana}
              <span className="roster-row__rate">
                <AttendanceRate tally={row.studentTally} compact />
              </span>
            </span>
          </span>
          <span className={`mark-badge mark-badge--${mark || 'none'}`}>{words.tf(markWordKey(mark))}</span>
        </button>
        <button type="button" className="roster-row__note-toggle" aria-expanded={noteOpen} aria-controls={noteOpen ? noteId : undefined} onClick={() => (setDraft(row.note), setNoteOpen(!noteOpen))}>
          {tf('note')}
          {row.note ? <span aria-hidden="true"> ●</span> : null}
        </button>
      </div>
      {row.note && !noteOpen ? (
        <p className="roster-row__note" id={`${noteId}-text`}>
          {tf('noteShown', { note: row.note })}
        </p>
      ) : null}
      {noteOpen ? (
        <form className="roster-row__note-form" id={noteId} onSubmit={(e) => void submit(e)}>
          <label htmlFor={`${noteId}-input`}>{tf('noteFor', { name })}</label>
          <input id={`${noteId}-input`} type="text" maxLength={500} value={draft} onChange={(e) => setDraft(e.target.value)} autoFocus />
          <button type="submit" className="button button--primary button--small">
            {tf('noteSave')}
          </button>
          <button type="button" className="button button--secondary button--small" onClick={() => setNoteOpen(false)}>
            {tf('noteCancel')}
          </button>
        </form>
      ) : null}
    </li>
  );
}
