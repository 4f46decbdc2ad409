/**
 * Diagnostic (not a timed test, not part of `npm run bench`): what the passcode screen's first style
 * and layout costs in a freshly started Chromium, and whether the Japanese text's fonts are that cost.
 * The screen's markup is served statically with the built CSS (dist/assets/index-*.css) and the
 * focus() that React's autofocus does is timed in the page (focus forces style and layout). Variants,
 * each in a Chromium started afresh (its font caches cold), alternating: Japanese text with the app's
 * font list; the same markup in English (Latin fonts only); Japanese with a generic `sans-serif`;
 * Japanese without the CSS (the cold-start floor's case).
 *   npx vite build && npx tsx tests/bench/first-layout-fonts.ts   (FONT_RUNS=4)
 */
import { readdirSync, readFileSync } from 'node:fs';
import { launchBrowser } from '../e2e/support/browser';
import { median, ms, range } from './stats';

const RUNS = Number(process.env['FONT_RUNS'] ?? 4);
const SETTLE_MS = 3_000;
const css = readFileSync(`dist/assets/${readdirSync('dist/assets').find((f) => /^index-.*\.css$/u.test(f))!}`, 'utf8');
const words = {
  ja: { title: '旭川圏トライアルワーク', sub: 'フィールド', lang: 'English', heading: 'パスコードでロック解除', field: 'パスコード', req: '必須', submit: 'ロックを解除', alt: 'パスワードでサインイン' },
  en: { title: 'Asahikawa Trial Work', sub: 'Field', lang: 'Japanese', heading: 'Unlock with passcode', field: 'Passcode', req: 'Required', submit: 'Unlock', alt: 'Sign in with password' },
};
const screen = (w: (typeof words)['ja']) => `<div class="auth-page"><header class="auth-page__header"><p class="app-header__title">${w.title} <span class="app-header__sub">${w.sub}</span></p><button type="button" class="button button--ghost">${w.lang}</button></header>
<main class="auth-page__main"><section class="card auth-card"><h1 class="auth-card__title">${w.heading}</h1><p class="auth-card__intro">&nbsp;</p>
<form class="form auth-form"><div class="field"><label for="pin" class="field__label">${w.field}<span class="field__req">${w.req}</span></label><input id="pin" type="password" inputmode="numeric"></div>
<div class="form__actions"><button type="submit" class="button button--primary auth-form__submit">${w.submit}</button></div></form>
<button type="button" class="button button--secondary auth-card__alt">${w.alt}</button></section></main></div>`;
/** Layout first (offsetHeight forces style and layout), then the focus on its own. */
const TIME_FOCUS = `<script>const t0 = performance.now(); void document.body.offsetHeight; const t1 = performance.now(); document.getElementById('pin')?.focus(); document.body.dataset.layoutMs = String(t1 - t0); document.body.dataset.focusMs = String(performance.now() - t1);</script>`;
const page = (lang: 'ja' | 'en', style: string) => `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><style>${style}</style></head><body>${screen(words[lang])}${TIME_FOCUS}</body></html>`;

const variants = {
  'Japanese, the app’s font list': page('ja', css),
  'Latin text only, the app’s font list': page('en', css),
  'Japanese, generic sans-serif': page('ja', `${css}\n:root { font-family: sans-serif; }`),
  'Japanese, system-ui': page('ja', `${css}\n:root { font-family: system-ui, sans-serif; }`),
  'Japanese, no CSS (the floor’s case)': page('ja', ''),
  'one Latin word, no CSS, no field': `<!doctype html><html lang="en"><body><p>floor</p>${TIME_FOCUS}</body></html>`,
  'one field, no text, no CSS': `<!doctype html><html lang="en"><body><input id="pin">${TIME_FOCUS}</body></html>`,
};

const times = new Map<string, { layout: number; focus: number }[]>(Object.keys(variants).map((name) => [name, []]));
for (let run = 1; run <= RUNS; run++) {
  for (const [name, html] of Object.entries(variants)) {
    const browser = await launchBrowser();
    try {
      const tab = await (await browser.newContext({ viewport: { width: 1024, height: 768 }, locale: 'ja-JP' })).newPage();
      // As the cold-start bench's "browser settled": Chromium's own start-up is over.
      await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
      await tab.setContent(html);
      const { layoutMs, focusMs } = await tab.evaluate(() => ({ ...document.body.dataset }));
      times.get(name)!.push({ layout: Number(layoutMs), focus: Number(focusMs) });
    } finally {
      await browser.close();
    }
  }
}
const line = (xs: number[]) => `${ms(median(xs))} (${range(xs, ms)})`;
for (const [name, xs] of times) console.log(`${name}: first style + layout ${line(xs.map((x) => x.layout))}, then focus ${line(xs.map((x) => x.focus))}`);
