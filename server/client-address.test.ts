import { describe, expect, it } from 'vitest';
import { clientAddress } from './client-address.ts';

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
