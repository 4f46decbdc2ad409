/**
 * index.html paints the first screen before the app's script runs (its `first-screen-passcode`
 * template when the lock hint is live, else `first-screen-sign-in`), and main.tsx hydrates it: React
 * adopts those nodes only if its first render gives the same markup, so each template must be exactly
 * what the app renders before the stored session is read. When this fails after a change to a screen,
 * paste the markup it prints into the template. Each test loads the app afresh (one session per load).
 */
import { readFileSync } from 'node:fs';
import { renderToString } from 'react-dom/server';
import { beforeEach, expect, test, vi } from 'vitest';

const indexHtml = readFileSync('index.html', 'utf8');
const template = (id: string) => indexHtml.match(new RegExp(`<template id="${id}">(.*?)</template>`, 'su'))?.[1];

beforeEach(() => {
  vi.resetModules();
  localStorage.clear();
  sessionStorage.clear();
});

test('the passcode screen painted by index.html is the markup the locked app renders first', async () => {
  localStorage.setItem('field.unlockUntil', new Date(Date.now() + 3_600_000).toISOString());
  const { sessionStore } = await import('../auth/use-session');
  const { PasscodeLockScreen } = await import('../features/auth/components/auth-screens');
  const { AppRoot } = await import('./app-root');
  await PasscodeLockScreen.preload();
  // The first, synchronous step of reading the session: locked, from the hint (who by is not known yet).
  void sessionStore.init();
  expect(sessionStore.getState()).toEqual({ status: 'locked', ready: true });
  const rendered = renderToString(<AppRoot />);
  expect(template('first-screen-passcode'), `index.html's template should be:\n${rendered}\n`).toBe(rendered);
});

test('the sign-in screen painted by index.html on a first visit is the markup the app renders first', async () => {
  const { sessionStore } = await import('../auth/use-session');
  const { SignInScreen } = await import('../features/auth/components/lazy-sign-in-screen');
  const { AppRoot } = await import('./app-root');
  await SignInScreen.preload();
  // No lock hint: the session is not known before it is read, and index.html painted the sign-in screen.
  void sessionStore.init();
  expect(sessionStore.getState().ready).toBe(false);
  const rendered = renderToString(<AppRoot />);
  expect(template('first-screen-sign-in'), `index.html's template should be:\n${rendered}\n`).toBe(rendered);
});
