import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain ES module of the server, without type declarations
import { readSettings, redactedUrl, redisConnection } from '../../../src/server/settings.mjs';

describe('the sync server’s REDIS_URL', () => {
  it('reads host, port, password, database and TLS from a redis:// or rediss:// address', () => {
    expect(redisConnection('redis://127.0.0.1:6391')).toEqual({ host: '127.0.0.1', port: 6391, options: {} });
    expect(redisConnection('rediss://fnp:s%40cret@redis.internal/2')).toEqual({ host: 'redis.internal', port: 6379, options: { username: 'fnp', password: 's@cret', db: 2, tls: {} } });
  });
  it('refuses anything else at start-up, and never logs the password', () => {
    expect(readSettings({ WORKSPACE_TOKEN: 'edit-secret', REDIS_URL: 'http://127.0.0.1:6379' }).problems).toEqual([expect.stringContaining('REDIS_URL must be a redis:// or rediss:// address')]);
    expect(readSettings({ WORKSPACE_TOKEN: 'edit-secret', REDIS_URL: 'redis://127.0.0.1:6379' }).problems).toEqual([]);
    expect(redactedUrl('redis://:hunter22@10.0.0.5:6380')).not.toContain('hunter22');
  });
});
