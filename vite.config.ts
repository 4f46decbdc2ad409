import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { VitePWA } from 'vite-plugin-pwa';
import packageJson from './package.json' with { type: 'json' };

// Shown in Settings and baked into the main chunk, so two builds with different APP_VERSION values
// always produce a different service worker (the e2e update test relies on that).
const appVersion = process.env.APP_VERSION ?? packageJson.version;

/** The chunks of the screens a device shows before the app (src/features/auth/components/*-screen.tsx). */
const FIRST_VISIT_SCREENS = /\/(sign-in-screen|passcode-lock-screen|passcode-setup-screen)-[\w-]+\.js$/u;
/** Dexie and the device database (src/storage/live-db.ts), loaded beside the first screen on every start. */
const DEVICE_DB = /\/live-db-module-[\w-]+\.js$/u;

export default defineConfig({
  plugins: [
    react(),
    VitePWA({
      // The app asks before reloading into a new version (never mid-form), so no auto update.
      registerType: 'prompt',
      injectRegister: false,
      manifest: false,
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,png,webmanifest}'],
        navigateFallback: '/index.html',
        // The sync API must always reach the network: a cached answer would lie about what the server has.
        navigateFallbackDenylist: [/^\/api\//],
        // Nothing is cached at run time: /api/** in particular must never be answered from a cache
        // (tests/e2e/pwa-install.e2e.test.ts reads the generated sw.js to hold this).
        runtimeCaching: [],
        cleanupOutdatedCaches: true,
        // Take control on the very first install so the app works offline without a second visit;
        // later versions still wait for the user's consent (no skipWaiting).
        clientsClaim: true,
        skipWaiting: false,
      },
    }),
  ],
  define: { __APP_VERSION__: JSON.stringify(appVersion) },
  // The manifest (dist/.vite/manifest.json, not precached) lets tests/bench/bundle-report.ts follow
  // the chunks the first screen loads.
  build: {
    target: 'es2022',
    sourcemap: true,
    manifest: true,
    // A lazy route's JS dependencies are not listed in the entry for preloading: the service worker
    // holds every chunk from the first visit, so the list would only add ~200 bytes gzip per screen
    // group to the first screen's budget. Its CSS still is: without the list it would not be loaded.
    // Two exceptions, for the first visit over a slow link (`npm run bench:lcp`), where each level of
    // imports found only once its parent has arrived costs a round trip: index.html preloads the
    // entry's own imports, and the screens shown before the app (sign-in, passcode) fetch all their
    // chunks at once; so does the device database, which every start needs before the list.
    modulePreload: {
      resolveDependencies: (file, deps, { hostType }) =>
        hostType === 'html' || FIRST_VISIT_SCREENS.test(file) || DEVICE_DB.test(file) ? deps : deps.filter((dep) => dep.endsWith('.css')),
    },
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'web',
          environment: 'jsdom',
          include: ['src/**/*.test.{ts,tsx}', 'tests/integration/web/**/*.test.{ts,tsx}'],
          setupFiles: ['tests/setup/web.ts', 'tests/setup/unlocked.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'server',
          environment: 'node',
          include: ['sync-server/**/*.test.ts', 'tests/integration/server/**/*.test.ts', 'scripts/**/*.test.ts'],
          setupFiles: ['tests/setup/unlocked.ts'],
        },
      },
    ],
  },
});
