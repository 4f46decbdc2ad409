/**
 * A date typed as people say it: 和暦 (昭和50年4月1日, S50.4.1) or 西暦 (1975-04-01, 1975/4/1), read
 * by src/shared/wareki.ts. Made for birth dates, where a calendar picker means scrolling back seventy
 * years. The form gets the ISO date when the text reads as one and the text itself otherwise, so the
 * schema says what is wrong (blank: 入力してください; anything else: 日付を正しく入力してください).
 */
import { useEffect, useRef, useState, type InputHTMLAttributes, type Ref } from 'react';
import { parseDateEntry } from '../../shared/wareki';

type EraDateInputProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange' | 'type'> & {
  value: string | undefined;
  onChange: (value: string) => void;
  ref?: Ref<HTMLInputElement>;
};

/** The form value of what was typed: its ISO date, '' when blank, else the text for the schema to refuse. */
export function eraDateValue(text: string): string {
  const entry = parseDateEntry(text);
  return entry.kind === 'date' ? entry.iso : entry.kind === 'empty' ? '' : text;
}

export function EraDateInput({ value = '', onChange, ...inputProps }: EraDateInputProps) {
  const [text, setText] = useState(value);
  // What this input last handed the form: any other value came from outside (a reset, a record loaded).
  const handed = useRef(value);
  useEffect(() => {
    if (value === handed.current) return;
    handed.current = value;
    setText(value);
  }, [value]);
  return (
    <input
      {...inputProps}
      type="text"
      value={text}
      onChange={(e) => {
        setText(e.target.value);
        handed.current = eraDateValue(e.target.value);
        onChange(handed.current);
      }}
    />
  );
}
