/**
 * Server configuration from the environment, parsed once (STYLE §3.1). Defaults give `npm start`:
 * 127.0.0.1:8787, SQLite under ./data, the built PWA from ./dist, demo data when the database is new.
 */
import { z } from 'zod';

const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(8787),
  HOST: z.string().min(1).default('127.0.0.1'),
  DATA_DIR: z.string().min(1).default('./data'),
  /** postgres://… → PostgreSQL (several instances may share it); unset → SQLite in DATA_DIR. */
  DATABASE_URL: z.string().regex(/^postgres(ql)?:\/\//u).optional(),
  STATIC_DIR: z.string().min(1).default('./dist'),
  /**
   * Demo data seed for an empty database: a number, or 'off'. Unset → on for SQLite (the
   * single-machine demo), off for PostgreSQL (a shared, real database).
   */
  DEMO_SEED: z.union([z.literal('off'), z.coerce.number().int()]).optional(),
  /** Request body limit for a push batch (2,000 mutations of a few KB fit in the default). */
  BODY_LIMIT: z.string().default('16mb'),
});

export type Config = {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  staticDir: string;
  demoSeed: number | null;
  bodyLimit: string;
};

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const e = envSchema.parse(env);
  const demoSeed = e.DEMO_SEED === 'off' ? null : (e.DEMO_SEED ?? (e.DATABASE_URL ? null : DEFAULT_DEMO_SEED));
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir: e.DATA_DIR,
    databaseUrl: e.DATABASE_URL,
    staticDir: e.STATIC_DIR,
    demoSeed,
    bodyLimit: e.BODY_LIMIT,
  };
}

const DEFAULT_DEMO_SEED = 1;
