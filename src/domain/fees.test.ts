import { describe, expect, it } from 'vitest';
import { feeFiscalYear, feeTotals } from './fees';

describe('feeFiscalYear', () => {
  it('puts a hire on 31 March in the fiscal year that ends that day', () => {
    expect(feeFiscalYear('2026-03-31')).toBe(2025);
  });

  it('puts a hire on 1 April in the fiscal year that starts that day', () => {
    expect(feeFiscalYear('2026-04-01')).toBe(2026);
  });

  it('keeps January to March in the year before', () => {
    expect(feeFiscalYear('2027-01-05')).toBe(2026);
    expect(feeFiscalYear('2026-12-31')).toBe(2026);
  });

  it('has no year while the placement has no hire date', () => {
    expect(feeFiscalYear('')).toBeNull();
  });
});

describe('feeTotals', () => {
  it('sums each status and counts invoiced fees as billed once paid', () => {
    const totals = feeTotals([
      { amount: 100_000, status: 'not_invoiced' },
      { amount: 150_000, status: 'invoiced' },
      { amount: 200_000, status: 'paid' },
      { amount: 50_000, status: 'paid' },
    ]);
    expect(totals.byStatus).toEqual({
      not_invoiced: { count: 1, amount: 100_000 },
      invoiced: { count: 1, amount: 150_000 },
      paid: { count: 2, amount: 250_000 },
    });
    expect(totals.earned).toEqual({ count: 4, amount: 500_000 });
    expect(totals.invoiced).toEqual({ count: 3, amount: 400_000 });
    expect(totals.paid).toEqual({ count: 2, amount: 250_000 });
  });

  it('gives zeros for no fees', () => {
    const totals = feeTotals([]);
    expect(totals.earned).toEqual({ count: 0, amount: 0 });
    expect(totals.byStatus.paid).toEqual({ count: 0, amount: 0 });
  });
});
