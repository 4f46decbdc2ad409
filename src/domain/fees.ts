/**
 * Success fees (成功報酬) by fiscal year: a fee belongs to the fiscal year of its hire (the placement's
 * hiredOn), not of its invoice or payment, because the programme reports hires per year and the fee is
 * earned on the day of the hire. Totals: earned (every fee), invoiced (請求済 + 入金済, what was billed),
 * paid (入金済), and each status's own sum.
 */
import { FEE_STATUSES } from '../shared/codes';
import { fiscalYearOf } from './fiscal-year';

/** The fiscal year a fee counts in; null while its placement has no hire date. */
export const feeFiscalYear = (hiredOn: string): number | null => (hiredOn ? fiscalYearOf(hiredOn) : null);

export type FeeStatus = (typeof FEE_STATUSES)[number];

export type FeeAmount = { amount: number; status: FeeStatus };

export type StatusTotal = { count: number; amount: number };

export type FeeTotals = {
  byStatus: Record<FeeStatus, StatusTotal>;
  earned: StatusTotal;
  invoiced: StatusTotal;
  paid: StatusTotal;
};

export function feeTotals(fees: readonly FeeAmount[]): FeeTotals {
  const zero = (): StatusTotal => ({ count: 0, amount: 0 });
  const byStatus = Object.fromEntries(FEE_STATUSES.map((s) => [s, zero()])) as Record<FeeStatus, StatusTotal>;
  for (const fee of fees) {
    byStatus[fee.status].count += 1;
    byStatus[fee.status].amount += fee.amount;
  }
  const sum = (...parts: StatusTotal[]) =>
    parts.reduce((a, b) => ({ count: a.count + b.count, amount: a.amount + b.amount }), zero());
  return {
    byStatus,
    earned: sum(...Object.values(byStatus)),
    invoiced: sum(byStatus.invoiced, byStatus.paid),
    paid: byStatus.paid,
  };
}
