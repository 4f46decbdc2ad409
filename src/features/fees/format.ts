/** How the fee screens and their CSV write amounts and dates. */
const yen = new Intl.NumberFormat('ja-JP', { style: 'currency', currency: 'JPY' });

/** ¥150,000, in both languages: the amounts are yen. */
export const formatYen = (amount: number) => yen.format(amount);

/** 2026/06/01: short enough for a table column, and what Excel in Japan reads as a date. */
export const shortDate = (iso: string) => iso.replaceAll('-', '/');
