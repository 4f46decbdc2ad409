/**
 * The domain model: the one definition of every record the product holds. Forms validate with the
 * `*FieldsSchema` (what a person edits), Dexie and the server with the `*Schema` (fields + sync meta).
 * Cross-field rules (end after start, a hire needs a hire date) live in one `check*` function per
 * entity, applied to both, so the form and the server can never disagree.
 */
import { z } from 'zod';
import {
  ATTENDANCE_MARKS,
  COMPANY_STATUSES,
  CHECK_IN_WITH,
  CONSENT_METHODS,
  CONSENT_SCOPES,
  EMPLOYMENT_TYPES,
  COUNSELLING_METHODS,
  FEE_STATUSES,
  GENDERS,
  INDUSTRIES,
  INTERNSHIP_STATUSES,
  INTEREST_LEVELS,
  LEAVE_REASONS,
  PLACEMENT_KINDS,
  PROVISION_ITEMS,
  PROVISION_PURPOSES,
  RETENTION_MILESTONES,
  RETENTION_OUTCOMES,
  SEEKER_STATUSES,
  SESSION_KINDS,
  STUDENT_KINDS,
  STUDENT_PLANS,
  TOWNS,
  TRIAL_END_REASONS,
  TRIAL_PROGRESS,
  TRIAL_STATUSES,
  VISIT_PURPOSES,
  WAGE_UNITS,
} from './codes';
import {
  idSchema,
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
  yenSchema,
} from './fields';

const townSchema = z.enum(TOWNS, { error: 'required' });
const industrySchema = z.enum(INDUSTRIES, { error: 'required' });
const optionalDateSchema = z.union([z.literal(''), isoDateSchema]).default('');
const optionalTimeSchema = z.union([z.literal(''), z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/u, { error: 'invalid_time' })]).default('');
/** A user id of the staff member in charge ('' = nobody yet); ids, not names: names change. */
const staffUserIdSchema = z.string().max(100).default('');
const optionalIdSchema = z.union([z.literal(''), idSchema]).default('');
const optionalCode = <T extends readonly [string, ...string[]]>(codes: T) => z.union([z.literal(''), z.enum(codes)]).default('');

type Ctx = z.core.$RefinementCtx;
const after = (ctx: Ctx, start: string, end: string, path: string) => {
  if (start && end && end < start) ctx.addIssue({ code: 'custom', message: 'end_before_start', path: [path] });
};

/**
 * Each stored-record schema's cross-field check alone, as a schema that takes an already parsed
 * record: the server's push validates the fields a patch changed and then only this
 * (sync/core/validate-record.ts), instead of parsing the whole merged record again.
 */
const RECORD_CHECKS = new WeakMap<z.ZodType, z.ZodType>();

/** The cross-field check of a stored-record schema from ENTITY_SCHEMAS (undefined: it has none). */
export const recordCheckOf = (schema: z.ZodType): z.ZodType | undefined => RECORD_CHECKS.get(schema);

/** Builds the pair (form schema, stored-record schema) from one field list and one cross-field check. */
function entity<Shape extends z.ZodRawShape>(shape: Shape, check?: (value: z.output<z.ZodObject<Shape>>, ctx: Ctx) => void) {
  const fields = z.object(shape);
  const record = recordMetaSchema.extend(shape);
  const checked = check ? record.superRefine((v, ctx) => check(v as z.output<z.ZodObject<Shape>>, ctx)) : record;
  if (check) RECORD_CHECKS.set(checked, z.unknown().superRefine((v, ctx) => check(v as z.output<z.ZodObject<Shape>>, ctx)));
  return {
    fields: check ? fields.superRefine((v, ctx) => check(v, ctx)) : fields,
    record: checked,
    shape: fields,
  };
}

// 求職者 ----------------------------------------------------------------------------------------
const seeker = entity({
  familyName: requiredText(40),
  givenName: requiredText(40),
  familyNameKana: readingSchema,
  givenNameKana: readingSchema,
  birthDate: isoDateSchema,
  gender: z.enum(GENDERS).default('unanswered'),
  town: townSchema,
  postalCode: optionalPostalCodeSchema,
  address: optionalText(200),
  phone: phoneSchema,
  email: optionalEmailSchema,
  desiredIndustries: z.array(industrySchema).max(INDUSTRIES.length).default([]),
  status: z.enum(SEEKER_STATUSES).default('registered'),
  registeredOn: isoDateSchema,
  /** 利用目的 notice acknowledged: APPI requires it before anything is stored. */
  consentDataUse: z.literal(true, { error: 'consent_required' }),
  notes: optionalText(2000),
});
export const seekerFieldsSchema = seeker.fields;
export const seekerSchema = seeker.record;
export type SeekerFields = z.input<typeof seekerFieldsSchema>;
export type Seeker = z.output<typeof seekerSchema>;

// 相談記録 --------------------------------------------------------------------------------------
const counsellingRecord = entity({
  seekerId: idSchema,
  date: isoDateSchema,
  staffName: requiredText(40),
  method: z.enum(COUNSELLING_METHODS).default('in_person'),
  summary: requiredText(4000),
  nextAction: optionalText(500),
});
export const counsellingRecordFieldsSchema = counsellingRecord.fields;
export const counsellingRecordSchema = counsellingRecord.record;
export type CounsellingRecord = z.output<typeof counsellingRecordSchema>;

// 受入企業 --------------------------------------------------------------------------------------
const company = entity({
  name: requiredText(100),
  nameKana: readingSchema,
  industry: industrySchema,
  town: townSchema,
  postalCode: optionalPostalCodeSchema,
  address: requiredText(200),
  phone: phoneSchema,
  contactPerson: requiredText(40),
  /** How many trial workers the company can take at once. */
  capacity: z.number({ error: 'number' }).int({ error: 'integer' }).min(0, { error: 'not_negative' }).max(999),
  conditions: optionalText(2000),
  status: z.enum(COMPANY_STATUSES).default('prospect'),
  nextVisitDue: optionalDateSchema,
  /** 担当コーディネーター: whose day list the company's due visits appear on. */
  coordinatorUserId: staffUserIdSchema,
});
export const companyFieldsSchema = company.fields;
export const companySchema = company.record;
export type CompanyFields = z.input<typeof companyFieldsSchema>;
export type Company = z.output<typeof companySchema>;

// 企業訪問 --------------------------------------------------------------------------------------
const companyVisit = entity(
  {
    companyId: idSchema,
    date: isoDateSchema,
    time: optionalTimeSchema,
    coordinatorName: requiredText(40),
    purpose: z.enum(VISIT_PURPOSES, { error: 'required' }),
    /** 面会者: whom the coordinator met (names and roles as said at the visit). */
    peopleMet: optionalText(200),
    notes: optionalText(4000),
    nextAction: optionalText(500),
    /** The next action's due date, which is also when the company is next due a visit. */
    nextVisitDate: optionalDateSchema,
  },
  (v, ctx) => after(ctx, v.date, v.nextVisitDate, 'nextVisitDate'),
);
export const companyVisitFieldsSchema = companyVisit.fields;
export const companyVisitSchema = companyVisit.record;
export type CompanyVisitFields = z.input<typeof companyVisitFieldsSchema>;
export type CompanyVisit = z.output<typeof companyVisitSchema>;

// 求人 (a host company's trial opening; also the 求人管理簿's lines) --------------------------------------
const opening = entity(
  {
    companyId: idSchema,
    /** 職種 */
    jobType: requiredText(100),
    industry: industrySchema,
    jobContent: requiredText(2000),
    /** 就業場所: the town (for matching and the ledger) and the place itself. */
    town: townSchema,
    workplace: optionalText(200),
    workingHours: requiredText(100),
    workingDays: requiredText(100),
    wageUnit: z.enum(WAGE_UNITS, { error: 'required' }),
    wageAmount: yenSchema,
    /** How many trial workers the opening takes. */
    places: z.number({ error: 'number' }).int({ error: 'integer' }).min(1, { error: 'places' }).max(99, { error: 'places' }),
    /** 受付年月日 and 有効期間 (valid through this date). */
    receivedOn: isoDateSchema,
    validUntil: isoDateSchema,
    /** Closed early (filled or withdrawn by the company); '' while open. */
    closedOn: optionalDateSchema,
    notes: optionalText(2000),
  },
  (v, ctx) => {
    after(ctx, v.receivedOn, v.validUntil, 'validUntil');
    after(ctx, v.receivedOn, v.closedOn, 'closedOn');
  },
);
export const openingFieldsSchema = opening.fields;
export const openingSchema = opening.record;
export type OpeningFields = z.input<typeof openingFieldsSchema>;
export type Opening = z.output<typeof openingSchema>;

// トライアルワーク -------------------------------------------------------------------------------
const trialPlacement = entity(
  {
    seekerId: idSchema,
    companyId: idSchema,
    /** A trial towards employment, or a university student's short stay in the holidays (see PLACEMENT_KINDS). */
    kind: z.enum(PLACEMENT_KINDS).default('trial'),
    /** The opening the trial fills ('' for one arranged outside an opening). */
    openingId: optionalIdSchema,
    jobTitle: requiredText(100),
    jobContent: optionalText(2000),
    workingHours: optionalText(100),
    wage: optionalText(100),
    startDate: isoDateSchema,
    endDate: isoDateSchema,
    status: z.enum(TRIAL_STATUSES).default('proposed'),
    hiredOn: optionalDateSchema,
    employmentType: optionalCode(EMPLOYMENT_TYPES),
    endReason: optionalCode(TRIAL_END_REASONS),
    /** 職場環境の改善: what the company can improve, from the trial; the programme promises companies this. */
    employerFeedback: optionalText(4000),
    /** Why the placement goes beyond its opening's places (required only then: see src/domain/cross-record.ts). */
    overPlacesReason: optionalText(500),
    /** 担当コーディネーター: whose day list the trial's due items appear on. */
    coordinatorUserId: staffUserIdSchema,
  },
  (v, ctx) => {
    after(ctx, v.startDate, v.endDate, 'endDate');
    if (v.status === 'hired' && !v.hiredOn) ctx.addIssue({ code: 'custom', message: 'required', path: ['hiredOn'] });
    if (v.status === 'hired' && !v.employmentType) ctx.addIssue({ code: 'custom', message: 'required', path: ['employmentType'] });
    if (v.status === 'hired') after(ctx, v.startDate, v.hiredOn, 'hiredOn');
    if ((v.status === 'not_hired' || v.status === 'withdrawn') && !v.endReason)
      ctx.addIssue({ code: 'custom', message: 'required', path: ['endReason'] });
  },
);
export const trialPlacementFieldsSchema = trialPlacement.fields;
export const trialPlacementSchema = trialPlacement.record;
export type TrialPlacementFields = z.input<typeof trialPlacementFieldsSchema>;
export type TrialPlacement = z.output<typeof trialPlacementSchema>;

// 成功報酬 --------------------------------------------------------------------------------------
const successFee = entity(
  {
    placementId: idSchema,
    amount: yenSchema,
    status: z.enum(FEE_STATUSES).default('not_invoiced'),
    invoicedOn: optionalDateSchema,
    paidOn: optionalDateSchema,
    note: optionalText(500),
  },
  (v, ctx) => {
    if (v.status !== 'not_invoiced' && !v.invoicedOn) ctx.addIssue({ code: 'custom', message: 'required', path: ['invoicedOn'] });
    if (v.status === 'paid' && !v.paidOn) ctx.addIssue({ code: 'custom', message: 'required', path: ['paidOn'] });
    after(ctx, v.invoicedOn, v.paidOn, 'paidOn');
  },
);
export const successFeeFieldsSchema = successFee.fields;
export const successFeeSchema = successFee.record;
export type SuccessFeeFields = z.input<typeof successFeeFieldsSchema>;
export type SuccessFee = z.output<typeof successFeeSchema>;

// 事業設定 (per fiscal year: the success fee, the programme's cost for the report) ----------------------
const programmeSetting = entity({
  /** April–March; one record per year, its id derived from the year (src/shared/ids.ts). */
  fiscalYear: z.number({ error: 'number' }).int({ error: 'integer' }).min(2019).max(2100),
  /** 成功報酬額 per hire, yen. */
  successFeeAmount: yenSchema,
  /** 事業費 for the year, yen (the report's share of costs covered by fees). */
  programmeCost: yenSchema,
});
export const programmeSettingFieldsSchema = programmeSetting.fields;
export const programmeSettingSchema = programmeSetting.record;
export type ProgrammeSetting = z.output<typeof programmeSettingSchema>;

// 高等学校 --------------------------------------------------------------------------------------
const school = entity({
  name: requiredText(100),
  nameKana: readingSchema,
  town: townSchema,
  teacherInCharge: requiredText(40),
  phone: optionalPhoneSchema,
});
export const schoolFieldsSchema = school.fields;
export const schoolSchema = school.record;
export type School = z.output<typeof schoolSchema>;

const gradeSchema = z.number({ error: 'number' }).int({ error: 'integer' }).min(1, { error: 'grade' }).max(6, { error: 'grade' });

// 生徒 ------------------------------------------------------------------------------------------
const student = entity(
  {
    schoolId: idSchema,
    kind: z.enum(STUDENT_KINDS).default('high_school'),
    familyName: requiredText(40),
    givenName: requiredText(40),
    familyNameKana: readingSchema,
    givenNameKana: readingSchema,
    grade: gradeSchema,
    className: optionalText(20),
    /** 出席番号 within the class; null = not given (a school's list may lack it). */
    number: z.number({ error: 'number' }).int({ error: 'integer' }).min(1, { error: 'student_number' }).max(99, { error: 'student_number' }).nullable().default(null),
    /** 卒業後の進路希望 */
    plan: z.enum(STUDENT_PLANS).default('undecided'),
  },
  (v, ctx) => {
    if (v.kind === 'high_school' && v.grade > 3) ctx.addIssue({ code: 'custom', message: 'grade', path: ['grade'] });
  },
);
export const studentFieldsSchema = student.fields;
export const studentSchema = student.record;
export type Student = z.output<typeof studentSchema>;

// インターンシップ・プログラム (a school's year: pre-learning → internship → post-learning) -----------
const internshipProgramme = entity({
  schoolId: idSchema,
  fiscalYear: z.number().int().min(2020).max(2100),
  title: requiredText(100),
  notes: optionalText(2000),
});
export const internshipProgrammeFieldsSchema = internshipProgramme.fields;
export const internshipProgrammeSchema = internshipProgramme.record;
export type InternshipProgramme = z.output<typeof internshipProgrammeSchema>;

/** One class or internship day; `schoolId` is copied from the programme so scoping needs no join. */
const programmeSession = entity(
  {
    programmeId: idSchema,
    schoolId: idSchema,
    kind: z.enum(SESSION_KINDS),
    date: isoDateSchema,
    title: requiredText(100),
    startTime: optionalTimeSchema,
    endTime: optionalTimeSchema,
    place: optionalText(100),
    /** The host company of an internship day ('' for classes at school, or not chosen yet). */
    companyId: optionalIdSchema,
    notes: optionalText(2000),
  },
  (v, ctx) => {
    if (v.startTime !== '' && v.endTime !== '' && v.endTime <= v.startTime) ctx.addIssue({ code: 'custom', message: 'end_before_start', path: ['endTime'] });
  },
);
export const programmeSessionFieldsSchema = programmeSession.fields;
export const programmeSessionSchema = programmeSession.record;
export type ProgrammeSession = z.output<typeof programmeSessionSchema>;

// インターンシップ (student × host company × dates) ---------------------------------------------------
const internship = entity(
  {
    studentId: idSchema,
    schoolId: idSchema,
    companyId: idSchema,
    programmeId: z.union([z.literal(''), idSchema]).default(''),
    startDate: isoDateSchema,
    endDate: isoDateSchema,
    status: z.enum(INTERNSHIP_STATUSES).default('planned'),
    notes: optionalText(2000),
  },
  (v, ctx) => after(ctx, v.startDate, v.endDate, 'endDate'),
);
export const internshipFieldsSchema = internship.fields;
export const internshipSchema = internship.record;
export type Internship = z.output<typeof internshipSchema>;

// 出欠 ------------------------------------------------------------------------------------------
/**
 * One mark per (session, student). Two teachers marking the same pair offline must hit the same
 * record, so its id is derived from the pair (see attendanceId in ./ids) rather than random.
 */
const attendance = entity({
  sessionId: idSchema,
  studentId: idSchema,
  schoolId: idSchema,
  /** '' = cleared: a mark is taken back by clearing it, never by deleting the record. */
  mark: z.union([z.literal(''), z.enum(ATTENDANCE_MARKS)]),
  note: optionalText(500),
});
export const attendanceFieldsSchema = attendance.fields;
export const attendanceSchema = attendance.record;
export type Attendance = z.output<typeof attendanceSchema>;

// 参加生徒 (a student taking part in a programme) -------------------------------------------------------
/**
 * Who takes part in a programme: its classes' roster. A record of its own per (programme, student), id
 * derived from the pair (participantId in ./ids), so two people adding the same student offline meet on
 * one record; taken back by `withdrawn`, never deleted (attendance already given keeps its student).
 * An internship day's roster is narrower: the participants with an internship at its host that day.
 */
const programmeParticipant = entity({
  programmeId: idSchema,
  studentId: idSchema,
  schoolId: idSchema,
  withdrawn: z.boolean().default(false),
});
export const programmeParticipantFieldsSchema = programmeParticipant.fields;
export const programmeParticipantSchema = programmeParticipant.record;
export type ProgrammeParticipant = z.output<typeof programmeParticipantSchema>;

// 事後学習の進路記録 (post-learning: one per student and programme) ---------------------------------------
/**
 * Whether the internship raised the student's interest in working locally. One record per (programme,
 * student), its id derived from the pair (careerPlanId in ./ids), so two teachers writing it offline
 * meet on one record.
 */
const interestSchema = z.union(
  INTEREST_LEVELS.map((n) => z.literal(n)) as unknown as [z.ZodLiteral<1>, z.ZodLiteral<2>, ...z.ZodLiteral<number>[]],
  { error: 'interest' },
);
const careerPlan = entity({
  programmeId: idSchema,
  studentId: idSchema,
  schoolId: idSchema,
  /** 地元で働くことへの関心 before the internship (1–5; null = not asked). */
  interestBefore: interestSchema.nullable().default(null),
  /** … and after it. */
  interestAfter: interestSchema.nullable().default(null),
  industries: z.array(industrySchema).max(INDUSTRIES.length).default([]),
  comment: optionalText(1000),
});
export const careerPlanFieldsSchema = careerPlan.fields;
export const careerPlanSchema = careerPlan.record;
export type CareerPlan = z.output<typeof careerPlanSchema>;

// 確認記録 (check-in during a trial) -----------------------------------------------------------------
/** A record of its own, never an array in the placement: two coordinators adding one offline both keep theirs. */
const checkIn = entity({
  placementId: idSchema,
  date: isoDateSchema,
  staffName: requiredText(40),
  withWhom: z.enum(CHECK_IN_WITH).default('both'),
  progress: z.enum(TRIAL_PROGRESS).default('good'),
  /** How it is going, in the coordinator's words. */
  note: requiredText(1000),
  concerns: optionalText(1000),
});
export const checkInFieldsSchema = checkIn.fields;
export const checkInSchema = checkIn.record;
export type CheckInFields = z.input<typeof checkInFieldsSchema>;
export type CheckIn = z.output<typeof checkInSchema>;

// 定着確認 (retention after a hire) -------------------------------------------------------------------
const retentionCheck = entity(
  {
    placementId: idSchema,
    milestone: z.enum(RETENTION_MILESTONES),
    date: isoDateSchema,
    outcome: z.enum(RETENTION_OUTCOMES),
    leftReason: optionalCode(LEAVE_REASONS),
    staffName: requiredText(40),
    note: optionalText(1000),
  },
  (v, ctx) => {
    if (v.outcome === 'left' && !v.leftReason) ctx.addIssue({ code: 'custom', message: 'required', path: ['leftReason'] });
  },
);
export const retentionCheckFieldsSchema = retentionCheck.fields;
export const retentionCheckSchema = retentionCheck.record;
export type RetentionCheckFields = z.input<typeof retentionCheckFieldsSchema>;
export type RetentionCheck = z.output<typeof retentionCheckSchema>;

// 第三者提供の同意 (consent to give a seeker's data to host companies) ----------------------------------
const consent = entity(
  {
    seekerId: idSchema,
    date: isoDateSchema,
    takenBy: requiredText(40),
    method: z.enum(CONSENT_METHODS),
    scope: z.enum(CONSENT_SCOPES),
    /** The companies consented to when `scope` is 'named'. One person's choice, so an array is safe here. */
    companyIds: z.array(idSchema).max(100).default([]),
    withdrawnOn: optionalDateSchema,
    note: optionalText(500),
  },
  (v, ctx) => {
    if (v.scope === 'named' && v.companyIds.length === 0) ctx.addIssue({ code: 'custom', message: 'choose_company', path: ['companyIds'] });
    after(ctx, v.date, v.withdrawnOn, 'withdrawnOn');
  },
);
export const consentFieldsSchema = consent.fields;
export const consentSchema = consent.record;
export type Consent = z.output<typeof consentSchema>;

// 第三者提供記録 (each provision of a seeker's data to a company; written by the rules, not by a person) --
const provision = entity({
  seekerId: idSchema,
  companyId: idSchema,
  date: isoDateSchema,
  purpose: z.enum(PROVISION_PURPOSES),
  items: z.array(z.enum(PROVISION_ITEMS)).max(PROVISION_ITEMS.length),
  /** The placement that caused it ('' for a referral outside a placement). */
  placementId: z.union([z.literal(''), idSchema]).default(''),
  /** The user who made the provision (user id, not a name: the audit resolves it). */
  staffUserId: requiredText(100),
});
export const provisionSchema = provision.record;
export type Provision = z.output<typeof provisionSchema>;

// 状態の履歴 (who moved which status when; written by the rules on every status change) ----------------
const statusChange = entity({
  entity: requiredText(40),
  recordId: idSchema,
  field: requiredText(40),
  from: z.string().max(40),
  to: z.string().max(40),
  /** A closed status was opened again by a person allowed to. */
  reopened: z.boolean().default(false),
  changedAt: isoDateTimeSchema,
  userId: requiredText(100),
});
export const statusChangeSchema = statusChange.record;
export type StatusChange = z.output<typeof statusChangeSchema>;

// 管理簿の保存 (a deleted seeker's 求職管理簿 line, kept for the law's two years; written by the erasure) ----
/**
 * Deleting a seeker blanks every personal field, but the 求職管理簿 must keep the seeker's line for two
 * years after it is completed (職業安定法 第32条の15, 施行規則 第24条の7). This record keeps exactly the
 * ledger's personal items (氏名, 住所, 生年月日) and nothing else, its id derived from the seeker's
 * (ledgerHoldId in ./ids); admins alone receive it, and the server erases it once `keepUntil` has passed.
 * Plain strings, not required ones: once erased the record is a blank tombstone.
 */
const ledgerHold = entity({
  seekerId: idSchema,
  familyName: z.string().max(40).default(''),
  givenName: z.string().max(40).default(''),
  postalCode: z.string().max(8).default(''),
  address: z.string().max(200).default(''),
  birthDate: optionalDateSchema,
  /** The day the seeker was deleted. */
  heldOn: isoDateSchema,
  /** Two years after `heldOn`: the server erases the record on the first day after it. */
  keepUntil: isoDateSchema,
});
export const ledgerHoldSchema = ledgerHold.record;
export type LedgerHold = z.output<typeof ledgerHoldSchema>;

/** Every synced entity by its table name: the registry Dexie, sync and the server iterate over. */
export const ENTITY_SCHEMAS = {
  seekers: seekerSchema,
  counsellingRecords: counsellingRecordSchema,
  companies: companySchema,
  companyVisits: companyVisitSchema,
  openings: openingSchema,
  trialPlacements: trialPlacementSchema,
  successFees: successFeeSchema,
  programmeSettings: programmeSettingSchema,
  schools: schoolSchema,
  students: studentSchema,
  internshipProgrammes: internshipProgrammeSchema,
  programmeSessions: programmeSessionSchema,
  internships: internshipSchema,
  attendance: attendanceSchema,
  programmeParticipants: programmeParticipantSchema,
  careerPlans: careerPlanSchema,
  checkIns: checkInSchema,
  retentionChecks: retentionCheckSchema,
  consents: consentSchema,
  provisions: provisionSchema,
  statusChanges: statusChangeSchema,
  ledgerHolds: ledgerHoldSchema,
} as const;
export type EntityName = keyof typeof ENTITY_SCHEMAS;
export const ENTITY_NAMES = Object.keys(ENTITY_SCHEMAS) as EntityName[];
export const entityNameSchema = z.enum(ENTITY_NAMES as [EntityName, ...EntityName[]]);
export type EntityRecord<E extends EntityName> = z.output<(typeof ENTITY_SCHEMAS)[E]>;
