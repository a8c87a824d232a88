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

  it('takes overrides and resolves the database path', () => {
    const env = parseEnv({ PORT: '4100', DATABASE_PATH: '/tmp/x/y.db', HOST: '0.0.0.0' });
    expect(env).toMatchObject({ PORT: 4100, HOST: '0.0.0.0', databaseFile: '/tmp/x/y.db' });
  });

  it.each([
    ['PORT', 'abc'],
    ['PORT', '70000'],
    ['DATABASE_PATH', '   '],
  ])('rejects %s=%j with a ConfigError naming the variable', (name, value) => {
    expect(() => parseEnv({ [name]: value })).toThrow(ConfigError);
    expect(() => parseEnv({ [name]: value })).toThrow(new RegExp(`^Invalid environment configuration \\(${name}:`));
  });
});
