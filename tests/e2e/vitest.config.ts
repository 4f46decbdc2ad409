// End-to-end tests: real Chromium (Debian's /usr/bin/chromium, driven by playwright-core) against
// the built app in dist/. `npm run test:e2e` builds first. One file at a time, one worker: a browser
// per file is heavy and CI has 2 cores; timeouts are long because a cold Chromium start is slow.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  root: fileURLToPath(new URL('../..', import.meta.url)),
  test: {
    name: 'e2e',
    environment: 'node',
    include: ['tests/e2e/**/*.e2e.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    teardownTimeout: 30_000,
    pool: 'forks',
    fileParallelism: false,
    maxWorkers: 1,
  },
});
