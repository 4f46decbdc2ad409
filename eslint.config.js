// ESLint flat config. Besides the usual TypeScript and React-hooks checks it enforces the layer
// rules of README.md (Architecture, Layer rules), so a wrong-way import fails `npm run lint` (and so `npm test`):
//   app → features → (auth, pwa) → components → lib → sync → storage → (domain, sync/core) → shared → zod
//   - a layer imports only layers to its right; the two in a bracket do not import each other;
//   - src/shared imports nothing but zod (and itself); src/domain and src/sync/core only shared;
//   - sync-server may take from the web tree only src/shared, the pure src/domain and src/sync/core;
//   - src/storage is the only importer of dexie and dexie-react-hooks and of the device database
//     (the `db` value); a feature never imports another feature;
//   - no barrel index.ts in src/; kebab-case file names.
// Not type-aware on purpose: tsc already type-checks, and lint must stay fast on 2 cores.
// import-x/no-cycle is on; whole-repo lint time is checked to stay well under 30 s.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

const root = path.dirname(fileURLToPath(import.meta.url));

// One zone per feature folder: src/features/<a> may not import src/features/<b>.
// Read at config load, so a new feature is covered without editing this file.
const featuresDir = path.join(root, 'src/features');
let features = [];
try {
  features = readdirSync(featuresDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name);
} catch {
  // No features yet.
}
const featureZones = features.map((name) => ({
  target: `./src/features/${name}`,
  from: './src/features',
  except: [`./${name}`],
  message: 'A feature must not import another feature; move shared code down a layer.',
}));

/**
 * The middle of that order, highest first (README.md, "Layer rules"): a folder may not import a
 * folder of an earlier entry, nor a peer in its own entry. features/app above and domain, sync/core
 * and shared below have zones of their own; src/sync/core belongs below, so storage may use it.
 */
const middleLayers = [['auth', 'pwa'], ['components'], ['lib'], ['sync'], ['storage']];
const ORDER = 'app → features → (auth, pwa) → components → lib → sync → storage → (domain, sync/core) → shared';
const middleLayerZones = middleLayers.flatMap((group, i) =>
  group.flatMap((name) =>
    [...middleLayers.slice(0, i).flat(), ...group.filter((peer) => peer !== name)].map((above) => ({
      target: `./src/${name}`,
      from: `./src/${above}`,
      ...(above === 'sync' ? { except: ['./core'] } : {}),
      message: `Dependencies point one way: ${ORDER}; move the shared part down, or pass it in as a parameter.`,
    })),
  ),
);

/** Packages other than zod and uuid (pure name-based ids) are off-limits in the pure layers (shared, domain, sync/core). */
const onlyZod = {
  patterns: [
    {
      // Anything that is not relative and not zod: react, dexie, node:*, express, …
      regex: '^(?!\\.{1,2}(/|$)|zod(/|$)|uuid$)',
      message: 'This layer is pure (the server runs it too): it may import only zod, uuid and relative files of the allowed layers.',
    },
  ],
};

const dexieOnlyInStorage = {
  paths: [
    { name: 'dexie', message: 'Only src/storage/ imports dexie; call a repo function instead.' },
    { name: 'dexie-react-hooks', message: 'Only src/storage/ runs live queries; use or add a hook in src/storage/hooks/.' },
  ],
  patterns: [
    { group: ['dexie/*', 'dexie-react-hooks/*'], message: 'Only src/storage/ imports dexie.' },
    {
      regex: '(^|/)storage/db$',
      importNames: ['db'],
      message: 'Only src/storage/ touches the device database: call a function or hook of src/storage (types such as FieldDb are fine).',
    },
    {
      regex: '(^|/)storage/device-db$',
      importNames: ['deviceDb'],
      message: 'Only src/auth/use-session.ts takes the device database, to hand it to the session store and the sync loop.',
    },
  ],
};

/** The same, for the one module that wires the device database into the session store and the sync loop. */
const dexieOnlyInStorageWiring = {
  paths: dexieOnlyInStorage.paths,
  patterns: dexieOnlyInStorage.patterns.filter((pattern) => !pattern.importNames?.includes('deviceDb')),
};

/** Tests may open their own databases (tests/setup/device-dbs.ts), but never the app's singleton. */
const noDbSingletonInTests = {
  patterns: dexieOnlyInStorage.patterns.filter((pattern) => pattern.importNames?.includes('db')),
};

const testFiles = ['**/*.test.{ts,tsx}', 'tests/**'];

/** A tiny local plugin for file-name rules (no extra dependency needed). */
const local = {
  rules: {
    'kebab-case-filename': {
      meta: { type: 'suggestion', schema: [], messages: { name: 'File name "{{name}}" must be kebab-case.' } },
      create(context) {
        const name = path.basename(context.filename);
        // Each dot-separated part is kebab-case: seeker-list.tsx, use-create-note.ts, smoke.e2e.test.ts.
        const ok = /^[a-z0-9]+(-[a-z0-9]+)*(\.[a-z0-9]+(-[a-z0-9]+)*)*$/.test(name);
        return ok ? {} : { Program: (node) => context.report({ node, messageId: 'name', data: { name } }) };
      },
    },
    'no-barrel-file': {
      meta: { type: 'suggestion', schema: [], messages: { barrel: 'No barrel index files in src/ (they hide the real imports from the layer rules): import the module directly.' } },
      create(context) {
        return { Program: (node) => context.report({ node, loc: { line: 1, column: 0 }, messageId: 'barrel' }) };
      },
    },
  },
};

export default defineConfig([
  globalIgnores(['dist/', 'dev-dist/', 'node_modules/', 'data/', 'coverage/', '.tmp/', 'tests/e2e/screenshots/']),

  js.configs.recommended,
  tseslint.configs.recommended,

  {
    name: 'project/base',
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    plugins: { 'import-x': importX, local },
    settings: {
      'import-x/extensions': ['.ts', '.tsx', '.mts', '.cts', '.js', '.jsx', '.mjs', '.cjs'],
      'import-x/external-module-folders': ['node_modules', 'node_modules/@types'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx', '.mts', '.cts'] },
      'import-x/resolver-next': [
        createNodeResolver({
          extensions: ['.ts', '.tsx', '.mts', '.cts', '.d.ts', '.js', '.jsx', '.mjs', '.cjs', '.json', '.node'],
          extensionAlias: { '.js': ['.ts', '.tsx', '.js'] },
          conditionNames: ['types', 'import', 'node', 'require', 'default'],
        }),
      ],
    },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'import-x/no-self-import': 'error',
      'import-x/no-duplicates': 'error',
      'local/kebab-case-filename': 'error',
      'import-x/no-restricted-paths': [
        'error',
        {
          basePath: root,
          zones: [
            // src/shared: zod and itself only (the zod part is no-restricted-imports below).
            {
              target: './src/shared',
              from: './src',
              except: ['./shared'],
              message: 'src/shared imports nothing but zod and itself.',
            },
            {
              target: './src/shared',
              from: './sync-server',
              message: 'src/shared imports nothing but zod and itself.',
            },
            // src/domain: pure rules on top of shared.
            {
              target: './src/domain',
              from: './src',
              except: ['./domain', './shared'],
              message: 'src/domain may import only src/shared.',
            },
            // src/sync/core is imported by the server too, so it must stay as pure as domain.
            {
              target: './src/sync/core',
              from: './src',
              except: ['./sync/core', './shared', './domain'],
              message: 'src/sync/core is shared with the server: only src/shared and src/domain.',
            },
            // The server takes from the web tree only the schemas and the pure sync core.
            {
              target: './sync-server',
              from: './src',
              except: ['./shared', './sync/core', './domain'],
              message: 'sync-server may import from src/ only src/shared, src/domain and src/sync/core.',
            },
            // Dependencies point one way (ORDER above): nothing below features imports a feature or the app, …
            {
              target: [
                './src/shared',
                './src/domain',
                './src/storage',
                './src/sync',
                './src/lib',
                './src/components',
                './src/pwa',
                './src/auth',
              ],
              from: ['./src/features', './src/app'],
              message: `Dependencies point one way: ${ORDER}.`,
            },
            { target: './src/features', from: './src/app', message: 'Features must not import the composition root (src/app).' },
            // … and in the middle tier no layer imports one above it.
            ...middleLayerZones,
            ...featureZones,
          ],
        },
      ],
    },
  },

  // Plain JS files (configs, scripts) run in Node.
  {
    name: 'project/node-js',
    files: ['**/*.{js,mjs,cjs}'],
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        URL: 'readonly',
        Buffer: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
      },
    },
  },

  // React hooks rules for the web app (v7 recommended, which includes the React-Compiler checks).
  {
    name: 'project/react-hooks',
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs['recommended-latest'].rules,
      'react-hooks/exhaustive-deps': 'error',
      // We do not build with the React Compiler; this rule only says the compiler would skip a
      // component that uses e.g. useVirtualizer() or react-hook-form's watch(), which is noise here.
      'react-hooks/incompatible-library': 'off',
    },
  },

  // Dexie, its live queries and the device database stay behind src/storage (tests may open a db of
  // their own to set up or inspect state).
  {
    name: 'project/dexie-only-in-storage',
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/storage/**', ...testFiles],
    rules: { 'no-restricted-imports': ['error', dexieOnlyInStorage] },
  },
  {
    name: 'project/dexie-only-in-storage-wiring',
    files: ['src/auth/use-session.ts'],
    rules: { 'no-restricted-imports': ['error', dexieOnlyInStorageWiring] },
  },
  {
    name: 'project/no-db-singleton-in-tests',
    files: testFiles,
    ignores: ['src/storage/**'],
    rules: { 'no-restricted-imports': ['error', noDbSingletonInTests] },
  },

  // Pure layers: zod is the only package.
  {
    name: 'project/pure-layers',
    files: ['src/shared/**/*.{ts,tsx}', 'src/domain/**/*.{ts,tsx}', 'src/sync/core/**/*.{ts,tsx}'],
    ignores: testFiles,
    rules: { 'no-restricted-imports': ['error', onlyZod] },
  },

  // Kysely migrations are frozen in time and must not depend on today's DB types; Kysely's own
  // docs type them `Kysely<any>`, so `any` is the right type there and nowhere else.
  {
    name: 'project/kysely-migrations',
    files: ['sync-server/**/migrations.ts', 'sync-server/**/migrations/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },

  // No barrel files in src/.
  {
    name: 'project/no-barrels',
    files: ['src/**/index.{ts,tsx,js}'],
    rules: { 'local/no-barrel-file': 'error' },
  },
]);
