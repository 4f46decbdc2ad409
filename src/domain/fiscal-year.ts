/**
 * The programme's year runs April to March (年度), and is named in the Japanese era: 令和N年度, where
 * 令和元年 is 2019 (from 1 May; the fiscal year 2019 is 平成31年度/令和元年度 and reported as 令和元年度).
 */
export function fiscalYearOf(day: string): number {
  const year = Number(day.slice(0, 4));
  return Number(day.slice(5, 7)) >= 4 ? year : year - 1;
}

/** First and last day of a fiscal year. */
export const fiscalYearRange = (fiscalYear: number) => ({ from: `${fiscalYear}-04-01`, to: `${fiscalYear + 1}-03-31` });

/** 令和の年 of a fiscal year (1 = 元年); fiscal years before 2019 are out of the programme's range. */
export const reiwaYear = (fiscalYear: number) => fiscalYear - 2018;

/** 「令和8年度」 / "FY2026 (Reiwa 8)". */
export function fiscalYearLabel(fiscalYear: number, lang: 'ja' | 'en'): string {
  const r = reiwaYear(fiscalYear);
  if (lang === 'en') return `FY${fiscalYear} (Reiwa ${r})`;
  return `令和${r === 1 ? '元' : r}年度`;
}
