import { describe, expect, it } from 'vitest';
import { boardItemSchema } from '../../shared/moodboard/board.ts';
import { readLink } from './link.ts';

describe('readLink', () => {
  it.each([
    ['https://www.g-star.com/nl_nl', 'https://www.g-star.com/nl_nl'],
    ['  http://example.nl  ', 'http://example.nl'],
    ['www.g-star.com', 'https://www.g-star.com'],
    ['g-star.com/nl_nl/jeans', 'https://g-star.com/nl_nl/jeans'],
  ])('accepts %j as %j, which the board document accepts too', (input, url) => {
    expect(readLink(input)).toEqual({ ok: true, url });
    const item = { id: 'a', kind: 'link', x: 0, y: 0, w: 100, h: 100, rotation: 0, z: 0, parts: [], title: '', url };
    expect(boardItemSchema.safeParse(item).success).toBe(true);
  });

  it.each([
    ['', 'mbEdit.link.missing'],
    ['   ', 'mbEdit.link.missing'],
    ['javascript:alert(1)', 'mbEdit.link.scheme'],
    ['ftp://files.example.nl', 'mbEdit.link.scheme'],
    ['mailto:a@b.nl', 'mbEdit.link.scheme'],
    ['gstar', 'mbEdit.link.invalid'],
    ['https://exa mple.nl', 'mbEdit.link.invalid'],
    [`https://example.nl/${'a'.repeat(2000)}`, 'mbEdit.link.tooLong'],
  ])('refuses %j with %s', (input, reason) => {
    expect(readLink(input)).toEqual({ ok: false, reason });
  });
});
