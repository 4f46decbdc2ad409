/**
 * The form state of a record editor (the forms rendered by record-editor-screen.tsx): the shared zod
 * schema validates, fields are checked once touched so a coordinator sees a mistake before moving
 * on, unsaved input holds back a service-worker reload (unsaved-guard.ts), and `err` turns a zod
 * issue message into text in the chosen language.
 */
import { zodResolver } from '@hookform/resolvers/zod';
import { useForm, type DefaultValues, type FieldValues } from 'react-hook-form';
import type { z } from 'zod';
import { errorKey, useI18n } from '../lib/i18n/i18n';
import { useUnsavedChanges } from './ui/unsaved-guard';

export function useRecordForm<Input extends FieldValues, Output extends FieldValues>(schema: z.ZodType<Output, Input>, defaultValues: DefaultValues<Input>) {
  const { t } = useI18n();
  const form = useForm<Input, unknown, Output>({ resolver: zodResolver(schema), defaultValues, mode: 'onTouched' });
  useUnsavedChanges(form.formState.isDirty);
  const err = (message: string | undefined) => (message ? t(errorKey(message)) : undefined);
  return { ...form, err };
}
