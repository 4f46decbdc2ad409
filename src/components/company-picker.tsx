/** Picks companies by typing part of a name or reading; the chosen ones stay listed with a remove button. */
import { useId, useState } from 'react';
import { useI18n } from '../lib/i18n/i18n';
import { useCompanyMatches, useCompanyNames } from '../storage/consent-queries';

export function CompanyPicker({ label, error, value, onChange }: { label: string; error?: string | undefined; value: readonly string[]; onChange: (ids: string[]) => void }) {
  const { t } = useI18n();
  const id = useId();
  const [text, setText] = useState('');
  const matches = useCompanyMatches(text);
  const names = useCompanyNames(value);
  return (
    <div className="field">
      <label htmlFor={id} className="field__label">
        {label}
      </label>
      <input id={id} type="search" value={text} onChange={(e) => setText(e.target.value)} placeholder={t('companyPicker.placeholder')} aria-invalid={Boolean(error)} />
      {error ? (
        <p className="field__error" role="alert">
          {error}
        </p>
      ) : null}
      {matches && matches.length > 0 ? (
        <ul className="picker__matches" aria-label={t('companyPicker.matches')}>
          {matches.map((c) => (
            <li key={c.id}>
              <label className="check">
                <input
                  type="checkbox"
                  checked={value.includes(c.id)}
                  onChange={(e) => onChange(e.target.checked ? [...value, c.id] : value.filter((v) => v !== c.id))}
                />
                <span>{c.name}</span>
              </label>
            </li>
          ))}
        </ul>
      ) : null}
      {value.length > 0 ? (
        <ul className="picker__chosen" aria-label={t('companyPicker.chosen')}>
          {value.map((cid) => (
            <li key={cid}>
              {names?.get(cid) ?? '…'}{' '}
              <button type="button" className="button button--small" onClick={() => onChange(value.filter((v) => v !== cid))} aria-label={t('companyPicker.remove', { name: names?.get(cid) ?? '' })}>
                ×
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
