/** Choosing the file and its encoding; says when the text looks garbled in the encoding it was read in. */
import { useId } from 'react';
import { ENCODING_CHOICES, type Encoding, type EncodingChoice } from '../decode-file';
import type { StudentFile } from '../import-preview';
import { useImportMessages } from '../messages';

export function FileStep({ file, fileName, detected, choice, failed, onFile, onChoice }: {
  file: StudentFile | null;
  fileName: string;
  /** What 自動 reads the file as. */
  detected: Encoding;
  choice: EncodingChoice;
  failed: boolean;
  onFile: (file: File) => void;
  onChoice: (choice: EncodingChoice) => void;
}) {
  const { tf } = useImportMessages();
  const id = useId();
  const encodingName = (e: Encoding) => tf(`encoding.${e}`);
  return (
    <section className="card import-file">
      <div className="field">
        <label htmlFor={`${id}-file`} className="field__label">
          {tf('file.label')}
        </label>
        <input
          id={`${id}-file`}
          type="file"
          accept=".csv,text/csv"
          aria-describedby={`${id}-hint`}
          onChange={(e) => {
            const picked = e.target.files?.[0];
            if (picked) onFile(picked);
          }}
        />
        <p id={`${id}-hint`} className="field__hint">
          {tf('file.hint')}
        </p>
      </div>
      {file ? (
        <div className="field">
          <label htmlFor={`${id}-encoding`} className="field__label">
            {tf('encoding.label')}
          </label>
          <select id={`${id}-encoding`} value={choice} onChange={(e) => onChoice(e.target.value as EncodingChoice)}>
            {ENCODING_CHOICES.map((c) => (
              <option key={c} value={c}>
                {c === 'auto' ? tf('encoding.auto', { detected: encodingName(detected) }) : encodingName(c)}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      {failed ? (
        <p className="banner banner--error" role="alert">
          {tf('file.failed')}
        </p>
      ) : null}
      {file ? (
        <p className="import-file__summary" role="status">
          {file.records.length === 0 ? tf('file.empty') : tf('file.summary', { file: fileName, rows: file.records.length })}
        </p>
      ) : null}
      {file && file.unreadable > 0 ? (
        <p className="banner banner--warning" role="alert">
          {tf('encoding.broken', { encoding: encodingName(file.encoding), n: file.unreadable })}
        </p>
      ) : null}
    </section>
  );
}
