/**
 * A labelled form control with its hint and error. The error is announced (role=alert) and linked by
 * aria-describedby so screen readers read it with the field; aria-invalid marks the field itself.
 */
import { cloneElement, useId, type ReactElement } from 'react';
import type { Option } from '../../lib/code-options';
import { useI18n } from '../../lib/i18n/i18n';

type ControlProps = { id?: string; 'aria-invalid'?: boolean; 'aria-describedby'?: string; 'aria-required'?: boolean };

export type FormFieldProps = {
  label: string;
  /** The zod issue message (an i18n key) when the field is invalid. */
  error?: string | undefined;
  hint?: string;
  required?: boolean;
  /** Extra text after the label, e.g. the 和暦 of the date typed. */
  aside?: string;
  children: ReactElement<ControlProps>;
  className?: string;
};

export function FormField({ label, error, hint, required, aside, children, className }: FormFieldProps) {
  const { t } = useI18n();
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`field ${error ? 'field--invalid' : ''} ${className ?? ''}`}>
      <label htmlFor={id} className="field__label">
        {label}
        <span className={required ? 'field__req' : 'field__opt'}>{required ? t('common.required') : t('common.optional')}</span>
        {aside ? <span className="field__aside">{aside}</span> : null}
      </label>
      {cloneElement(children, { id, 'aria-invalid': Boolean(error), 'aria-describedby': describedBy, 'aria-required': required })}
      {hint ? (
        <p id={hintId} className="field__hint">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={errorId} className="field__error" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}

export type { Option };
