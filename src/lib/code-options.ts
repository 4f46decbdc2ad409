/** Option lists for selects and checkbox groups, labelled through the dictionary. */
import type { Option } from '../components/ui/form-field';
import type { MessageKey } from './i18n/ja';
import type { Translate } from './i18n/i18n';

export function codeOptions(t: Translate, prefix: string, codes: readonly string[]): Option[] {
  return codes.map((code) => ({ value: code, label: t(`${prefix}.${code}` as MessageKey) }));
}

export function codeLabel(t: Translate, prefix: string, code: string): string {
  return code ? t(`${prefix}.${code}` as MessageKey) : '';
}
