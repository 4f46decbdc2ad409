/** The search box and code filters above a list; every control has a visible label. */
import { useId } from 'react';
import type { Option } from './form-field';
import { Select } from './select';

export type FilterSpec = { name: string; label: string; value: string; options: Option[] };

export function FilterBar({ search, filters, allLabel, onChange }: {
  search: { label: string; placeholder: string; value: string };
  filters: FilterSpec[];
  allLabel: string;
  onChange: (name: string, value: string) => void;
}) {
  const searchId = useId();
  return (
    <div className="filters" role="search">
      <div className="filters__search">
        <label htmlFor={searchId}>{search.label}</label>
        <input id={searchId} type="search" placeholder={search.placeholder} value={search.value} onChange={(e) => onChange('q', e.target.value)} />
      </div>
      {filters.map((f) => (
        <label key={f.name} className="filters__item">
          <span>{f.label}</span>
          <Select value={f.value} placeholder={allLabel} options={f.options} onChange={(e) => onChange(f.name, e.target.value)} />
        </label>
      ))}
    </div>
  );
}
