import { describe, expect, it } from 'vitest';
import { fromOwnPage } from './origin.ts';

describe('fromOwnPage', () => {
  it.each([
    ['no Origin: not a browser page', undefined, '127.0.0.1:4321', true],
    ['the page of this host', 'http://127.0.0.1:4321', '127.0.0.1:4321', true],
    ['https at the proxy, http at the node', 'https://les.school.nl', 'les.school.nl', true],
    ['the host in capitals', 'http://les.school.nl', 'LES.school.nl', true],
    ['another port of the same host', 'http://127.0.0.1:8080', '127.0.0.1:4321', false],
    ['a sibling subdomain', 'https://evil.school.nl', 'les.school.nl', false],
    ['a sandboxed page or a file', 'null', 'les.school.nl', false],
    ['no Host to compare with', 'http://les.school.nl', undefined, false],
  ])('%s', (_case, origin, host, allowed) => {
    expect(fromOwnPage(origin, host)).toBe(allowed);
  });
});
