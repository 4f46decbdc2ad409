/**
 * Field-level building blocks shared by every entity schema. Error messages are i18n keys
 * (`errors.*` in src/lib/i18n), not sentences: the same schema runs on the server, in forms and
 * in Dexie, and each side turns the key into words for its audience.
 */
import { z } from 'zod';
import { isKatakanaReading, toStoredReading } from './kana';
import { isValidJapanesePhone, normalizePhone } from './phone';

export const idSchema = z.uuid({ error: 'invalid_id' });

/** A blank date is "required" (enter one), not "invalid" (enter it correctly): one message per field. */
export const isoDateSchema = z.string({ error: 'required' }).min(1, { error: 'required', abort: true }).pipe(z.iso.date({ error: 'invalid_date' }));
export const isoDateTimeSchema = z.iso.datetime({ offset: true, error: 'invalid_datetime' });

export const requiredText = (max: number) =>
  z.string({ error: 'required' }).trim().min(1, { error: 'required' }).max(max, { error: 'too_long' });

export const optionalText = (max: number) => z.string().trim().max(max, { error: 'too_long' }).default('');

/** Stored as katakana whatever the user typed (ひらがな, half-width ｶﾅ). */
export const readingSchema = z
  .string({ error: 'required' })
  .transform(toStoredReading)
  .pipe(
    z
      .string()
      // abort: a blank reading is "required", not also "not kana" (one message per field).
      .min(1, { error: 'required', abort: true })
      .max(80, { error: 'too_long' })
      .refine(isKatakanaReading, { error: 'reading_kana' }),
  );

export const phoneSchema = z
  .string({ error: 'required' })
  .transform(normalizePhone)
  .pipe(z.string().min(1, { error: 'required', abort: true }).refine(isValidJapanesePhone, { error: 'phone' }));

export const optionalPhoneSchema = z
  .string()
  .transform(normalizePhone)
  .refine((v) => v === '' || isValidJapanesePhone(v), { error: 'phone' })
  .default('');

export const optionalEmailSchema = z.union([z.literal(''), z.email({ error: 'email' })]).default('');

/** 〒 123-4567, full-width digits allowed on input. */
export const optionalPostalCodeSchema = z
  .string()
  .transform((v) => v.normalize('NFKC').replace(/[^\d]/gu, ''))
  .refine((v) => v === '' || /^\d{7}$/u.test(v), { error: 'postal_code' })
  .transform((v) => (v === '' ? '' : `${v.slice(0, 3)}-${v.slice(3)}`))
  .default('');

export const yenSchema = z.number({ error: 'number' }).int({ error: 'integer' }).min(0, { error: 'not_negative' });

/**
 * What every synced record carries. `id` is generated on the device (no auto-increment: two offline
 * devices must never collide), `version` is the server's version the device last saw (0 = never
 * synced), and deletes are tombstones so they travel through sync like any other change.
 */
export const recordMetaSchema = z.object({
  id: idSchema,
  createdAt: isoDateTimeSchema,
  updatedAt: isoDateTimeSchema,
  version: z.number().int().min(0),
  deleted: z.boolean(),
});
export type RecordMeta = z.infer<typeof recordMetaSchema>;
export { RECORD_META_KEYS } from './record-meta-keys';
