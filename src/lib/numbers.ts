/**
 * How screens and exports write numbers: yen with ¥ and thousands separators (the amounts are yen in both
 * languages), counts with thousands separators, and rates as percentages with one decimal.
 */
const yen = new Intl.NumberFormat('ja-JP', { style: 'currency', currency: 'JPY' });
const count = new Intl.NumberFormat('ja-JP', { maximumFractionDigits: 1 });
const percent = new Intl.NumberFormat('ja-JP', { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 });

/** ¥150,000 */
export const formatYen = (amount: number) => yen.format(amount);

/** 20,000; a fractional value (a median of days, a mean) keeps one decimal: 12.5 */
export const formatCount = (value: number) => count.format(value);

/** 0.4286 → 42.9% */
export const formatPercent = (rate: number) => percent.format(rate);
