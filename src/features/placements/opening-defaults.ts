/**
 * What a placement takes from the opening it fills, as starting text the coordinator may change: the
 * job (職種), its content, the days and hours, the wage in words. Choosing another opening replaces
 * only what was still the previous opening's text: anything typed stays.
 */
import type { Translate } from '../../lib/i18n/i18n';
import { codeLabel } from '../../lib/code-options';
import type { Opening, TrialPlacementFields } from '../../shared/entities';

export type OpeningText = Pick<TrialPlacementFields, 'jobTitle' | 'jobContent' | 'workingHours' | 'wage'>;
export const OPENING_TEXT_FIELDS = ['jobTitle', 'jobContent', 'workingHours', 'wage'] as const;

/** 時給 1,050円 / hourly ¥1,050 */
export function wageText(t: Translate, lang: 'ja' | 'en', opening: Pick<Opening, 'wageUnit' | 'wageAmount'>): string {
  const unit = codeLabel(t, 'wageUnit', opening.wageUnit);
  const amount = opening.wageAmount.toLocaleString('ja-JP');
  return lang === 'ja' ? `${unit} ${amount}円` : `${unit} ¥${amount}`;
}

export function openingText(t: Translate, lang: 'ja' | 'en', opening: Opening): OpeningText {
  return {
    jobTitle: opening.jobType.slice(0, 100),
    jobContent: opening.jobContent.slice(0, 2000),
    workingHours: `${opening.workingDays} ${opening.workingHours}`.trim().slice(0, 100),
    wage: wageText(t, lang, opening),
  };
}

/** The fields to set: those still empty or still holding what the previous opening filled in. */
export function textToReplace(current: Partial<OpeningText>, previous: Partial<OpeningText>, next: OpeningText): Partial<OpeningText> {
  const out: Partial<OpeningText> = {};
  for (const field of OPENING_TEXT_FIELDS) {
    const value = current[field] ?? '';
    if (value === '' || value === previous[field]) out[field] = next[field];
  }
  return out;
}
