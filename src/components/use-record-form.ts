/**
 * The form state of a record editor (the forms rendered by record-editor-screen.tsx): the shared zod
 * schema validates on submit and then as fields change (SUBMIT_FIRST: no layout shift under a finger
 * before the tap), a failed submit focuses the first field in error as the screen orders them
 * (form-submit.ts), unsaved input holds back a service-worker reload (unsaved-guard.ts),
 * `err` turns a zod issue message into text in the chosen language, and a domain rule's refusal is set
 * on its field.
 */
import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect } from 'react';
import { useForm, type DefaultValues, type FieldValues, type Path } from 'react-hook-form';
import type { z } from 'zod';
import { errorKey, useI18n } from '../lib/i18n/i18n';
import { useUnsavedChanges } from './ui/unsaved-guard';
import { SUBMIT_FIRST, useFocusFirstError } from './form-submit';

/** A domain rule's refusal of the last save, shown next to its field (src/domain, via record-editor-screen.tsx). */
export type RuleFieldError = { field: string; message: string };

const RULE_PREFIX = 'rule:';

export function useRecordForm<Input extends FieldValues, Output extends FieldValues>(schema: z.ZodType<Output, Input>, defaultValues: DefaultValues<Input>, ruleError?: RuleFieldError) {
  const { t } = useI18n();
  const form = useForm<Input, unknown, Output>({ resolver: zodResolver(schema), defaultValues, ...SUBMIT_FIRST });
  const handleSubmit = useFocusFirstError(form);
  useUnsavedChanges(form.formState.isDirty);
  const { setError, setFocus } = form;
  useEffect(() => {
    if (!ruleError) return;
    setError(ruleError.field as Path<Input>, { type: 'rule', message: `${RULE_PREFIX}${ruleError.message}` });
    setFocus(ruleError.field as Path<Input>);
  }, [ruleError, setError, setFocus]);
  // A rule's message is already in words; a schema's is an i18n key.
  const err = (message: string | undefined) => (message ? (message.startsWith(RULE_PREFIX) ? message.slice(RULE_PREFIX.length) : t(errorKey(message))) : undefined);
  return { ...form, handleSubmit, err };
}
