import { describe, expect, it } from 'vitest';
import type { BoardDoc } from '../shared/moodboard/board.ts';
import { drawBoard, loadBoardImages } from './export-canvas.ts';

/**
 * Node has no canvas, so this records what `drawBoard` asks of one (text measured at half the font
 * size per character); the pixels themselves are checked by the browser tests.
 */
function recordingContext() {
  const calls: string[] = [];
  const state = { font: '10px sans-serif', fillStyle: '' as unknown };
  const size = () => Number(/(\d+(?:\.\d+)?)px/.exec(state.font)?.[1] ?? 10);
  const record =
    (name: string) =>
    (...args: unknown[]) =>
      void calls.push(
        `${name}(${args.map((arg) => (typeof arg === 'number' ? Math.round(arg) : typeof arg === 'string' ? arg : 'image')).join(',')})`,
      );
  const ctx = {
    calls,
    set font(value: string) {
      state.font = value;
    },
    get font() {
      return state.font;
    },
    set fillStyle(value: unknown) {
      state.fillStyle = value;
      calls.push(`fillStyle(${String(value)})`);
    },
    get fillStyle() {
      return state.fillStyle;
    },
    strokeStyle: '',
    lineWidth: 1,
    textBaseline: 'alphabetic',
    measureText: (text: string) => ({ width: Array.from(text).length * size() * 0.5 }),
    fillText: record('fillText'),
    fillRect: record('fillRect'),
    drawImage: record('drawImage'),
    rotate: record('rotate'),
    translate: () => {},
    save: () => {},
    restore: () => {},
    beginPath: () => {},
    rect: () => {},
    roundRect: () => {},
    clip: () => {},
    fill: () => {},
    stroke: () => {},
  };
  return ctx;
}

const base = { rotation: 0, parts: [] as string[] };
const doc: BoardDoc = {
  version: 1,
  explanation: '',
  items: [
    { ...base, id: 'boven', kind: 'sticky', text: 'Bovenop', colour: 'roze', x: 0, y: 0, w: 200, h: 200, z: 5 },
    { ...base, id: 'titel', kind: 'heading', text: 'G-Star', x: 0, y: 0, w: 500, h: 80, z: 1, rotation: 90 },
    { ...base, id: 'lang', kind: 'note', text: 'woord '.repeat(200), x: 0, y: 300, w: 200, h: 100, z: 2 },
    {
      ...base,
      id: 'foto',
      kind: 'image',
      uploadId: 'weg',
      alt: 'Een jas',
      naturalWidth: 400,
      naturalHeight: 300,
      x: 300,
      y: 0,
      w: 200,
      h: 150,
      z: 3,
    },
    { ...base, id: 'kleur', kind: 'swatch', colour: '#1d4e89', label: 'Denim', x: 600, y: 0, w: 160, h: 180, z: 4 },
  ],
};

describe('drawBoard', () => {
  it('paints the background, then the items back to front, rotated, with their text', () => {
    const ctx = recordingContext();
    drawBoard(ctx as unknown as CanvasRenderingContext2D, doc, new Map());
    const texts = ctx.calls.filter((call) => call.startsWith('fillText')).map((call) => call.slice('fillText('.length).split(',')[0]);
    expect(ctx.calls[0]).toBe('fillStyle(#fbfbf8)');
    expect(ctx.calls[1]).toBe('fillRect(0,0,1600,1000)');
    expect(texts[0]).toBe('G-Star');
    expect(texts.at(-1)).toBe('Bovenop');
    expect(texts).toContain('Een jas');
    expect(texts).toContain('Denim');
    expect(texts).toContain('#1d4e89');
    expect(ctx.calls).toContain('fillStyle(#ffd3e2)');
    expect(ctx.calls).toContain('rotate(2)');
  });

  it('ends text that does not fit its box with an ellipsis', () => {
    const ctx = recordingContext();
    drawBoard(ctx as unknown as CanvasRenderingContext2D, { ...doc, items: doc.items.filter((item) => item.id === 'lang') }, new Map());
    const lines = ctx.calls.filter((call) => call.startsWith('fillText('));
    // 100 high, 12 padding each side, 22 px text at 1.3 line height: two lines.
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatch(/…,/);
  });

  it('draws a loaded picture, and leaves out pictures that fail to load', async () => {
    const picture = { width: 400, height: 300 } as unknown as CanvasImageSource;
    const images = await loadBoardImages(doc, async (id) => (id === 'weg' ? picture : Promise.reject(new Error('404'))));
    expect([...images.keys()]).toEqual(['weg']);
    expect(await loadBoardImages(doc, () => Promise.reject(new Error('offline')))).toEqual(new Map());
    const ctx = recordingContext();
    drawBoard(ctx as unknown as CanvasRenderingContext2D, { ...doc, items: doc.items.filter((item) => item.id === 'foto') }, images);
    expect(ctx.calls).toContain('drawImage(image,0,0,200,150)');
  });
});
