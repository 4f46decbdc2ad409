/**
 * The preview of a school's CSV: every data row with its status, before anything is written. A row
 * is refused for what is wrong with it alone (student-row.ts), for repeating an earlier row of the
 * file, or for a student the school already has on this device (the same seat 学年・組・番号 or the
 * same name and reading: domain/student-identity.ts). The first of two repeating rows is kept, the
 * later one refused, naming the row it repeats. Pure: the screen and the bench run the same steps.
 */
import { classNameStyle, studentNameKey, studentSeatKey, type StudentIdentity } from '../../domain/student-identity';
import { parseCsv, type CsvRecord } from '../../lib/csv';
import { recogniseColumns, type ColumnMapping } from './column-mapping';
import { decodeCsvBytes, type DecodedFile, type EncodingChoice } from './decode-file';
import { studentRow, type ImportedStudent, type StudentRow } from './student-row';

export type StudentFile = DecodedFile & {
  /** The row naming the columns (the first one, unless a title line sits above it). */
  header: string[];
  /** The rows below it. */
  records: CsvRecord[];
  /** The mapping the header suggests. */
  suggested: ColumnMapping;
};

/** How far down a header is looked for: exports often put a title line or two (令和7年度 2年生名簿) above it. */
const HEADER_SEARCH_ROWS = 5;

const recognised = (m: ColumnMapping) => Object.values(m).filter((i) => i !== null).length;

/**
 * The file's bytes as text in the chosen (or detected) encoding, its rows, and the columns its header
 * names. The header is the row among the first few that names the most known columns (the first row
 * when none does); rows above it are titles, not students.
 */
export function readStudentFile(bytes: Uint8Array, choice: EncodingChoice): StudentFile {
  const decoded = decodeCsvBytes(bytes, choice);
  const all = parseCsv(decoded.text);
  let at = 0;
  let suggested = recogniseColumns(all[0]?.cells ?? []);
  for (let i = 1; i < Math.min(HEADER_SEARCH_ROWS, all.length); i++) {
    const m = recogniseColumns(all[i]!.cells);
    if (recognised(m) > recognised(suggested)) [at, suggested] = [i, m];
  }
  return { ...decoded, header: all[at]?.cells ?? [], records: all.slice(at + 1), suggested };
}

export type ImportPreview = {
  rows: StudentRow[];
  /** The students the import will write, in file order. */
  valid: ImportedStudent[];
  refused: number;
};

/** Every row's status against the file's other rows and the school's students already registered. */
export function previewImport(records: readonly CsvRecord[], mapping: ColumnMapping, ctx: { schoolId: string; registered: readonly StudentIdentity[] }): ImportPreview {
  const ctxRow = { schoolId: ctx.schoolId, classStyle: classNameStyle(ctx.registered.map((s) => s.className)) };
  const registered = new Set<string>();
  for (const s of ctx.registered) {
    const seat = studentSeatKey(s);
    if (seat) registered.add(seat);
    registered.add(studentNameKey(s));
  }
  /** Key → the row that took it first. */
  const taken = new Map<string, number>();
  const rows = records.map((r) => {
    const row = studentRow(r.row, r.cells, mapping, ctxRow);
    if (!row.student) return row;
    const keys = [studentSeatKey(row.student), studentNameKey(row.student)].filter((k): k is string => k !== null);
    const earlier = keys.map((k) => taken.get(k)).find((n) => n !== undefined);
    const problem = keys.some((k) => registered.has(k)) ? ({ kind: 'registered' } as const) : earlier !== undefined ? ({ kind: 'duplicate-in-file', row: earlier } as const) : null;
    if (problem) return { ...row, student: null, problems: [problem] };
    for (const k of keys) taken.set(k, r.row);
    return row;
  });
  const valid = rows.flatMap((r) => (r.student ? [r.student] : []));
  return { rows, valid, refused: rows.length - valid.length };
}
