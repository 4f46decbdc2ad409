/**
 * Language context. Japanese is the default; the choice is a device setting (not personal data),
 * kept in localStorage so it survives reloads and sign-outs. The English dictionary is loaded only
 * when chosen: most users never need it, and the first screen's JavaScript has a budget (`npm run build:report`).
 */
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { ja, type Dictionary, type MessageKey } from './ja';

export type Lang = 'ja' | 'en';
const STORAGE_KEY = 'field.lang';

let english: Dictionary | undefined;
const loadEnglish = async (): Promise<Dictionary> => (english ??= (await import('./en')).en);

export type Translate = (key: MessageKey, vars?: Record<string, string | number>) => string;

type I18n = { lang: Lang; setLang: (lang: Lang) => void; t: Translate };

/** Puts `vars` into a message's {name} slots. */
export const fillMessage = (text: string, vars?: Record<string, string | number>): string =>
  vars ? text.replace(/\{(\w+)\}/gu, (_, name: string) => String(vars[name] ?? `{${name}}`)) : text;

/**
 * Japanese words that load with the screens using them (route-messages.ts), not with the first screen:
 * the rules' messages and the trial-work labels. The English dictionary holds every key.
 */
const lateJa: Partial<Dictionary> = {};
export function registerMessages(part: Partial<Dictionary>): void {
  Object.assign(lateJa, part);
}

export function translate(lang: Lang, key: MessageKey, vars?: Record<string, string | number>): string {
  const japanese = (ja as Partial<Dictionary>)[key] ?? lateJa[key];
  const text = lang === 'en' && english ? english[key] : japanese;
  return fillMessage(text ?? japanese ?? key, vars);
}

/** Whether a key built at run time (a code, a field name) has words, loaded with the first screen or with the routes. */
export const hasMessage = (key: string): key is MessageKey => key in ja || key in lateJa;

/** Turns a zod issue message (an i18n key without the `errors.` prefix) into words. */
export function errorKey(message: string | undefined): MessageKey {
  const key = `errors.${message ?? 'unknown'}`;
  return hasMessage(key) ? key : 'errors.unknown';
}

const I18nContext = createContext<I18n | null>(null);

function initialLang(): Lang {
  const saved = typeof localStorage === 'undefined' ? null : localStorage.getItem(STORAGE_KEY);
  return saved === 'en' ? 'en' : 'ja';
}

export function I18nProvider({ children }: { children: ReactNode }) {
  const [lang, setLangState] = useState<Lang>(initialLang);
  const [ready, setReady] = useState(lang === 'ja' || english !== undefined);
  const setLang = useCallback((next: Lang) => {
    localStorage.setItem(STORAGE_KEY, next);
    if (next === 'en' && !english) {
      // Switch only once the words are there, so the screen never shows English keys.
      void loadEnglish().then(() => setLangState(next));
    } else {
      setLangState(next);
    }
  }, []);
  useEffect(() => {
    if (!ready) void loadEnglish().then(() => setReady(true));
  }, [ready]);
  useEffect(() => {
    document.documentElement.lang = lang;
    // The tab and the task switcher name the app in the chosen language too (index.html's is Japanese),
    // once its words are loaded.
    if (ready) document.title = translate(lang, 'app.title');
  }, [lang, ready]);
  const value = useMemo<I18n>(() => ({ lang, setLang, t: (key, vars) => translate(lang, key, vars) }), [lang, setLang]);
  // An English user's first paint waits for the dictionary (a precached file: milliseconds).
  if (!ready) return null;
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const ctx = useContext(I18nContext);
  if (!ctx) throw new Error('useI18n must be used inside <I18nProvider>');
  return ctx;
}
