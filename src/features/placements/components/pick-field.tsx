/**
 * Choosing one record by typing (the seeker or the host company of a placement): a search box, the
 * first matches as 44 px buttons, and once chosen, the choice with a 「変更」 button. A fixed choice
 * (an existing placement's seeker and company never change) shows without the button.
 */
import { useId, type ReactNode } from 'react';
import { useFeatureMessages } from '../messages';

export type PickResult = { id: string; main: ReactNode; meta: ReactNode };

/** More than this many matches: the list asks to narrow the search instead of growing. */
export const PICK_LIMIT = 8;

export function PickField({ label, error, chosen, fixed, onClear, search, filters, results, total, onPick }: {
  label: string;
  error?: string | undefined;
  /** The chosen record, described; undefined while nothing is chosen. */
  chosen: ReactNode | undefined;
  fixed: boolean;
  onClear: () => void;
  search: { value: string; onChange: (text: string) => void; placeholder: string };
  /** Extra narrowing controls beside the search box (town, industry). */
  filters?: ReactNode;
  /** The first matches (at most PICK_LIMIT); undefined before a search. */
  results: PickResult[] | undefined;
  /** How many matched in all. */
  total: number;
  onPick: (id: string) => void;
}) {
  const { tf } = useFeatureMessages();
  const id = useId();
  const errorId = error ? `${id}-error` : undefined;
  return (
    <fieldset className="field pick" aria-describedby={errorId}>
      <legend className="field__label">
        {label}
        <span className="field__req">{tf('required')}</span>
      </legend>
      {chosen !== undefined ? (
        <div className="pick__chosen">
          <div className="pick__choice">{chosen}</div>
          {fixed ? null : (
            <button type="button" className="button button--secondary" onClick={onClear}>
              {tf('pick.change')}
            </button>
          )}
        </div>
      ) : (
        <>
          <div className="pick__search">
            <label htmlFor={`${id}-q`} className="visually-hidden">
              {tf('pick.searchLabel', { what: label })}
            </label>
            <input
              id={`${id}-q`}
              type="search"
              value={search.value}
              onChange={(e) => search.onChange(e.target.value)}
              placeholder={search.placeholder}
              autoComplete="off"
              aria-invalid={Boolean(error)}
            />
            {filters}
          </div>
          {results ? (
            <div aria-live="polite">
              {results.length === 0 ? <p className="empty">{tf('pick.none')}</p> : null}
              <ul className="pick__results" aria-label={tf('pick.results', { what: label })}>
                {results.map((r) => (
                  <li key={r.id}>
                    <button type="button" className="pick__result" onClick={() => onPick(r.id)}>
                      <span className="pick__main">{r.main}</span>
                      <span className="pick__meta">{r.meta}</span>
                    </button>
                  </li>
                ))}
              </ul>
              {total > results.length ? <p className="muted">{tf('pick.more', { n: total - results.length })}</p> : null}
            </div>
          ) : null}
        </>
      )}
      {error ? (
        <p id={errorId} className="field__error" role="alert">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
