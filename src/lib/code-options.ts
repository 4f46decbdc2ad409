/** Option lists for selects and checkbox groups, labelled through the dictionary. */
import type { MessageKey } from './i18n/ja';
import type { Translate } from './i18n/i18n';

/** One choice of a select or checkbox group (components/ui/form-field.tsx). */
export type Option = { value: string; label: string };

export function codeOptions(t: Translate, prefix: string, codes: readonly string[]): Option[] {
  return codes.map((code) => ({ value: code, label: t(`${prefix}.${code}` as MessageKey) }));
}

export function codeLabel(t: Translate, prefix: string, code: string): string {
  return code ? t(`${prefix}.${code}` as MessageKey) : '';
}
