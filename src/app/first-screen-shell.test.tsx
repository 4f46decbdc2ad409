/**
 * index.html paints the passcode screen before the app's script runs (its `first-screen-passcode`
 * template, chosen by the lock hint), and main.tsx hydrates it: React adopts those nodes only if its
 * first render gives the same markup, so the template must be exactly what the app renders while
 * locked. When this fails after a change to the screen, paste the markup it prints into the template.
 */
import { readFileSync } from 'node:fs';
import { renderToString } from 'react-dom/server';
import { expect, test } from 'vitest';
import { sessionStore } from '../auth/use-session';
import { PasscodeLockScreen } from '../features/auth/components/auth-screens';
import { AppRoot } from './app-root';

const indexHtml = readFileSync('index.html', 'utf8');
const template = (id: string) => indexHtml.match(new RegExp(`<template id="${id}">(.*?)</template>`, 'su'))?.[1];

test('the passcode screen painted by index.html is the markup the locked app renders first', async () => {
  localStorage.setItem('field.unlockUntil', new Date(Date.now() + 3_600_000).toISOString());
  await PasscodeLockScreen.preload();
  // The first, synchronous step of reading the session: locked, from the hint (who by is not known yet).
  void sessionStore.init();
  expect(sessionStore.getState()).toEqual({ status: 'locked', ready: true });
  const rendered = renderToString(<AppRoot />);
  expect(template('first-screen-passcode'), `index.html's template should be:\n${rendered}\n`).toBe(rendered);
});
