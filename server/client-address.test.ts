import { describe, expect, it } from 'vitest';
import { clientAddress, reachedOverHttps } from './client-address.ts';

describe('clientAddress', () => {
  it('is the TCP peer unless the app is told it runs behind a proxy', () => {
    expect(clientAddress('203.0.113.7', undefined, false)).toBe('203.0.113.7');
    expect(clientAddress('127.0.0.1', '198.51.100.4', false)).toBe('127.0.0.1');
  });

  it('behind a trusted proxy is the address the proxy saw, whatever the client put in front of it', () => {
    expect(clientAddress('127.0.0.1', '198.51.100.4', true)).toBe('198.51.100.4');
    expect(clientAddress('127.0.0.1', '10.9.9.9, 198.51.100.4', true)).toBe('198.51.100.4');
    expect(clientAddress('127.0.0.1', ['10.9.9.9', '2001:db8::1'], true)).toBe('2001:db8::1');
  });

  it('falls back to the peer when the proxy sent nothing usable', () => {
    expect(clientAddress('127.0.0.1', null, true)).toBe('127.0.0.1');
    expect(clientAddress('127.0.0.1', '', true)).toBe('127.0.0.1');
    expect(clientAddress('127.0.0.1', '198.51.100.4, unknown', true)).toBe('127.0.0.1');
  });
});

describe('reachedOverHttps', () => {
  it('is true on a TLS connection, whatever the headers say', () => {
    expect(reachedOverHttps(true, undefined, false)).toBe(true);
    expect(reachedOverHttps(true, 'http', true)).toBe(true);
  });

  it('believes X-Forwarded-Proto only from a trusted proxy, and only its last entry', () => {
    expect(reachedOverHttps(false, 'https', false)).toBe(false);
    expect(reachedOverHttps(false, 'https', true)).toBe(true);
    expect(reachedOverHttps(false, 'HTTPS', true)).toBe(true);
    expect(reachedOverHttps(false, 'https, http', true)).toBe(false);
    expect(reachedOverHttps(false, ['http', 'https'], true)).toBe(true);
    expect(reachedOverHttps(false, 'http', true)).toBe(false);
    expect(reachedOverHttps(false, undefined, true)).toBe(false);
  });
});
