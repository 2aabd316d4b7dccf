import { describe, expect, it } from 'vitest';
import { BOARD } from '../shared/moodboard/board.ts';
import { initialEditorState, reduce } from './reduce.ts';
import { fitTextBox, neededHeight, TEXT_STYLES, textItemLines, type TextKind, type TextMeasure } from './text-fit.ts';
import { textEdit } from './ui/text-measure.ts';

/** Every character half the font size wide, like an average sans-serif letter. */
const measure: TextMeasure = (text, style) => Array.from(text).length * style.size * 0.5;
const words = (count: number) => Array.from({ length: count }, (_, index) => ['klant', 'binding', 'denim', 'trouw', 'G-Star'][index % 5]).join(' ');
const item = (kind: TextKind, text: string, w: number, h: number) => ({ kind, text, w, h });

describe('fitTextBox', () => {
  it.each([
    { name: 'a short heading keeps its size', box: item('heading', 'G-Star', 520, 80), size: { w: 520, h: 80 } },
    { name: 'a short sticky keeps its size', box: item('sticky', 'Trouw', 200, 200), size: { w: 200, h: 200 } },
    { name: 'a big box with little text never shrinks', box: item('note', 'Kort.', 800, 600), size: { w: 800, h: 600 } },
    { name: 'a long heading grows wider, then higher', box: item('heading', words(20), 520, 80), size: { w: 820, h: 220 } },
    { name: 'a long sticky grows towards a square', box: item('sticky', words(60), 200, 200), size: { w: 420, h: 380 } },
    { name: 'a full text block stays on the board', box: item('note', words(300), 320, 200), size: { w: 880, h: 840 } },
  ])('$name', ({ box, size }) => {
    expect(fitTextBox(box, measure)).toEqual(size);
  });

  it.each([
    ['heading', 120],
    ['sticky', 500],
    ['note', 1500],
  ] as const)('a %s of %i characters fits wholly: the export draws every line, with room to spare', (kind, length) => {
    for (const count of [1, 3, 8, 15, 40, 120, 300]) {
      const text = words(count).slice(0, length);
      const start = kind === 'heading' ? item(kind, text, 520, 80) : item(kind, text, kind === 'note' ? 320 : 200, 200);
      const size = fitTextBox(start, measure);
      expect(size.w % BOARD.grid).toBe(0);
      expect(size.h % BOARD.grid).toBe(0);
      expect(size.h).toBeLessThanOrEqual(BOARD.height);
      expect(textItemLines({ ...start, ...size }, measure)).toMatchObject({ complete: true });
      // The board's text wraps at the full width, where it needs at most what the box was made for.
      expect(neededHeight(kind, text, size.w / 0.94, measure)).toBeLessThanOrEqual(size.h);
    }
  });
});

describe('textItemLines', () => {
  it('wraps inside the padding and cuts with an ellipsis when the box is too low', () => {
    const sticky = item('sticky', words(30), 200, 200);
    const { lines, complete } = textItemLines(sticky, measure);
    const style = TEXT_STYLES.sticky;
    expect(complete).toBe(false);
    expect(lines).toHaveLength(Math.floor((200 - 28) / (style.size * style.lineHeight)));
    expect(lines.at(-1)?.endsWith('…')).toBe(true);
    for (const line of lines) expect(measure(line, style)).toBeLessThanOrEqual(200 - 2 * style.padding);
  });

  it('a box exactly n lines high holds n lines', () => {
    const style = TEXT_STYLES.heading;
    const h = 3 * style.size * style.lineHeight;
    expect(textItemLines(item('heading', 'een twee drie', 100, h), measure)).toEqual({ lines: ['een', 'twee', 'drie'], complete: true });
  });
});

describe('a text edit grows the item', () => {
  const sticky = { id: 'geel', kind: 'sticky', text: '', colour: 'geel', x: 1400, y: 40, w: 200, h: 200, rotation: 0, z: 0, parts: [] } as const;
  const start = () => initialEditorState({ version: 1, explanation: '', items: [{ ...sticky, parts: [] }] });

  it('to the size its text needs, moved in from the board edge, as one undo step', () => {
    const text = words(60);
    const state = reduce(start(), textEdit({ ...sticky, parts: [] }, text, 1, measure));
    expect(state.doc.items[0]).toMatchObject({ text, w: 420, h: 380, x: BOARD.width - 420, y: 40 });
    expect(reduce(state, { type: 'undo' }).doc.items[0]).toMatchObject({ text: '', w: 200, h: 200, x: 1400 });
  });

  it('a short text leaves the size alone; without a canvas only the text changes', () => {
    expect(textEdit({ ...sticky, parts: [] }, 'Trouw', 1, measure)).toEqual({
      type: 'update',
      id: 'geel',
      patch: { text: 'Trouw' },
      at: 1,
      size: { w: 200, h: 200 },
    });
    expect(textEdit({ ...sticky, parts: [] }, 'Trouw', 1, null)).toEqual({ type: 'update', id: 'geel', patch: { text: 'Trouw' }, at: 1 });
  });

  it.each([
    ['not a number', { w: Number.NaN, h: 300 }, { w: 200, h: 200 }],
    ['larger than the board', { w: 5000, h: 5000 }, { w: BOARD.width, h: BOARD.height }],
    ['smaller than the item', { w: 40, h: 40 }, { w: 200, h: 200 }],
  ])('a size that is %s is kept within limits', (_name, size, expected) => {
    const state = reduce(start(), { type: 'update', id: 'geel', patch: { text: 'x' }, size });
    expect(state.doc.items[0]).toMatchObject(expected);
  });
});
