/**
 * The form state of a record editor (the forms rendered by record-editor-screen.tsx): the shared zod
 * schema validates, fields are checked once touched so a coordinator sees a mistake before moving
 * on, unsaved input holds back a service-worker reload (unsaved-guard.ts), and `err` turns a zod
 * issue message into text in the chosen language.
 */
import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect } from 'react';
import { useForm, type DefaultValues, type FieldValues, type Path } from 'react-hook-form';
import type { z } from 'zod';
import { errorKey, useI18n } from '../lib/i18n/i18n';
import { useUnsavedChanges } from './ui/unsaved-guard';

/** A domain rule's refusal of the last save, shown next to its field (src/domain, via record-editor-screen.tsx). */
export type RuleFieldError = { field: string; message: string };

const RULE_PREFIX = 'rule:';

export function useRecordForm<Input extends FieldValues, Output extends FieldValues>(schema: z.ZodType<Output, Input>, defaultValues: DefaultValues<Input>, ruleError?: RuleFieldError) {
  const { t } = useI18n();
  const form = useForm<Input, unknown, Output>({ resolver: zodResolver(schema), defaultValues, mode: 'onTouched' });
  useUnsavedChanges(form.formState.isDirty);
  const { setError, setFocus } = form;
  useEffect(() => {
    if (!ruleError) return;
    setError(ruleError.field as Path<Input>, { type: 'rule', message: `${RULE_PREFIX}${ruleError.message}` });
    setFocus(ruleError.field as Path<Input>);
  }, [ruleError, setError, setFocus]);
  // A rule's message is already in words; a schema's is an i18n key.
  const err = (message: string | undefined) => (message ? (message.startsWith(RULE_PREFIX) ? message.slice(RULE_PREFIX.length) : t(errorKey(message))) : undefined);
  return { ...form, err };
}
