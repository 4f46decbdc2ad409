/** A native select: the platform's picker is the most usable one on tablets. */
import { forwardRef, type SelectHTMLAttributes } from 'react';
import type { Option } from './form-field';

type Props = SelectHTMLAttributes<HTMLSelectElement> & { options: Option[]; placeholder?: string };

export const Select = forwardRef<HTMLSelectElement, Props>(function Select({ options, placeholder, ...rest }, ref) {
  return (
    <select ref={ref} {...rest}>
      {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
      {options.map((o) => (
        <option key={o.value} value={o.value}>
          {o.label}
        </option>
      ))}
    </select>
  );
});
