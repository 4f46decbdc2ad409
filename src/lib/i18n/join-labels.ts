/**
 * A list of labels in a sentence or a cell: 「医療、サービス」 in Japanese, "Medical, Services" in
 * English. Every list shown to a user goes through here, so no screen writes a language's comma itself
 * (join-labels.test.ts looks for one).
 */
import type { Lang } from './i18n';

const SEPARATOR: Record<Lang, string> = { ja: '、', en: ', ' };

export function joinLabels(labels: readonly string[], lang: Lang): string {
  return labels.join(SEPARATOR[lang]);
}
