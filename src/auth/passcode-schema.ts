/**
 * The passcode's shape for forms: 4–8 digits. Full-width digits (IME input) are accepted: NFKC
 * turns １２３４ into 1234. Apart from passcode.ts so the lock logic does not pull zod in.
 * The lock allows 5 wrong tries, so a passcode someone would try among the first few (0000, 1234,
 * a year of birth) is refused with the reason, not just discouraged by the hint.
 */
import { z } from 'zod';

export const PASSCODE_WEAKNESSES = ['passcode_repeated', 'passcode_sequence', 'passcode_year'] as const;
export type PasscodeWeakness = (typeof PASSCODE_WEAKNESSES)[number];

export const isPasscodeWeakness = (message: string | undefined): message is PasscodeWeakness => (PASSCODE_WEAKNESSES as readonly (string | undefined)[]).includes(message);

/** Why a passcode of digits is among the first ones a guesser would try, or null. */
export function passcodeWeakness(digits: string): PasscodeWeakness | null {
  if (/^(\d)\1*$/u.test(digits)) return 'passcode_repeated';
  const steps = [...digits].slice(1).map((d, i) => Number(d) - Number(digits[i]));
  if (steps.every((s) => s === 1) || steps.every((s) => s === -1)) return 'passcode_sequence';
  if (/^(19|20)\d\d$/u.test(digits) || isYearMonthDay(digits)) return 'passcode_year';
  return null;
}

/** 19750401: a date of birth written out. */
function isYearMonthDay(digits: string): boolean {
  const match = /^((?:19|20)\d\d)(\d\d)(\d\d)$/u.exec(digits);
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

export const passcodeSchema = z
  .string()
  .transform((v) => v.normalize('NFKC').trim())
  .pipe(
    z
      .string()
      .regex(/^\d{4,8}$/u, { error: 'passcode_format', abort: true })
      .check((ctx) => {
        const weakness = passcodeWeakness(ctx.value);
        if (weakness) ctx.issues.push({ code: 'custom', message: weakness, input: ctx.value });
      }),
  );
