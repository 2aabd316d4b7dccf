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
