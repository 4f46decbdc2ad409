import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import {
  isoDateSchema,
  isoDateTimeSchema,
  optionalEmailSchema,
  optionalPhoneSchema,
  optionalPostalCodeSchema,
  optionalText,
  phoneSchema,
  readingSchema,
  recordMetaSchema,
  requiredText,
} from './fields';

/** The i18n keys a failed parse reports, which is what forms show next to the field. */
const messages = (schema: z.ZodType, value: unknown) =>
  schema.safeParse(value).error?.issues.map((i) => i.message) ?? [];

describe('readingSchema', () => {
  it('stores hiragana and half-width kana readings as katakana', () => {
    expect(readingSchema.parse('たかはし')).toBe('タカハシ');
    expect(readingSchema.parse('ﾀｶﾊｼ')).toBe('タカハシ');
  });

  it('rejects kanji and latin readings with reading_kana', () => {
    expect(messages(readingSchema, '高橋')).toEqual(['reading_kana']);
    expect(messages(readingSchema, 'Takahashi')).toEqual(['reading_kana']);
  });

  it('reports a blank reading as required, not as bad kana', () => {
    expect(messages(readingSchema, '　 ')).toEqual(['required']);
  });

  it('rejects a reading over 80 characters as too long', () => {
    expect(messages(readingSchema, 'ア'.repeat(81))).toEqual(['too_long']);
  });
});

describe('phoneSchema', () => {
  it('stores the number half-width with the hyphens given', () => {
    expect(phoneSchema.parse('０１６６－２３－４５６７')).toBe('0166-23-4567');
  });

  it('reports a bad number with the message phone', () => {
    expect(messages(phoneSchema, '0166-23-456')).toEqual(['phone']);
  });

  it('reports an empty number as required', () => {
    expect(messages(phoneSchema, '')).toEqual(['required']);
  });

  it('lets the optional phone be empty or missing but still checks a given one', () => {
    expect(optionalPhoneSchema.parse('')).toBe('');
    expect(optionalPhoneSchema.parse(undefined)).toBe('');
    expect(messages(optionalPhoneSchema, '123')).toEqual(['phone']);
  });
});

describe('optionalPostalCodeSchema', () => {
  it('stores seven digits as 123-4567 whether typed with a hyphen, without, or full width', () => {
    expect(optionalPostalCodeSchema.parse('0700031')).toBe('070-0031');
    expect(optionalPostalCodeSchema.parse('〒０７１－１４２３')).toBe('071-1423');
  });

  it('accepts an empty postal code and rejects a short one', () => {
    expect(optionalPostalCodeSchema.parse('')).toBe('');
    expect(messages(optionalPostalCodeSchema, '070-003')).toEqual(['postal_code']);
  });
});

describe('text, email and date fields', () => {
  it('trims required text and reports a blank one as required', () => {
    expect(requiredText(10).parse('  佐藤 ')).toBe('佐藤');
    expect(messages(requiredText(10), '   ')).toEqual(['required']);
    expect(messages(requiredText(3), '佐々木太')).toEqual(['too_long']);
  });

  it('defaults optional text to an empty string', () => {
    expect(optionalText(5).parse(undefined)).toBe('');
  });

  it('accepts an empty email and rejects a malformed one', () => {
    expect(optionalEmailSchema.parse('')).toBe('');
    expect(messages(optionalEmailSchema, 'sato@')).toContain('email');
  });

  it('rejects dates that do not exist, such as 30 February', () => {
    expect(isoDateSchema.safeParse('2024-02-29').success).toBe(true);
    expect(messages(isoDateSchema, '2026-02-30')).toEqual(['invalid_date']);
    expect(messages(isoDateSchema, '2026/04/01')).toEqual(['invalid_date']);
  });

  it('asks for a blank date to be entered rather than corrected', () => {
    expect(messages(isoDateSchema, '')).toEqual(['required']);
    expect(messages(isoDateSchema, undefined)).toEqual(['required']);
  });

  it('requires datetimes to carry a time zone offset', () => {
    expect(isoDateTimeSchema.safeParse('2026-04-01T09:00:00.000+09:00').success).toBe(true);
    expect(isoDateTimeSchema.safeParse('2026-04-01T00:00:00.000Z').success).toBe(true);
    expect(messages(isoDateTimeSchema, '2026-04-01T09:00:00')).toEqual(['invalid_datetime']);
  });
});

describe('recordMetaSchema', () => {
  const meta = {
    id: '0b5d2a6e-3c1f-4e8a-9b7d-1a2b3c4d5e6f',
    createdAt: '2026-04-01T09:00:00.000+09:00',
    updatedAt: '2026-04-01T09:00:00.000+09:00',
    version: 0,
    deleted: false,
  };

  it('accepts a never-synced record', () => {
    expect(recordMetaSchema.parse(meta)).toEqual(meta);
  });

  it('rejects an id that is not a UUID with invalid_id', () => {
    expect(messages(recordMetaSchema, { ...meta, id: 'seeker-1' })).toEqual(['invalid_id']);
  });

  it('rejects a negative or fractional version and a missing deleted flag', () => {
    expect(recordMetaSchema.safeParse({ ...meta, version: -1 }).success).toBe(false);
    expect(recordMetaSchema.safeParse({ ...meta, version: 1.5 }).success).toBe(false);
    expect(recordMetaSchema.safeParse({ ...meta, deleted: undefined }).success).toBe(false);
  });
});
