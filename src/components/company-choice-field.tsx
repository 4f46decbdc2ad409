/**
 * Picks one company by typing part of its name or reading (kana-aware: ひらがな, カタカナ and half-width
 * all match). Once chosen, the name stays on screen with a button to choose again, so a form opened
 * from a company's page starts with that company and nothing to type.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { codeLabel } from '../lib/code-options';
import { useI18n } from '../lib/i18n/i18n';
import { useCompanyMatches, useCompanyNames } from '../storage/consent-queries';

export function CompanyChoiceField({ label, texts, error, value, onChange, required = false }: {
  label: string;
  /** The form's words for "choose another" and "no company matches" (kept out of the first screen's dictionary). */
  texts: { change: string; noMatch: string };
  /** The message to show (already in words). */
  error?: string | undefined;
  /** The chosen company's id, '' for none. */
  value: string;
  onChange: (companyId: string) => void;
  required?: boolean;
}) {
  const { t } = useI18n();
  const id = useId();
  const errorId = `${id}-error`;
  const [text, setText] = useState('');
  const matches = useCompanyMatches(value ? '' : text);
  const names = useCompanyNames(value ? [value] : []);
  const search = useRef<HTMLInputElement>(null);
  const change = useRef<HTMLButtonElement>(null);
  // Keyboard focus follows the swap between the search box and the chosen name (not on first render).
  const swapped = useRef(false);
  useEffect(() => {
    if (!swapped.current) return;
    (value ? change.current : search.current)?.focus();
  }, [value]);
  const choose = (companyId: string) => {
    swapped.current = true;
    setText('');
    onChange(companyId);
  };
  const describedBy = error ? errorId : undefined;

  return (
    <div className={`field company-choice ${error ? 'field--invalid' : ''}`}>
      <label htmlFor={id} className="field__label">
        {label}
        <span className={required ? 'field__req' : 'field__opt'}>{required ? t('common.required') : t('common.optional')}</span>
      </label>
      {value ? (
        <div className="company-choice__chosen">
          <output id={id} aria-describedby={describedBy}>
            {names?.get(value) ?? '…'}
          </output>
          <button ref={change} type="button" className="button button--secondary button--small" onClick={() => choose('')}>
            {texts.change}
          </button>
        </div>
      ) : (
        <input
          ref={search}
          id={id}
          type="search"
          autoComplete="off"
          value={text}
          onChange={(e) => setText(e.target.value)}
          onKeyDown={(e) => {
            // Enter in the search box never submits the form half filled; it takes the one company found.
            if (e.key !== 'Enter' || e.nativeEvent.isComposing) return;
            e.preventDefault();
            if (matches?.length === 1) choose(matches[0]!.id);
          }}
          placeholder={t('companyPicker.placeholder')}
          aria-invalid={Boolean(error)}
          aria-required={required}
          aria-describedby={describedBy}
        />
      )}
      {error ? (
        <p id={errorId} className="field__error" role="alert">
          {error}
        </p>
      ) : null}
      {!value && text.trim() !== '' && matches ? (
        matches.length === 0 ? (
          <p className="muted" role="status">
            {texts.noMatch}
          </p>
        ) : (
          <ul className="picker__matches" aria-label={t('companyPicker.matches')}>
            {matches.map((c) => (
              <li key={c.id}>
                <button type="button" className="company-choice__match" onClick={() => choose(c.id)}>
                  <span className="company-choice__name">{c.name}</span>
                  <span className="muted">
                    {c.nameKana} ・ {codeLabel(t, 'town', c.town)}
                  </span>
                </button>
              </li>
            ))}
          </ul>
        )
      ) : null}
    </div>
  );
}
