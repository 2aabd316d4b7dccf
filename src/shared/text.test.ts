import { describe, expect, it } from 'vitest';
import { normaliseEntry } from './text.ts';

describe('normaliseEntry', () => {
  it.each([
    ['Klanttevredenheid', 'klanttevredenheid'],
    ['  Klant   Tevredenheid ', 'klant tevredenheid'],
    ['Klant\tTevredenheid\n', 'klant tevredenheid'],
    ['Café', 'cafe'],
    ['beïnvloeden', 'beinvloeden'],
    ['Crème Brûlée', 'creme brulee'],
    ['ÉÉN', 'een'],
    ['ﬁets', 'fiets'],
    ['a\u00a0b', 'a b'],
    ['IJsland', 'ijsland'],
    ['', ''],
    ['   ', ''],
  ])('%j -> %j', (input, output) => {
    expect(normaliseEntry(input)).toBe(output);
  });

  it('groups entries that differ only in case, accents and spacing', () => {
    expect(normaliseEntry('Verhoogde  Omzet')).toBe(normaliseEntry('verhoogde omzét '));
  });

  it('keeps entries with different letters apart', () => {
    expect(normaliseEntry('klant tevredenheid')).not.toBe(normaliseEntry('klanttevredenheid'));
    expect(normaliseEntry('omzet')).not.toBe(normaliseEntry('omzetten'));
  });
});
