/**
 * Server configuration from the environment, parsed once at start (a bad value stops it). Defaults give `npm start`:
 * 127.0.0.1:8787, SQLite under ./data, the built PWA from ./dist, demo data and demo users (one per
 * role, docs/demo-users.md) when the database is new.
 * NODE_ENV=production refuses to start without ADMIN_LOGIN + ADMIN_PASSWORD (the first admin), never
 * creates demo users, and defaults cookies to Secure.
 */
import { z } from 'zod';
import type { DemoVolume } from '../../src/shared/demo-data';

/** The demo's sizes (src/shared/demo-data.ts DEMO_VOLUMES). */
const DEMO_VOLUME_NAMES = ['small', 'programme'] as const satisfies readonly DemoVolume[];

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
  /**
   * How much demo data: 'small' (300 seekers, 120 companies) or 'programme', the volumes the programme
   * will reach (20,000 seekers, 500 companies with 1,000 openings, about 5,000 visits, 3,000 trials).
   */
  DEMO_VOLUME: z.enum(DEMO_VOLUME_NAMES, { error: `DEMO_VOLUME must be one of: ${DEMO_VOLUME_NAMES.join(', ')}` }).default('small'),
  /** Request body limit for a push batch (2,000 mutations of a few KB fit in the default). */
  BODY_LIMIT: z.string().default('16mb'),
  NODE_ENV: z.string().optional(),
  /** 'true' | 'false'; default true in production. False only for plain-http demos on 127.0.0.1. */
  COOKIE_SECURE: z.enum(['true', 'false']).optional(),
  /** The first admin, created at start when no user has this login id (required in production). */
  ADMIN_LOGIN: z.string().optional(),
  ADMIN_PASSWORD: z.string().optional(),
  /** Comma-separated origins allowed on state-changing requests (https://field.example.jp). */
  APP_ORIGIN: z.string().optional(),
  /** Express 'trust proxy': hops (a number) or a list of addresses; unset → trust no proxy. */
  TRUST_PROXY: z.string().optional(),
});

export class ConfigError extends Error {}

export type Config = {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  staticDir: string;
  demoSeed: number | null;
  demoVolume: DemoVolume;
  bodyLimit: string;
  production: boolean;
  cookieSecure: boolean;
  /** Set in production (required) or when configured; null → demo users only (non-production). */
  admin: { loginId: string; password: string } | null;
  appOrigins: string[] | undefined;
  trustProxy: number | string | undefined;
};

/** Throws ConfigError with a message meant for the operator; index.ts prints it and exits 1. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const e = envSchema.parse(env);
  const demoSeed = e.DEMO_SEED === 'off' ? null : (e.DEMO_SEED ?? (e.DATABASE_URL ? null : DEFAULT_DEMO_SEED));
  const production = e.NODE_ENV === 'production';
  const admin = adminFrom(e.ADMIN_LOGIN, e.ADMIN_PASSWORD, production);
  const origins = e.APP_ORIGIN?.split(',').map((o) => o.trim()).filter((o) => o !== '');
  return {
    production,
    cookieSecure: e.COOKIE_SECURE ? e.COOKIE_SECURE === 'true' : production,
    admin,
    appOrigins: origins && origins.length > 0 ? origins : undefined,
    trustProxy: e.TRUST_PROXY === undefined ? undefined : /^\d+$/u.test(e.TRUST_PROXY) ? Number(e.TRUST_PROXY) : e.TRUST_PROXY,
    port: e.PORT,
    host: e.HOST,
    dataDir: e.DATA_DIR,
    databaseUrl: e.DATABASE_URL,
    staticDir: e.STATIC_DIR,
    demoSeed,
    demoVolume: e.DEMO_VOLUME,
    bodyLimit: e.BODY_LIMIT,
  };
}

const DEFAULT_DEMO_SEED = 1;

function adminFrom(login: string | undefined, password: string | undefined, production: boolean): Config['admin'] {
  if (!login && !password) {
    if (production) throw new ConfigError('NODE_ENV=production needs ADMIN_LOGIN and ADMIN_PASSWORD (the first admin account); refusing to start without them.');
    return null;
  }
  if (!login || !password) throw new ConfigError('Set both ADMIN_LOGIN and ADMIN_PASSWORD, or neither.');
  if (password.length < 12) throw new ConfigError('ADMIN_PASSWORD must be at least 12 characters.');
  return { loginId: login, password };
}
