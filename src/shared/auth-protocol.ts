/**
 * Sign-in, session and admin wire shapes, defined once for the app and the sync server.
 *
 * Session contract (the server is the authority, the client only follows):
 * - POST /api/auth/login {loginId, password, clientId} sets an httpOnly cookie (`SESSION_COOKIE`,
 *   Path=/api, SameSite=Strict) and answers `SessionResponse`. The session is bound to that clientId:
 *   later sync requests must carry the same clientId. It ends after `SESSION_IDLE_SECONDS` without use
 *   or `SESSION_ABSOLUTE_SECONDS` after sign-in, whichever comes first, or when revoked.
 * - Every state-changing request (POST/PATCH/PUT/DELETE under /api) must send `CLIENT_HEADER: 1`,
 *   `Content-Type: application/json`, and come from the app's own origin (Origin / Sec-Fetch-Site);
 *   otherwise 403 'csrf' (415 'unsupported-media-type' for another body type).
 * - 401 'unauthenticated': sign in again. 403 'device-revoked': this device was revoked by an admin;
 *   wipe every local record and the outbox, forget the clientId, show the sign-in screen.
 *   429 'too-many-attempts' carries Retry-After (seconds).
 * The scope fingerprint is explained in sync-protocol.ts.
 */
import { z } from 'zod';
import { entityNameSchema } from './entities';
import { idSchema, isoDateTimeSchema, requiredText } from './fields';
import { clientIdSchema, unsentSummarySchema } from './sync-protocol';

export const ROLES = ['admin', 'coordinator', 'counter', 'teacher'] as const;
export const roleSchema = z.enum(ROLES);
export type Role = z.infer<typeof roleSchema>;

export const SESSION_COOKIE = 'field_session';
/** A custom header a cross-site form or <img> cannot send: half of the CSRF check. */
export const CLIENT_HEADER = 'X-Field-Client';
export const CLIENT_HEADER_VALUE = '1';
/** 12 h idle: a working day with breaks; 7 days absolute: re-enter the password at least weekly. */
export const SESSION_IDLE_SECONDS = 12 * 60 * 60;
export const SESSION_ABSOLUTE_SECONDS = 7 * 24 * 60 * 60;

/** Login ids are case- and width-insensitive (ＡＤＭＩＮ = admin); stored normalised. */
export const normalizeLoginId = (raw: string) => raw.normalize('NFKC').trim().toLowerCase();
export const loginIdSchema = z
  .string()
  .max(200, { error: 'too_long' })
  .transform(normalizeLoginId)
  .pipe(z.string().regex(/^[a-z0-9][a-z0-9._@-]{2,63}$/u, { error: 'login_id' }));

/** New passwords: long enough to resist guessing offline; bounded so hashing stays cheap to refuse. */
export const newPasswordSchema = z.string().min(10, { error: 'password_too_short' }).max(200, { error: 'too_long' });

export const loginRequestSchema = z.object({
  loginId: loginIdSchema,
  // No policy here: a login must not reveal the password rules; only a bound.
  password: z.string().min(1, { error: 'required' }).max(1024, { error: 'too_long' }),
  clientId: clientIdSchema,
});
export type LoginRequest = z.infer<typeof loginRequestSchema>;

export const sessionUserSchema = z.object({
  userId: idSchema,
  loginId: z.string(),
  displayName: z.string(),
  role: roleSchema,
  /** Set for teachers only: the one school they see. */
  schoolId: z.union([idSchema, z.null()]),
});
export type SessionUser = z.infer<typeof sessionUserSchema>;

export const sessionResponseSchema = z.object({
  status: z.literal('ok'),
  user: sessionUserSchema,
  clientId: clientIdSchema,
  /** Same value as in pull/snapshot responses; see sync-protocol.ts. */
  scopeFingerprint: z.string(),
  /** When the session ends at the latest (absolute limit); idle expiry comes earlier if unused. */
  expiresAt: isoDateTimeSchema,
});
export type SessionResponse = z.infer<typeof sessionResponseSchema>;

/**
 * POST /api/auth/device-key (session): the key the server holds for the signed-in user on the
 * session's device: 32 random bytes, base64. The device wraps its data key with it, so an online
 * sign-in opens the data after a forgotten passcode. Made at the first call for that user and device,
 * the same on every later one; deleted when the device is revoked.
 */
export const deviceKeyResponseSchema = z.object({ status: z.literal('ok'), deviceKey: z.string().regex(/^[A-Za-z0-9+/]{43}=$/u) });
export type DeviceKeyResponse = z.infer<typeof deviceKeyResponseSchema>;

// Admin: users ----------------------------------------------------------------------------------
export const adminUserSchema = sessionUserSchema.extend({
  disabled: z.boolean(),
  createdAt: isoDateTimeSchema,
  updatedAt: isoDateTimeSchema,
});
export type AdminUser = z.infer<typeof adminUserSchema>;

/** A teacher sees one school, so has exactly one; other roles see no school-bound view. */
export const checkTeacherSchool = (v: { role?: Role | undefined; schoolId?: string | null | undefined }, ctx: z.core.$RefinementCtx) => {
  if (v.role === 'teacher' && !v.schoolId) ctx.addIssue({ code: 'custom', message: 'required', path: ['schoolId'] });
  if (v.role !== undefined && v.role !== 'teacher' && v.schoolId) ctx.addIssue({ code: 'custom', message: 'teacher_only', path: ['schoolId'] });
};

export const createUserRequestSchema = z
  .object({
    loginId: loginIdSchema,
    displayName: requiredText(40),
    role: roleSchema,
    schoolId: z.union([idSchema, z.null()]).default(null),
    password: newPasswordSchema,
  })
  .superRefine(checkTeacherSchool);
export type CreateUserRequest = z.infer<typeof createUserRequestSchema>;

/** Fields left out stay as they are; the server re-checks teacher ⇔ school on the merged user. */
export const updateUserRequestSchema = z
  .object({
    displayName: requiredText(40).optional(),
    role: roleSchema.optional(),
    schoolId: z.union([idSchema, z.null()]).optional(),
    disabled: z.boolean().optional(),
  })
  .refine((v) => Object.keys(v).length > 0, { error: 'empty' });
export type UpdateUserRequest = z.infer<typeof updateUserRequestSchema>;

export const resetPasswordRequestSchema = z.object({ password: newPasswordSchema });

export const userListResponseSchema = z.object({ status: z.literal('ok'), users: z.array(adminUserSchema) });
export const userResponseSchema = z.object({ status: z.literal('ok'), user: adminUserSchema });

// Admin: devices --------------------------------------------------------------------------------
export const deviceSchema = z.object({
  clientId: clientIdSchema,
  /** The user who last used the device. */
  userId: z.string(),
  lastSeen: isoDateTimeSchema,
  revokedAt: z.union([isoDateTimeSchema, z.null()]),
  /** Server time of the device's last completed sync run and what it still held then; null before its first report. */
  lastSyncAt: z.union([isoDateTimeSchema, z.null()]),
  unsent: z.union([unsentSummarySchema, z.null()]),
});
export type Device = z.infer<typeof deviceSchema>;
export const deviceListResponseSchema = z.object({ status: z.literal('ok'), devices: z.array(deviceSchema) });

// Admin: audit trail ----------------------------------------------------------------------------
/**
 * One pushed mutation on a record. Only the names of the changed fields are kept, not their values:
 * the record holds the current values, and copying personal data into a log would multiply what an
 * APPI deletion or disclosure request has to cover (README.md, Decisions worth knowing).
 */
export const auditEntrySchema = z.object({
  mutationId: idSchema,
  entity: entityNameSchema,
  recordId: idSchema,
  userId: z.string(),
  /** The user's display name now (null for a user that no longer exists or pre-auth pushes). */
  userName: z.union([z.string(), z.null()]),
  clientId: z.string(),
  op: z.union([z.enum(['upsert', 'delete', 'restore']), z.null()]),
  result: z.enum(['applied', 'rejected']),
  reason: z.union([z.string(), z.null()]),
  clientTime: z.union([isoDateTimeSchema, z.null()]),
  serverTime: isoDateTimeSchema,
  fields: z.array(z.string()),
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;
export const auditResponseSchema = z.object({ status: z.literal('ok'), entries: z.array(auditEntrySchema) });
