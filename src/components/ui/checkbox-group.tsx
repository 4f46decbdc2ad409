/** A set of checkboxes with one legend: multi-select that works with touch and keyboard alike. */
import type { UseFormRegisterReturn } from 'react-hook-form';
import type { Option } from './form-field';

export function CheckboxGroup({ legend, options, register, error }: { legend: string; options: Option[]; register: UseFormRegisterReturn; error?: string | undefined }) {
  return (
    <fieldset className="field checkbox-group">
      <legend className="field__label">{legend}</legend>
      <div className="checkbox-group__items">
        {options.map((o) => (
          <label key={o.value} className="check">
            <input type="checkbox" value={o.value} {...register} />
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
