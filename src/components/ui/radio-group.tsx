/**
 * One choice among a few, all visible as large chips: a single tap on a tablet instead of opening a
 * select, and arrow keys move between them as in any radio group.
 */
import type { UseFormRegisterReturn } from 'react-hook-form';
import { useI18n } from '../../lib/i18n/i18n';
import type { Option } from './form-field';

export function RadioGroup({ legend, options, register, error, required = false }: {
  legend: string;
  options: Option[];
  register: UseFormRegisterReturn;
  error?: string | undefined;
  required?: boolean;
}) {
  const { t } = useI18n();
  return (
    <fieldset className={`field radio-group ${error ? 'field--invalid' : ''}`}>
      <legend className="field__label">
        {legend}
        <span className={required ? 'field__req' : 'field__opt'}>{required ? t('common.required') : t('common.optional')}</span>
      </legend>
      <div className="radio-group__items">
        {options.map((o) => (
          <label key={o.value} className="radio-group__chip">
            <input type="radio" value={o.value} required={required} {...register} />
            <span>{o.label}</span>
          </label>
        ))}
      </div>
      {error ? (
        <p className="field__error" role="alert">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
