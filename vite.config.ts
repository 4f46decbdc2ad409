import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { VitePWA } from 'vite-plugin-pwa';

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
        runtimeCaching: [],
        // Take control on the very first install so the app works offline without a second visit;
        // later versions still wait for the user's consent (no skipWaiting).
        clientsClaim: true,
      },
    }),
  ],
  build: { target: 'es2022', sourcemap: true },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'web',
          environment: 'jsdom',
          include: ['src/**/*.test.{ts,tsx}', 'tests/integration/web/**/*.test.{ts,tsx}'],
          setupFiles: ['tests/setup/web.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'server',
          environment: 'node',
          include: ['sync-server/**/*.test.ts', 'tests/integration/server/**/*.test.ts'],
        },
      },
    ],
  },
});
