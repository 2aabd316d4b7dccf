import { describe, expect, it } from 'vitest';
import { monospace, withEllipsis, wrapText } from './text-wrap.ts';

const measure = monospace(1);

describe('wrapText', () => {
  it.each<[string, string, number, number | undefined, string[]]>([
    ['short text stays one line', 'Hallo wereld', 20, undefined, ['Hallo wereld']],
    ['words wrap at the width', 'de kleur van denim', 10, undefined, ['de kleur', 'van denim']],
    ['line breaks start a new line, blank lines stay', 'een\n\ntwee', 10, undefined, ['een', '', 'twee']],
    ['spaces collapse', '  veel   ruimte  ', 20, undefined, ['veel ruimte']],
    ['a long word breaks where the line ends', 'https://www.g-star.com/nl_nl', 10, undefined, ['https://ww', 'w.g-star.c', 'om/nl_nl']],
    ['a long word after a short one', 'zie https://a.nl/abcdefgh', 8, undefined, ['zie', 'https://', 'a.nl/abc', 'defgh']],
    ['too many lines end in an ellipsis', 'een twee drie vier vijf', 9, 2, ['een twee', 'drie vie…']],
    ['the ellipsis fits in the width', 'abcdefghij klm', 5, 1, ['abcd…']],
    ['no room for a line', 'tekst', 10, 0, []],
    ['accents and emoji count as one character', 'één 👍 café', 5, undefined, ['één 👍', 'café']],
    ['empty text is one empty line', '', 10, undefined, ['']],
  ])('%s', (_name, text, width, maxLines, lines) => {
    const wrapped = wrapText(text, width, measure, maxLines);
    expect(wrapped).toEqual(lines);
    for (const line of wrapped) expect(measure(line)).toBeLessThanOrEqual(width);
  });

  it('works with proportional widths (a wide W, a narrow i)', () => {
    const proportional = (text: string) => Array.from(text).reduce((sum, c) => sum + (c === 'W' ? 3 : c === 'i' ? 0.5 : 1), 0);
    expect(wrapText('WWW iiii WW', 10, proportional)).toEqual(['WWW', 'iiii WW']);
  });

  it('withEllipsis shortens until it fits', () => {
    expect(withEllipsis('abcdef ', 4, measure)).toBe('abc…');
    expect(withEllipsis('ab cd', 4, measure)).toBe('ab…');
  });
});
