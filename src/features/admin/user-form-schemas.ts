/**
 * Form schemas for the admin user screens. They reuse the shared field rules (login id, password
 * length) so the form says what the server would, but differ in two ways: the school <select> gives ''
 * for "none", and a school left selected for a non-teacher is dropped on submit (toRequestSchool)
 * instead of being an error the admin has to clear by hand. The server re-checks teacher ⇔ school.
 */
import { z } from 'zod';
import { loginIdSchema, newPasswordSchema, roleSchema, type Role } from '../../shared/auth-protocol';
import { requiredText } from '../../shared/fields';

const schoolField = z.string();

/** Runs even when other fields are invalid (`when`), so every error shows after the first submit. */
const teacherNeedsSchool = (v: { role: Role; schoolId: string }, ctx: z.core.$RefinementCtx) => {
  if (v.role === 'teacher' && !v.schoolId) ctx.addIssue({ code: 'custom', message: 'school_required', path: ['schoolId'] });
};
const always = { when: () => true };

export const createUserFormSchema = z
  .object({
    loginId: loginIdSchema,
    displayName: requiredText(40),
    role: roleSchema,
    schoolId: schoolField,
    password: newPasswordSchema,
  })
  .superRefine(teacherNeedsSchool, always);
export type CreateUserFormInput = z.input<typeof createUserFormSchema>;
export type CreateUserFormOutput = z.output<typeof createUserFormSchema>;

export const editUserFormSchema = z
  .object({ role: roleSchema, schoolId: schoolField, disabled: z.boolean() })
  .superRefine(teacherNeedsSchool, always);
export type EditUserFormInput = z.input<typeof editUserFormSchema>;
export type EditUserFormOutput = z.output<typeof editUserFormSchema>;

export const resetPasswordFormSchema = z.object({ password: newPasswordSchema });

export const toRequestSchool = (role: Role, schoolId: string): string | null => (role === 'teacher' && schoolId ? schoolId : null);
