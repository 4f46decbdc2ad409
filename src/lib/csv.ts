/**
 * CSV for Excel in Japan (the programme's office opens every export in Excel): UTF-8 with a byte order
 * mark (without it Excel reads the file as Shift_JIS and the Japanese turns to mojibake), CRLF line
 * ends, and every field quoted, so commas, quotes and line breaks inside a note survive. A cell that
 * starts like a formula (=, +, -, @) is prefixed so Excel shows it as text instead of running it.
 * Reading a CSV (a school's student list) goes through papaparse too: quoted fields, CRLF or LF.
 * papaparse does the quoting and the parsing; this module is imported by the screens that export or
 * import, so it loads with their routes.
 */
import Papa from 'papaparse';

export type CsvCell = string | number;

const BOM = '\uFEFF';

/** The file's text: a header row, then one row per record. */
export function excelCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  const body = Papa.unparse([header as CsvCell[], ...(rows as CsvCell[][])], {
    quotes: true,
    newline: '\r\n',
    escapeFormulae: true,
  });
  return `${BOM}${body}\r\n`;
}

/** Hands the text to the browser as a file download. */
export function downloadCsv(fileName: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  // Revoked on the next task: the click has started the download by then.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** One record of a CSV file and its row number as Excel shows it (1 = the first row, blank rows counted). */
export type CsvRecord = { row: number; cells: string[] };

/**
 * The records of a CSV text, blank rows left out but counted, so a row number matches the one the
 * school sees when it opens the file in Excel (a quoted line break stays inside its cell, one row).
 */
export function parseCsv(text: string): CsvRecord[] {
  const { data } = Papa.parse<string[]>(text.replace(/^\uFEFF/u, ''), { header: false, skipEmptyLines: false });
  return data.flatMap((cells, i) => (cells.some((c) => c.trim() !== '') ? [{ row: i + 1, cells }] : []));
}
