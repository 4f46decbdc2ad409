/**
 * The passcode's shape for forms: 4–8 digits. Full-width digits (IME input) are accepted: NFKC
 * turns １２３４ into 1234. Apart from passcode.ts so the lock logic does not pull zod in.
 */
import { z } from 'zod';

export const passcodeSchema = z
  .string()
  .transform((v) => v.normalize('NFKC').trim())
  .pipe(z.string().regex(/^\d{4,8}$/u, { error: 'passcode_format' }));
