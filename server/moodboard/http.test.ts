import { describe, expect, it } from 'vitest';
import { fromOwnOrigin, readLimitedBody } from './http.ts';

const post = (headers: Record<string, string>, url = 'http://school.test/api/werk/inloggen') =>
  new Request(url, { method: 'POST', headers });

describe('fromOwnOrigin', () => {
  it('accepts our own host (also behind a proxy that ends TLS) and refuses every other origin', () => {
    expect(fromOwnOrigin(post({ origin: 'http://school.test' }))).toBe(true);
    expect(fromOwnOrigin(post({ origin: 'https://school.test' }))).toBe(true);
    expect(fromOwnOrigin(post({ origin: 'http://school.test.evil.example' }))).toBe(false);
    expect(fromOwnOrigin(post({ origin: 'http://school.test:8080' }))).toBe(false);
    expect(fromOwnOrigin(post({ origin: 'null' }))).toBe(false);
  });

  it('without Origin, trusts only a browser saying the request is same-origin', () => {
    expect(fromOwnOrigin(post({ 'sec-fetch-site': 'same-origin' }))).toBe(true);
    expect(fromOwnOrigin(post({ 'sec-fetch-site': 'cross-site' }))).toBe(false);
    expect(fromOwnOrigin(post({}))).toBe(false);
  });
});

describe('readLimitedBody', () => {
  it('returns the bytes up to the limit and null beyond it', async () => {
    const body = (text: string) => new Request('http://school.test/', { method: 'POST', body: text });
    expect(new TextDecoder().decode((await readLimitedBody(body('12345'), 5)) ?? undefined)).toBe('12345');
    expect(await readLimitedBody(body('123456'), 5)).toBeNull();
    expect(await readLimitedBody(new Request('http://school.test/', { method: 'POST' }), 5)).toEqual(new Uint8Array(0));
  });
});
