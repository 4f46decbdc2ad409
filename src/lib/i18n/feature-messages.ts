/**
 * Strings of one screen or feature, in both languages, loaded with the screen's route instead of with
 * the first screen (whose JavaScript has a budget: `npm run build:report`). A feature declares its
 * Japanese dictionary and an English one with exactly the same keys (the type enforces it), and its
 * components call the hook this returns: `tf` for the feature's words, `t` for the app's shared ones.
 */
import { useCallback } from 'react';
import { fillMessage, useI18n, type Lang, type Translate } from './i18n';

type Vars = Record<string, string | number>;
export type FeatureTranslate<K extends string> = (key: K, vars?: Vars) => string;

export function featureMessages<const J extends Record<string, string>>(ja: J, en: Record<keyof J, string>) {
  const translateFeature = (lang: Lang, key: keyof J & string, vars?: Vars) => fillMessage((lang === 'en' ? en[key] : ja[key]) ?? key, vars);
  function useFeatureMessages(): { lang: Lang; t: Translate; tf: FeatureTranslate<keyof J & string> } {
    const { lang, t } = useI18n();
    const tf = useCallback((key: keyof J & string, vars?: Vars) => translateFeature(lang, key, vars), [lang]);
    return { lang, t, tf };
  }
  return { useFeatureMessages, translateFeature };
}
