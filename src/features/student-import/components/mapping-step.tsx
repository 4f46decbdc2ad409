/**
 * One select per field, listing the file's columns by position and name. A column chosen for one field
 * is taken from any other that had it, so a column is never read as two things. When the header named
 * every required column the selects start folded under a one-line summary of what was recognised
 * (the preview sits below them on a portrait tablet); a missing column opens them and says which.
 */
import { useId, useState } from 'react';
import { IMPORT_FIELDS, missingColumns, type ColumnMapping, type ImportField } from '../column-mapping';
import { useImportMessages } from '../messages';

export function MappingStep({ header, mapping, onChange }: { header: readonly string[]; mapping: ColumnMapping; onChange: (next: ColumnMapping) => void }) {
  const { tf } = useImportMessages();
  const id = useId();
  const missing = missingColumns(mapping);
  const [open, setOpen] = useState(missing.length > 0);
  const recognisedNone = IMPORT_FIELDS.every((f) => mapping[f] === null);
  const choose = (field: ImportField, value: string) => {
    const column = value === '' ? null : Number(value);
    const next = { ...mapping };
    for (const f of IMPORT_FIELDS) if (column !== null && next[f] === column) next[f] = null;
    next[field] = column;
    onChange(next);
  };
  const summary = IMPORT_FIELDS.flatMap((f) => (mapping[f] === null ? [] : [tf('mapping.pair', { field: tf(`field.${f}`), column: header[mapping[f]] ?? '' })])).join('、');
  return (
    <details className="card import-mapping" open={open || missing.length > 0} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary className="import-mapping__summary">
        <span className="import-mapping__title">{tf('mapping.title')}</span>
        <span className="import-mapping__pairs">{summary || tf('mapping.nothing')}</span>
        <span className="import-mapping__change">{tf('mapping.change')}</span>
      </summary>
      <p className="field__hint">{tf('mapping.hint')}</p>
      <div className="import-mapping__grid">
        {IMPORT_FIELDS.map((field) => (
          <div className="field" key={field}>
            <label htmlFor={`${id}-${field}`} className="field__label">
              {tf(`field.${field}`)}
            </label>
            <select id={`${id}-${field}`} value={mapping[field] ?? ''} onChange={(e) => choose(field, e.target.value)}>
              <option value="">{tf('mapping.none')}</option>
              {header.map((name, i) => (
                <option key={i} value={i}>
                  {tf('mapping.column', { n: i + 1, name })}
                </option>
              ))}
            </select>
          </div>
        ))}
      </div>
      {missing.length > 0 ? (
        <div className="banner banner--error" role="alert">
          <p>{tf('mapping.missing', { columns: missing.map((c) => tf(`required.${c}`)).join('、') })}</p>
          {recognisedNone ? <p>{tf('mapping.wrongEncoding')}</p> : null}
        </div>
      ) : null}
    </details>
  );
}
