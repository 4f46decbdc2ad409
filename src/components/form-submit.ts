/**
 * How every form of the app checks its fields and where the focus goes when a submit is refused.
 *
 * After a submit that validation stopped, the focus goes to the first field in error in the order the
 * screen shows them, with the field scrolled to the middle (out from under the sticky header).
 * react-hook-form's own focus follows the order fields were registered and skips the fields it holds
 * no element for (a company chosen by search, a trial's seeker and company), so it could leave the
 * person at a field below the one the message is about. The fields are looked for in the submitted
 * <form>, or in the element marked `data-form-scope` around it when some of its fields sit outside it.
 */
import { useCallback, useEffect, useRef, type BaseSyntheticEvent } from 'react';
import type { FieldValues, UseFormHandleSubmit, UseFormReturn } from 'react-hook-form';

/**
 * react-hook-form options for every form: validate on submit, then as each field changes. An error that
 * appeared when a field lost focus pushed the controls below it down under the next tap, which then
 * landed on nothing; now the layout only changes as a person types or once the submit button acted.
 * The focus goes to the first error through useFocusFirstError (react-hook-form's own is off).
 */
export const SUBMIT_FIRST = { mode: 'onSubmit', reValidateMode: 'onChange', shouldFocusError: false } as const;

/** The error line every field component renders (form-field.tsx, checkbox-group.tsx, radio-group.tsx, the pickers). */
export function focusFirstFieldInError(scope: Element): void {
  const field = scope.querySelector('.field__error')?.closest('.field');
  const control = field?.querySelector<HTMLElement>('input:not([type=hidden]), select, textarea, button');
  if (!field || !control) return;
  control.focus({ preventScroll: true });
  field.scrollIntoView?.({ block: 'center' });
}

/** `form.handleSubmit`, focusing the first field in error when validation stops the submit (use with `shouldFocusError: false`). */
export function useFocusFirstError<Input extends FieldValues, Output extends FieldValues>(form: UseFormReturn<Input, unknown, Output>): UseFormHandleSubmit<Input, Output> {
  const scope = useRef<Element | null>(null);
  const { submitCount } = form.formState;
  // Runs once the failed submit's errors are on screen (they come with the new submitCount).
  useEffect(() => {
    const from = scope.current;
    scope.current = null;
    if (from) focusFirstFieldInError(from);
  }, [submitCount]);
  const { handleSubmit } = form;
  return useCallback<UseFormHandleSubmit<Input, Output>>(
    (onValid, onInvalid) => (event?: BaseSyntheticEvent) => {
      const from = event?.target instanceof Element ? event.target : document.activeElement;
      return handleSubmit(onValid, async (errors, e) => {
        scope.current = from?.closest('[data-form-scope]') ?? from?.closest('form') ?? null;
        await onInvalid?.(errors, e);
      })(event);
    },
    [handleSubmit],
  );
}
