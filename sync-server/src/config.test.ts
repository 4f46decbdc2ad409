import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config';

describe('loadConfig', () => {
  it('defaults to a local SQLite demo on 127.0.0.1:8787', () => {
    expect(loadConfig({})).toEqual({
      port: 8787,
      host: '127.0.0.1',
      dataDir: './data',
      databaseUrl: undefined,
      staticDir: './dist',
      demoSeed: 1,
      demoVolume: 'small',
      bodyLimit: '16mb',
      production: false,
      cookieSecure: false,
      admin: null,
      appOrigins: undefined,
      trustProxy: undefined,
    });
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
  it('reads DEMO_VOLUME and refuses a volume it does not know', () => {
    expect(loadConfig({ DEMO_VOLUME: 'programme' }).demoVolume).toBe('programme');
    expect(() => loadConfig({ DEMO_VOLUME: 'huge' })).toThrow(/DEMO_VOLUME must be one of: small, programme/u);
  });
  it('refuses a malformed port', () => {
    expect(() => loadConfig({ PORT: 'abc' })).toThrow();
  });

  it('refuses a production start without a configured admin, with a message saying what to set', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/ADMIN_LOGIN and ADMIN_PASSWORD/u);
    expect(() => loadConfig({ NODE_ENV: 'production', ADMIN_LOGIN: 'boss' })).toThrow(ConfigError);
    expect(() => loadConfig({ NODE_ENV: 'production', ADMIN_LOGIN: 'boss', ADMIN_PASSWORD: 'short' })).toThrow(/12 characters/u);
  });
  it('starts in production with an admin, Secure cookies and the configured origins', () => {
    const config = loadConfig({ NODE_ENV: 'production', ADMIN_LOGIN: 'boss', ADMIN_PASSWORD: 'a-long-admin-password', APP_ORIGIN: 'https://field.example.jp', TRUST_PROXY: '1' });
    expect(config).toMatchObject({ production: true, cookieSecure: true, admin: { loginId: 'boss' }, appOrigins: ['https://field.example.jp'], trustProxy: 1 });
    expect(loadConfig({ NODE_ENV: 'production', ADMIN_LOGIN: 'boss', ADMIN_PASSWORD: 'a-long-admin-password', COOKIE_SECURE: 'false' }).cookieSecure).toBe(false);
  });
});
