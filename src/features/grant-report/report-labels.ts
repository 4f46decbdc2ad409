/**
 * The words for the report's parts, shared by the screen, the printout and the CSV files: the
 * conditions (令和N年度, the month, the town, the age group), a breakdown's title, rows and columns.
 */
import { fiscalYearLabel } from '../../domain/fiscal-year';
import type { ReportFilter } from '../../domain/grant-report-model';
import { codeLabel } from '../../lib/code-options';
import { warekiYear } from '../../lib/dates';
import type { Lang, Translate } from '../../lib/i18n/i18n';
import type { useReportMessages } from './messages';

type Tf = ReturnType<typeof useReportMessages>['tf'];
export type ReportMessageKey = Parameters<Tf>[0];
export type ReportWords = { t: Translate; tf: Tf; lang: Lang };

/** The conditions other than "all", for file names: 令和8年度, 5月, 旭川市, シニア. */
export function conditionParts(filter: ReportFilter, { t, lang }: Pick<ReportWords, 't' | 'lang'>): string[] {
  return [
    fiscalYearLabel(filter.fiscalYear, lang),
    ...(filter.month === null ? [] : [monthLabel(filter.month, lang)]),
    ...(filter.town ? [codeLabel(t, 'town', filter.town)] : []),
    ...(filter.ageGroup ? [codeLabel(t, 'ageGroup', filter.ageGroup)] : []),
  ];
}

/** Every condition, "all" included, as the screen and the printed page state them: 年度 令和8年度・月 全期間・… */
export function conditionsText(filter: ReportFilter, { t, tf, lang }: ReportWords): string {
  const parts: [ReportMessageKey, string][] = [
    ['filter.fiscalYear', fiscalYearLabel(filter.fiscalYear, lang)],
    ['filter.month', filter.month === null ? tf('filter.allMonths') : monthLabel(filter.month, lang)],
    ['filter.town', filter.town ? codeLabel(t, 'town', filter.town) : tf('filter.allTowns')],
    ['filter.ageGroup', filter.ageGroup ? codeLabel(t, 'ageGroup', filter.ageGroup) : tf('filter.allAgeGroups')],
  ];
  return parts.map(([label, value]) => tf('filter.part', { label: tf(label), value })).join(tf('filter.separator'));
}

const enMonth = new Intl.DateTimeFormat('en-GB', { month: 'long', timeZone: 'UTC' });
const monthName = (month: number) => enMonth.format(new Date(Date.UTC(2000, month - 1, 1)));

/** 4月 / April. */
export const monthLabel = (month: number, lang: Lang) => (lang === 'ja' ? `${month}月` : monthName(month));

/** The words under `key`, or `fallback` for a part the dictionary does not name (a breakdown added later). */
const wordOr = (tf: Tf, key: string, fallback: string) => {
  const word = tf(key as ReportMessageKey);
  return word === key ? fallback : word;
};

/** A breakdown's title: 市町村別の求職者. */
export const breakdownTitle = (key: string, tf: Tf) => wordOr(tf, `breakdown.${key}`, key);

/** A breakdown's name in its file name: 月別. */
export const breakdownFileWord = (key: string, tf: Tf) => wordOr(tf, `file.${key}`, key);

/**
 * The filter a breakdown does not apply (grant-report.ts): its own dimension (a by-town table lists
 * every town), the month for the monthly table (the twelve months of the year).
 */
const LIFTED: Readonly<Record<string, 'month' | 'town' | 'ageGroup'>> = {
  monthly: 'month',
  seekersByTown: 'town',
  ratesByTown: 'town',
  seekersByAgeGroup: 'ageGroup',
};
const LIFTED_NOTE = { month: 'breakdown.monthlyNote', town: 'breakdown.townLifted', ageGroup: 'breakdown.ageGroupLifted' } as const;

/** The sentence under a breakdown that does not apply one of the filters. */
export const breakdownNote = (key: string, tf: Tf): string | undefined => {
  const lifted = LIFTED[key];
  return lifted ? tf(LIFTED_NOTE[lifted]) : undefined;
};

/** The conditions a breakdown's numbers follow: the report's, less the one it does not apply. */
export const breakdownFilter = (key: string, filter: ReportFilter): ReportFilter => {
  const lifted = LIFTED[key];
  return lifted ? { ...filter, [lifted]: null } : filter;
};

export const columnLabel = (column: string, tf: Tf) => wordOr(tf, `col.${column}`, column);

/** A row of a breakdown: a town, an age group, a gender, a month (令和8年4月), a session kind, a retention milestone. */
export function rowLabel(breakdown: string, row: string, { t, tf, lang }: ReportWords): string {
  switch (breakdown) {
    case 'seekersByTown':
    case 'ratesByTown':
      return codeLabel(t, 'town', row);
    case 'seekersByAgeGroup':
      return codeLabel(t, 'ageGroup', row);
    case 'seekersByGender':
      return codeLabel(t, 'gender', row);
    case 'internshipsBySessionKind':
      return codeLabel(t, 'sessionKind', row);
    case 'monthly':
      return tf('row.month', { era: warekiYear(`${row}-01`), year: row.slice(0, 4), month: monthLabel(Number(row.slice(5, 7)), lang) });
    default:
      return wordOr(tf, `row.${row}`, row);
  }
}
