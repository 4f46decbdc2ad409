/** The fee list as a CSV: one row per fee, in the screen's language, years as 令和N年度. */
import { fiscalYearLabel } from '../../domain/fiscal-year';
import { codeLabel } from '../../lib/code-options';
import { excelCsv } from '../../lib/csv';
import type { Lang, Translate } from '../../lib/i18n/i18n';
import type { FeeRow } from '../../storage/fee-queries';
import { shortDate } from './format';

type Column =
  | 'col.fiscalYear'
  | 'col.company'
  | 'col.seeker'
  | 'col.hiredOn'
  | 'col.amountYen'
  | 'col.status'
  | 'col.invoicedOn'
  | 'col.paidOn'
  | 'col.note';

export function feeCsv(
  fees: readonly FeeRow[],
  { t, tf, lang }: { t: Translate; tf: (key: Column) => string; lang: Lang },
): string {
  const header = (
    [
      'col.fiscalYear',
      'col.company',
      'col.seeker',
      'col.hiredOn',
      'col.amountYen',
      'col.status',
      'col.invoicedOn',
      'col.paidOn',
      'col.note',
    ] as const
  ).map(tf);
  const rows = fees.map((f) => [
    f.fiscalYear === null ? '' : fiscalYearLabel(f.fiscalYear, lang),
    f.companyName,
    f.seekerName,
    shortDate(f.hiredOn),
    f.amount,
    codeLabel(t, 'feeStatus', f.status),
    shortDate(f.invoicedOn),
    shortDate(f.paidOn),
    f.note,
  ]);
  return excelCsv(header, rows);
}
