import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseEnv } from '@/lib/config/env';
import { ConfigError } from '@/lib/errors';

describe('parseEnv', () => {
  it('works with no variables at all, so a bare npm start needs no .env', () => {
    const env = parseEnv({});
    expect(env.PORT).toBe(3000);
    expect(env.HOST).toBe('127.0.0.1');
    expect(env.databaseFile).toBe(path.resolve('.data/app.db'));
  });

  it('limits by default without trusting X-Forwarded-For, and keeps 50 full revisions', () => {
    expect(parseEnv({})).toMatchObject({
      TRUST_PROXY_HOPS: 0,
      RATE_LIMIT_SAVE_BURST: 10,
      RATE_LIMIT_SAVE_PER_MINUTE: 20,
      RATE_LIMIT_EDIT_BURST: 30,
      RATE_LIMIT_EDIT_PER_MINUTE: 60,
      RATE_LIMIT_AGENCY_BURST: 5,
      RATE_LIMIT_AGENCY_PER_MINUTE: 10,
      RATE_LIMIT_EXPORT_BURST: 20,
      RATE_LIMIT_EXPORT_PER_MINUTE: 60,
      RATE_LIMIT_MAX_CLIENTS: 10_000,
      AGENCY_CREATIONS_PER_DAY: 20,
      PLAN_MAX_FULL_REVISIONS: 50,
    });
  });

  it('takes overrides and resolves the database path', () => {
    const env = parseEnv({ PORT: '4100', DATABASE_PATH: '/tmp/x/y.db', HOST: '0.0.0.0' });
    expect(env).toMatchObject({ PORT: 4100, HOST: '0.0.0.0', databaseFile: '/tmp/x/y.db' });
  });

  it.each([
    ['PORT', 'abc'],
    ['PORT', '70000'],
    ['DATABASE_PATH', '   '],
    ['TRUST_PROXY_HOPS', '-1'],
    ['RATE_LIMIT_SAVE_BURST', '0'],
    ['RATE_LIMIT_EXPORT_PER_MINUTE', 'fast'],
    ['AGENCY_CREATIONS_PER_DAY', '1.5'],
    ['PLAN_MAX_FULL_REVISIONS', '1'],
  ])('rejects %s=%j with a ConfigError naming the variable', (name, value) => {
    expect(() => parseEnv({ [name]: value })).toThrow(ConfigError);
    expect(() => parseEnv({ [name]: value })).toThrow(new RegExp(`^Invalid environment configuration \\(${name}:`));
  });
});
