import { describe, expect, it } from 'vitest';
import { loadConfig } from './config';

describe('loadConfig', () => {
  it('defaults to a local SQLite demo on 127.0.0.1:8787', () => {
    expect(loadConfig({})).toEqual({ port: 8787, host: '127.0.0.1', dataDir: './data', databaseUrl: undefined, staticDir: './dist', demoSeed: 1, bodyLimit: '16mb' });
  });
  it('uses PostgreSQL without demo data when DATABASE_URL is set', () => {
    expect(loadConfig({ DATABASE_URL: 'postgres://u@h/db' })).toMatchObject({ databaseUrl: 'postgres://u@h/db', demoSeed: null });
  });
  it.each([
    [{ DEMO_SEED: '7' }, 7],
    [{ DEMO_SEED: 'off' }, null],
  ])('reads DEMO_SEED %j', (env, seed) => {
    expect(loadConfig(env).demoSeed).toBe(seed);
  });
  it('refuses a malformed port', () => {
    expect(() => loadConfig({ PORT: 'abc' })).toThrow();
  });
});
