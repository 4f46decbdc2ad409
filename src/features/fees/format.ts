/** How the fee screens and their CSV write dates (amounts: lib/numbers.ts). */

/** 2026/06/01: short enough for a table column, and what Excel in Japan reads as a date. */
export const shortDate = (iso: string) => iso.replaceAll('-', '/');
