/**
 * Every row of the file with its status: what will be stored (the reading in katakana, the class in
 * the school's form) or why the row is skipped. A long file is windowed (only the rows on screen are
 * drawn); the person can narrow the list to the rows skipped.
 */
import { useState } from 'react';
import { VirtualList } from '../../../components/ui/virtual-list';
import type { ImportPreview } from '../import-preview';
import { useImportMessages } from '../messages';
import { problemWords } from '../problem-words';
import type { StudentRow } from '../student-row';

/** Up to this many rows (a class) the list is drawn whole, each row as tall as its problems need; longer lists scroll in a box, so the confirm button below stays near. */
const DRAWN_WHOLE = 20;
const ROW_HEIGHT = 76;

/** `showPlan`: the file has a plan column (without one every student is 未定, not worth a word per row). */
export function PreviewList({ preview, showPlan }: { preview: ImportPreview; showPlan: boolean }) {
  const { tf } = useImportMessages();
  const [onlyProblems, setOnlyProblems] = useState(false);
  const rows = onlyProblems ? preview.rows.filter((r) => !r.student) : preview.rows;
  const key = (r: StudentRow) => String(r.row);
  return (
    <>
      <div className="import-preview__bar">
        <p role="status" className="import-preview__counts">
          {tf('preview.counts', { rows: preview.rows.length, valid: preview.valid.length, refused: preview.refused })}
        </p>
        {preview.refused > 0 ? (
          <label className="import-preview__filter">
            <input type="checkbox" checked={onlyProblems} onChange={(e) => setOnlyProblems(e.target.checked)} />
            {tf('preview.onlyProblems')}
          </label>
        ) : null}
      </div>
      {rows.length === 0 ? (
        <p className="empty">{tf('preview.noneShown')}</p>
      ) : rows.length <= DRAWN_WHOLE ? (
        <ul className="import-preview__plain" aria-label={tf('preview.list')}>
          {rows.map((r) => (
            <li key={key(r)}>
              <PreviewRow row={r} showPlan={showPlan} />
            </li>
          ))}
        </ul>
      ) : (
        <div className="import-preview__scroll">
          <VirtualList items={rows} rowHeight={ROW_HEIGHT} label={tf('preview.list')} getKey={key} renderRow={(r) => <PreviewRow row={r} showPlan={showPlan} />} />
        </div>
      )}
    </>
  );
}

function PreviewRow({ row, showPlan }: { row: StudentRow; showPlan: boolean }) {
  const { tf } = useImportMessages();
  const s = row.student;
  const number = s ? (s.number === null ? '' : String(s.number)) : row.shown.number;
  const seat = [
    s ? (s.className.startsWith(`${s.grade}年`) ? s.className : tf('preview.gradeClass', { grade: s.grade, className: s.className }).trim()) : `${row.shown.grade} ${row.shown.className}`.trim(),
    number === '' ? '' : tf('preview.number', { n: number }),
  ];
  return (
    <div className={`import-row ${s ? 'import-row--ok' : 'import-row--refused'}`} data-row={row.row}>
      <span className="import-row__no">{tf('preview.row', { n: row.row })}</span>
      <span className="import-row__who">
        <span className="import-row__name">{s ? `${s.familyName} ${s.givenName}` : row.shown.name || '—'}</span>
        <span className="import-row__kana">{s ? `${s.familyNameKana} ${s.givenNameKana}` : row.shown.reading}</span>
      </span>
      <span className="import-row__class">
        {seat.filter((x) => x !== '').join(' ')}
        {s && showPlan ? <span className="import-row__plan"> · {tf(`plan.${s.plan}`)}</span> : null}
      </span>
      <span className="import-row__status">
        {s ? <span className="import-row__ok">✓ {tf('preview.ok')}</span> : row.problems.map((p) => problemWords(tf, p)).join('／')}
      </span>
    </div>
  );
}
