import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import {
  ENTITY_NAMES,
  ENTITY_SCHEMAS,
  entityNameSchema,
  seekerFieldsSchema,
  seekerSchema,
  trialPlacementFieldsSchema,
} from './entities';
import { RECORD_META_KEYS } from './fields';
import {
  buildAttendance,
  buildCheckIn,
  buildCompany,
  buildInternship,
  buildRecord,
  buildSchool,
  buildSeeker,
  buildStudent,
  buildSuccessFee,
  buildTrialPlacement,
} from '../../tests/factories';

/** [path, message] of each issue: what a form shows next to which field. */
const issues = (schema: z.ZodType, value: unknown) =>
  schema.safeParse(value).error?.issues.map((i) => [i.path.join('.'), i.message]) ?? [];

describe('every entity schema', () => {
  it.each(ENTITY_NAMES)('accepts a factory-built %s record and leaves it unchanged', (entity) => {
    const record = buildRecord(entity);
    expect(ENTITY_SCHEMAS[entity].parse(record)).toEqual(record);
  });

  it.each(ENTITY_NAMES)('rejects a %s record without its sync metadata', (entity) => {
    const record: Record<string, unknown> = { ...buildRecord(entity) };
    for (const key of RECORD_META_KEYS) {
      const { [key]: _dropped, ...rest } = record;
      expect(ENTITY_SCHEMAS[entity].safeParse(rest).success, key).toBe(false);
    }
  });

  it('names exactly the registered tables and rejects an unknown one', () => {
    expect(ENTITY_NAMES).toHaveLength(22);
    expect(entityNameSchema.safeParse('seekers').success).toBe(true);
    expect(entityNameSchema.safeParse('users').success).toBe(false);
  });
});

describe('seeker', () => {
  it('reports a bad phone number as phone on the phone field', () => {
    expect(issues(seekerSchema, { ...buildSeeker(), phone: '0166-23-45' })).toEqual([['phone', 'phone']]);
  });

  it('stores a reading typed in hiragana or half-width kana as katakana', () => {
    const seeker = seekerSchema.parse({ ...buildSeeker(), familyNameKana: 'さとう', givenNameKana: 'ｹﾝｲﾁ' });
    expect([seeker.familyNameKana, seeker.givenNameKana]).toEqual(['サトウ', 'ケンイチ']);
  });

  it('rejects a reading in kanji with reading_kana', () => {
    expect(issues(seekerSchema, { ...buildSeeker(), familyNameKana: '佐藤' })).toEqual([
      ['familyNameKana', 'reading_kana'],
    ]);
  });

  it('refuses to store a seeker who has not consented to data use', () => {
    expect(issues(seekerSchema, { ...buildSeeker(), consentDataUse: false })).toEqual([
      ['consentDataUse', 'consent_required'],
    ]);
  });

  it('reports a blank name, an unknown town and an impossible birth date all at once', () => {
    const found = issues(seekerSchema, { ...buildSeeker(), givenName: '  ', town: 'sapporo', birthDate: '1960-02-30' });
    expect(found).toEqual(
      expect.arrayContaining([
        ['givenName', 'required'],
        ['town', 'required'],
        ['birthDate', 'invalid_date'],
      ]),
    );
    expect(found).toHaveLength(3);
  });

  it('rejects notes longer than 2,000 characters', () => {
    expect(issues(seekerSchema, { ...buildSeeker(), notes: 'あ'.repeat(2001) })).toEqual([['notes', 'too_long']]);
  });

  it('fills the defaults of a new seeker typed into the form', () => {
    const { id: _i, createdAt: _c, updatedAt: _u, version: _v, deleted: _d, ...fields } = buildSeeker();
    const { gender: _g, status: _s, desiredIndustries: _di, notes: _n, email: _e, ...typed } = fields;
    const parsed = seekerFieldsSchema.parse(typed);
    expect(parsed).toMatchObject({
      gender: 'unanswered',
      status: 'registered',
      desiredIndustries: [],
      notes: '',
      email: '',
    });
  });

  it('rejects an unknown desired industry', () => {
    expect(issues(seekerSchema, { ...buildSeeker(), desiredIndustries: ['fishing'] })).toEqual([
      ['desiredIndustries.0', 'required'],
    ]);
  });
});

describe('company', () => {
  it('rejects a negative, fractional or text capacity', () => {
    expect(issues(ENTITY_SCHEMAS.companies, { ...buildCompany(), capacity: -1 })).toEqual([
      ['capacity', 'not_negative'],
    ]);
    expect(issues(ENTITY_SCHEMAS.companies, { ...buildCompany(), capacity: 1.5 })).toEqual([['capacity', 'integer']]);
    expect(issues(ENTITY_SCHEMAS.companies, { ...buildCompany(), capacity: '3' })).toEqual([['capacity', 'number']]);
  });

  it('requires an address and a phone number', () => {
    const found = issues(ENTITY_SCHEMAS.companies, { ...buildCompany(), address: '', phone: '' });
    expect(found).toEqual([
      ['address', 'required'],
      ['phone', 'required'],
    ]);
  });

  it('stores a company name reading typed in hiragana as katakana', () => {
    expect(ENTITY_SCHEMAS.companies.parse({ ...buildCompany(), nameKana: 'さとうせいさくしょ' }).nameKana).toBe(
      'サトウセイサクショ',
    );
  });
});

describe('trial placement', () => {
  const schema = ENTITY_SCHEMAS.trialPlacements;

  it('reports an end date before the start date as end_before_start on the end date', () => {
    const trial = buildTrialPlacement({ status: 'in_trial' });
    expect(issues(schema, { ...trial, startDate: '2026-05-20', endDate: '2026-05-19' })).toEqual([
      ['endDate', 'end_before_start'],
    ]);
  });

  it('accepts a one-day trial that ends the day it starts', () => {
    expect(schema.safeParse({ ...buildTrialPlacement({ status: 'in_trial' }), startDate: '2026-05-20', endDate: '2026-05-20' }).success).toBe(
      true,
    );
  });

  it('requires a hire date once the trial ends in a hire', () => {
    expect(issues(schema, { ...buildTrialPlacement(), status: 'hired', hiredOn: '', employmentType: 'regular' })).toEqual([
      ['hiredOn', 'required'],
    ]);
    expect(issues(schema, { ...buildTrialPlacement({ status: 'hired' }), employmentType: '' })).toEqual([['employmentType', 'required']]);
    expect(schema.safeParse(buildTrialPlacement({ status: 'hired' })).success).toBe(true);
  });

  it('requires a reason when a trial ends without a hire or is withdrawn', () => {
    for (const status of ['not_hired', 'withdrawn'] as const)
      expect(issues(schema, { ...buildTrialPlacement(), status, endReason: '' }), status).toEqual([
        ['endReason', 'required'],
      ]);
  });

  it('does not ask for a reason while the trial is still running', () => {
    expect(schema.safeParse({ ...buildTrialPlacement(), status: 'in_trial', endReason: '', hiredOn: '' }).success).toBe(
      true,
    );
  });

  it('applies the same cross-field rules in the form schema as in the stored record', () => {
    const { id: _i, createdAt: _c, updatedAt: _u, version: _v, deleted: _d, ...fields } = buildTrialPlacement();
    expect(issues(trialPlacementFieldsSchema, { ...fields, startDate: '2026-05-20', endDate: '2026-05-01' })).toEqual([
      ['endDate', 'end_before_start'],
    ]);
  });

  it('rejects a check-in (a record of its own) without a note', () => {
    expect(issues(ENTITY_SCHEMAS.checkIns, { ...buildCheckIn(), note: ' ' })).toEqual([['note', 'required']]);
  });

  it('keeps no check-ins inside the placement: an array field would keep one device’s additions only', () => {
    expect('checkIns' in ENTITY_SCHEMAS.trialPlacements.shape).toBe(false);
  });
});

describe('success fee', () => {
  const schema = ENTITY_SCHEMAS.successFees;

  it('requires the invoice date once invoiced and the payment date once paid', () => {
    expect(issues(schema, { ...buildSuccessFee({ status: 'invoiced' }), invoicedOn: '' })).toEqual([
      ['invoicedOn', 'required'],
    ]);
    expect(issues(schema, { ...buildSuccessFee({ status: 'paid' }), paidOn: '' })).toEqual([['paidOn', 'required']]);
  });

  it('rejects a payment dated before its invoice', () => {
    const fee = buildSuccessFee({ status: 'paid', invoicedOn: '2026-04-30', paidOn: '2026-05-20' });
    expect(issues(schema, { ...fee, paidOn: '2026-04-01' })).toEqual([['paidOn', 'end_before_start']]);
  });

  it('rejects a negative or fractional amount', () => {
    expect(issues(schema, { ...buildSuccessFee(), amount: -1 })).toEqual([['amount', 'not_negative']]);
    expect(issues(schema, { ...buildSuccessFee(), amount: 100.5 })).toEqual([['amount', 'integer']]);
  });
});

describe('schools, students, internships and attendance', () => {
  it('lets a school leave its phone empty but not give a bad one', () => {
    expect(ENTITY_SCHEMAS.schools.safeParse(buildSchool({ phone: '' })).success).toBe(true);
    expect(issues(ENTITY_SCHEMAS.schools, { ...buildSchool(), phone: 'abc' })).toEqual([['phone', 'phone']]);
  });

  it('allows grades 1 to 3 in high school and up to 6 at university', () => {
    const schema = ENTITY_SCHEMAS.students;
    expect(issues(schema, { ...buildStudent(), kind: 'high_school', grade: 4 })).toEqual([['grade', 'grade']]);
    expect(schema.safeParse({ ...buildStudent(), kind: 'university', grade: 4 }).success).toBe(true);
    expect(issues(schema, { ...buildStudent(), kind: 'university', grade: 7 })).toEqual([['grade', 'grade']]);
    expect(issues(schema, { ...buildStudent(), grade: 0 })).toEqual([['grade', 'grade']]);
  });

  it('rejects an internship that ends before it starts and a programme id that is not a UUID', () => {
    const schema = ENTITY_SCHEMAS.internships;
    expect(issues(schema, { ...buildInternship(), startDate: '2026-07-15', endDate: '2026-07-14' })).toEqual([
      ['endDate', 'end_before_start'],
    ]);
    expect(schema.safeParse({ ...buildInternship(), programmeId: '' }).success).toBe(true);
    expect(issues(schema, { ...buildInternship(), programmeId: 'p-1' })).toEqual([['programmeId', 'invalid_id']]);
  });

  it('accepts only the five attendance marks', () => {
    for (const mark of ['present', 'absent', 'late', 'left_early', 'excused'])
      expect(ENTITY_SCHEMAS.attendance.safeParse({ ...buildAttendance(), mark }).success, mark).toBe(true);
    expect(ENTITY_SCHEMAS.attendance.safeParse({ ...buildAttendance(), mark: 'sick' }).success).toBe(false);
  });
});
