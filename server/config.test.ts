import { describe, expect, it } from 'vitest';
import { readConfig } from './config.ts';

describe('readConfig', () => {
  it('gives every student 200 MB for images unless UPLOAD_QUOTA_MB says otherwise', () => {
    expect(readConfig({}).uploadQuotaBytes).toBe(200 * 1024 * 1024);
    expect(readConfig({ UPLOAD_QUOTA_MB: '50' }).uploadQuotaBytes).toBe(50 * 1024 * 1024);
  });

  it('stops on a quota that is not a whole positive number, naming it', () => {
    expect(() => readConfig({ UPLOAD_QUOTA_MB: 'veel' })).toThrow(/UPLOAD_QUOTA_MB/);
    expect(() => readConfig({ UPLOAD_QUOTA_MB: '0' })).toThrow(/UPLOAD_QUOTA_MB/);
  });
});

describe('readConfig: REDIS_URL', () => {
  it('runs on its own (no Redis) unless REDIS_URL is set', () => {
    expect(readConfig({}).redis).toBeNull();
    expect(readConfig({ REDIS_PREFIX: 'school' }).redis).toBeNull();
  });

  it('takes a redis:// or rediss:// address, with the key prefix lesplatform unless REDIS_PREFIX says otherwise', () => {
    expect(readConfig({ REDIS_URL: 'redis://127.0.0.1:6379' }).redis).toEqual({ url: 'redis://127.0.0.1:6379', prefix: 'lesplatform' });
    expect(readConfig({ REDIS_URL: 'rediss://user:secret@redis.school.nl:6380/2', REDIS_PREFIX: 'school-a' }).redis).toEqual({
      url: 'rediss://user:secret@redis.school.nl:6380/2',
      prefix: 'school-a',
    });
  });

  it('stops on an address that is not Redis, or a prefix with spaces, naming the setting', () => {
    expect(() => readConfig({ REDIS_URL: 'http://127.0.0.1:6379' })).toThrow(/REDIS_URL/);
    expect(() => readConfig({ REDIS_URL: 'localhost' })).toThrow(/REDIS_URL/);
    expect(() => readConfig({ REDIS_URL: 'redis://127.0.0.1', REDIS_PREFIX: 'two words' })).toThrow(/REDIS_PREFIX/);
  });
});

describe('readConfig: TRUST_PROXY', () => {
  it('trusts X-Forwarded-For only when told to', () => {
    expect(readConfig({}).trustProxy).toBe(false);
    expect(readConfig({ TRUST_PROXY: '0' }).trustProxy).toBe(false);
    expect(readConfig({ TRUST_PROXY: '1' }).trustProxy).toBe(true);
    expect(readConfig({ TRUST_PROXY: 'true' }).trustProxy).toBe(true);
    expect(() => readConfig({ TRUST_PROXY: 'yes please' })).toThrow(/TRUST_PROXY/);
  });
});
